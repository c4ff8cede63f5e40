/**
 * The coordinator workbook (GET workbook.xlsx) of a 300-participant round, in process, beside its
 * floor: the same cells written as bare SpreadsheetML strings (one <row> per row, one <c> per cell
 * of the file, shared strings, nothing else: no styles, tables, widths or charts) and zipped with
 * the same DEFLATE (node's zlib at its default level, through the same zip writer). The ratio says
 * what the real file costs over writing its cells at all. Runs are interleaved, so a busy machine
 * slows both alike.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_THEMES } from '../shared/catalog/themes';
import { columnLetter } from '../shared/layouts/a1';
import { coordinatorSheets } from '../shared/layouts/coordinatorSheets';
import { reportCellFormat, tableBodyRows, type ReportSheet, type ReportValue } from '../shared/layouts/reportSheet';
import { buildCoordinatorData } from '../shared/rounds/coordinatorData';
import { writeReportXlsx } from '../functions/xlsx/writeReportXlsx';
import { zipParts } from '../functions/xlsx/zipParts';
import { zipEntries } from '../tests/files/xlsxTestData';
import { median } from './measure';
import { syntheticSubmissions } from './syntheticSubmissions';

/** The coordinator sheets of a round of `count` participants who all submitted, as workbook-get renders them. */
export function benchCoordinatorSheets(count: number): ReportSheet[] {
  const subs = syntheticSubmissions(count, 7);
  const participants = subs.map((s, i) => ({ participantId: `p${i}`, name: s.participant.name }));
  const latest = subs.map((s, i) => ({ participantId: `p${i}`, version: 1, submittedAt: new Date(Date.UTC(2026, 10, 24, 9, 0, i)).toISOString(), submission: s }));
  const round = { roundId: 'bench-round', name: 'Bench', participantKind: 'municipalities' as const, themes: DEFAULT_THEMES.map((t) => ({ id: t.id })), phases: [] };
  return coordinatorSheets(buildCoordinatorData(round, participants, latest), 'fi');
}

const escape = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);

/**
 * The floor: the file's cells (lines; tables' key row, header and body; an empty body cell where
 * the file has one, that is where its column gives it a format or wrapping) as bare XML, zipped.
 */
export async function floorXlsx(sheets: readonly ReportSheet[]): Promise<{ bytes: Buffer; cells: number }> {
  const strings = new Map<string, number>();
  const sst: string[] = [];
  let cells = 0;
  const cell = (ref: string, v: ReportValue | undefined, keepEmpty = false): string => {
    if (typeof v === 'number') return (cells += 1, `<c r="${ref}"><v>${v}</v></c>`);
    if (v === null || v === undefined || v === '') return keepEmpty ? (cells += 1, `<c r="${ref}"/>`) : '';
    cells += 1;
    let i = strings.get(v);
    if (i === undefined) {
      i = sst.push(`<si><t>${escape(v)}</t></si>`) - 1;
      strings.set(v, i);
    }
    return `<c r="${ref}" t="s"><v>${i}</v></c>`;
  };
  const parts: [string, string][] = sheets.map((sheet, n) => {
    const rows: string[] = [];
    const row = (r: number, values: readonly (ReportValue | undefined)[], keepEmpty: readonly boolean[] = []) =>
      rows.push(`<row r="${r}">${values.map((v, c) => cell(`${columnLetter(c + 1)}${r}`, v, keepEmpty[c])).join('')}</row>`);
    for (const b of sheet.blocks) {
      if (b.kind === 'line') row(b.row, [b.text]);
      else if (b.kind === 'table') {
        row(b.row - 1, b.columns.map((c) => c.key));
        row(b.row, b.columns.map((c) => c.header));
        const keepEmpty = b.columns.map((c) => c.wrap === true || (reportCellFormat(c, null) ?? 'General') !== 'General');
        for (let r = 0; r < tableBodyRows(b); r += 1) row(b.row + 1 + r, b.columns.map((_, c) => b.rows[r]?.[c]), keepEmpty);
      }
    }
    return [`xl/worksheets/sheet${n + 1}.xml`, `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`];
  });
  parts.push(['xl/sharedStrings.xml', `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${sst.length}">${sst.join('')}</sst>`]);
  return { bytes: await zipParts(parts), cells };
}

export interface WorkbookBench {
  participants: number;
  runs: number;
  /** `<c>` elements the floor writes and the real file has (the same number when the floor is right). */
  cells: { floor: number; file: number };
  writerMs: { min: number; median: number };
  floorMs: { min: number; median: number };
  /** Writer over floor: min over min, median over median. */
  ratio: { min: number; median: number };
  bytes: { file: number; floor: number };
}


/** Times `write` and the floor alternately (`runs` each, after one untimed round of both). */
export async function workbookBench(participants = 300, runs = 7, write: (sheets: readonly ReportSheet[]) => Promise<Buffer> = writeReportXlsx): Promise<WorkbookBench> {
  const sheets = benchCoordinatorSheets(participants);
  const writer: number[] = [];
  const floor: number[] = [];
  let file: Buffer = Buffer.alloc(0);
  let bare: { bytes: Buffer; cells: number } = { bytes: Buffer.alloc(0), cells: 0 };
  for (let i = 0; i <= runs; i += 1) {
    const t0 = performance.now();
    file = await write(sheets);
    const t1 = performance.now();
    bare = await floorXlsx(sheets);
    const t2 = performance.now();
    if (i > 0) {
      writer.push(t1 - t0);
      floor.push(t2 - t1);
    }
  }
  const fileCells = [...zipEntries(file)].filter(([name]) => name.startsWith('xl/worksheets/sheet')).reduce((n, [, xml]) => n + (xml.match(/<c /g)?.length ?? 0), 0);
  const r2 = (x: number) => Number(x.toFixed(2));
  return {
    participants,
    runs,
    cells: { floor: bare.cells, file: fileCells },
    writerMs: { min: Math.min(...writer), median: median(writer) },
    floorMs: { min: Math.min(...floor), median: median(floor) },
    ratio: { min: r2(Math.min(...writer) / Math.min(...floor)), median: r2(median(writer) / median(floor)) },
    bytes: { file: file.length, floor: bare.bytes.length },
  };
}
