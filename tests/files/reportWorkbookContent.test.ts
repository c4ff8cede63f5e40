/**
 * The coordinator workbook's content at the cell level, read back with ExcelJS: for a fixed round of
 * six, the file written directly as SpreadsheetML (writeReportXlsx) holds what the ExcelJS writer
 * wrote — the digests below (workbookDigest: every cell's value, number format, font, fill and
 * alignment, widths, hidden rows, tables, charts) were taken from the ExcelJS writer's file — and,
 * for any round, every declared cell has its value and number format.
 */
import { pullData, pullEntries } from '../../bench/pullBench';
import { writeReportXlsx } from '../../functions/xlsx/writeReportXlsx';
import { fileText } from '../../functions/xlsx/fileText';
import { readZipDirectory } from '../../functions/xlsx/zipDirectory';
import { coordinatorSheets } from '../../shared/layouts/coordinatorSheets';
import { reportCellFormat, reportLineFormat, tableBodyRows, type ReportSheet } from '../../shared/layouts/reportSheet';
import { cleanText } from '../../shared/text/cleanText';
import { HOSTILE, hostileCoordinatorData } from './hostileRound';
import { withVisits } from './visitRoundData';
import { workbookDigestHashes } from './workbookDigest';
import { loadWorkbook, sheet } from './xlsxTestData';

const sheets = coordinatorSheets(pullData(pullEntries(6)), 'fi');
let bytes: Buffer;
beforeAll(async () => {
  bytes = await writeReportXlsx(sheets);
});

describe('the coordinator workbook of a fixed round of six', () => {
  it('holds what the ExcelJS writer wrote, sheet by sheet and chart by chart', async () => {
    expect(await workbookDigestHashes(bytes)).toEqual({
      Kierros: '29a0c1f84e7fe19a',
      Osallistujat: '44c44d011ac683d5',
      Yhteenveto: '9d1b59fed6c0c003',
      'Yhdistetty aineisto': 'dcc9cd4d879cecbe',
      Haastattelut: 'a346c1fbc3afc047',
      'xl/charts/chart1.xml': '8f484edd70d264d0',
      'xl/charts/chart2.xml': 'd24444a3e464ceb4',
      'xl/drawings/drawing1.xml': '374239fb173bbf95',
    });
  });

  it('has the tables, widths and key cells it had', async () => {
    const wb = await loadWorkbook(bytes);
    const tables = wb.worksheets.flatMap((ws) => (ws.model as unknown as { tables: { name: string; tableRef: string; style: { theme: string } }[] }).tables.map((t) => `${ws.name}!${t.name} ${t.tableRef} ${t.style.theme}`));
    expect(tables).toEqual([
      'Kierros!IlmRoundInfo A3:B15 TableStyleLight1',
      'Kierros!IlmRoundPhases A18:C21 TableStyleLight1',
      'Osallistujat!IlmRoundParticipants A5:F11 TableStyleLight1',
      'Yhteenveto!IlmSummaryThemes A6:I13 TableStyleLight1',
      'Yhteenveto!IlmSummaryTexts A34:D118 TableStyleLight1',
      'Yhteenveto!IlmSummaryModels A124:AE159 TableStyleLight1',
      'Yhdistetty aineisto!IlmRoundCombined A5:R257 TableStyleLight1',
      'Haastattelut!IlmInterviewPlan A5:E11 TableStyleLight1',
    ]);
    const participants = sheet(wb, 'Osallistujat');
    expect([1, 2, 3, 4, 5, 6].map((c) => participants.getColumn(c).width)).toEqual([20, 32, 20, undefined, 18, 48]);
    const cell = (ws: string, address: string) => {
      const c = sheet(wb, ws).getCell(address);
      return [c.value, c.numFmt ?? 'General', c.font?.bold ?? false, c.alignment?.wrapText ?? false];
    };
    expect(cell('Kierros', 'A1')).toEqual(['Ilmastoyhteistyö syksy 2026', '@', true, false]);
    expect(cell('Kierros', 'B4')).toEqual(['Ilmastoyhteistyö syksy 2026', '@', false, true]);
    expect(cell('Osallistujat', 'D6')).toEqual([1, '0', false, false]);
    expect(cell('Osallistujat', 'E6')).toEqual(['2026-11-24 09:33', '@', false, false]);
    expect(cell('Osallistujat', 'F6')).toEqual(['21 mallia ilman tilannetta', 'General', false, true]);
    expect(cell('Yhdistetty aineisto', 'A5')).toEqual(['Tunnus', 'General', true, true]);
    expect(cell('Yhdistetty aineisto', 'G6')).toEqual([null, '0', false, false]);
    expect(cell('Yhdistetty aineisto', 'L257')).toEqual([3, '0', false, false]);
    expect(cell('Yhdistetty aineisto', 'N257')).toEqual(['Vain haastatteluryhmä', 'General', false, false]);
    expect(cell('Yhdistetty aineisto', 'R257')).toEqual(['Työpajojen palautekyselyt 2025; kumppaniverkoston jäsenkysely.', '@', false, true]);
    expect(sheet(wb, 'Yhdistetty aineisto').getRow(4).hidden).toBe(true);
    expect(sheet(wb, 'Yhdistetty aineisto').getCell('R4').value).toBe('evidence');
    expect(sheet(wb, 'Yhteenveto').getCell('A1').font).toEqual({ bold: true, size: 14 });
    expect(sheet(wb, 'Yhdistetty aineisto').getCell('A2').font).toEqual({ italic: true });
    expect(sheet(wb, 'Yhdistetty aineisto').getCell('A5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5C3A' } });
  });

  it('is a zip archive the strict reader accepts, every part deflated', () => {
    const dir = readZipDirectory(bytes, 100);
    expect(dir.ok).toBe(true);
    if (dir.ok) expect(dir.entries.filter((e) => e.method !== 8)).toEqual([]);
  });
});

/** Every declared line and table cell of the sheets, as value and number format, against the file. */
async function declaredCellProblems(sheetsOf: readonly ReportSheet[], file: Buffer): Promise<string[]> {
  const wb = await loadWorkbook(file);
  const problems: string[] = [];
  const check = (title: string, row: number, col: number, value: string | number | null, format: string | undefined) => {
    const cell = sheet(wb, cleanText(title)).getCell(row, col);
    // ExcelJS reads `_xHHHH_` back as the character; fileText escaped what the text held literally.
    const expected = typeof value === 'string' ? fileText(value).replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : value;
    const got = [cell.value, cell.numFmt ?? 'General'];
    const want = [expected, format ?? 'General'];
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${title}!${cell.address}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  for (const s of sheetsOf) {
    for (const b of s.blocks) {
      if (b.kind === 'line') check(s.title, b.row, 1, b.text, reportLineFormat(b));
      else if (b.kind === 'table') {
        b.columns.forEach((c, i) => check(s.title, b.row, i + 1, cleanText(c.header), undefined));
        for (let r = 0; r < tableBodyRows(b); r += 1) {
          b.columns.forEach((c, i) => {
            const v = b.rows[r]?.[i] ?? null;
            check(s.title, b.row + 1 + r, i + 1, v === '' ? null : v, reportCellFormat(c, v));
          });
        }
      }
    }
  }
  return problems;
}

describe('every declared cell, with its value and number format', () => {
  it.each(['fi', 'sv'] as const)('a hostile round with visits (%s)', async (lang) => {
    const hostile = coordinatorSheets(withVisits(hostileCoordinatorData(), Object.values(HOSTILE)), lang);
    expect(await declaredCellProblems(hostile, await writeReportXlsx(hostile))).toEqual([]);
  });

  it('the round of six', async () => {
    expect(await declaredCellProblems(sheets, bytes)).toEqual([]);
  });
});
