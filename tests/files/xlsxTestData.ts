import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import type { ReportSheet, ReportTable } from '../../shared/layouts/reportSheet';
import { buildCoordinatorData } from '../../shared/rounds/coordinatorData';
import type { Round } from '../../shared/schemas/roundSchema';
import { SubmissionSchema, type Submission } from '../../shared/schemas/submissionSchema';

const FIXTURES = path.resolve(__dirname, '../fixtures/submissions');

/** The six valid fixture submissions, parsed (defaults applied), by file stem. */
export function loadFixtures(): { name: string; submission: Submission }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), submission: SubmissionSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8'))) }));
}

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${JSON.stringify(name)}; the file has ${JSON.stringify(wb.worksheets.map((w) => w.name))}`);
  return ws;
}

/** A cell's value as text for searching: strings, rich text, formula results, numbers. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return `${'formula' in value ? value.formula : ''} ${cellText((value as { result?: ExcelJS.CellValue }).result ?? null)}`;
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return JSON.stringify(value);
}

/** Every non-empty cell of a sheet: address, row, column and text. */
export function sheetCells(ws: ExcelJS.Worksheet): { row: number; col: number; address: string; text: string; value: ExcelJS.CellValue }[] {
  const out: { row: number; col: number; address: string; text: string; value: ExcelJS.CellValue }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const text = cellText(cell.value);
      if (text !== '') out.push({ row: r, col: c, address: cell.address, text, value: cell.value });
    });
  });
  return out;
}

/**
 * The entries of a zip file (an .xlsx) as text, read with zlib only: every XML part, so a search
 * covers cells, shared strings, table definitions, defined names and document properties alike.
 */
export function zipEntries(bytes: Buffer): Map<string, string> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const out = new Map<string, string>();
  for (let n = 0; n < count; n += 1) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + size);
    if (method !== 0 && method !== 8) throw new Error(`zip method ${method} in ${name}`);
    out.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The parts of a zip whose text contains `needle`. */
export function partsContaining(entries: Map<string, string>, needle: string): string[] {
  return [...entries].filter(([, text]) => text.includes(needle)).map(([name]) => name);
}

export interface RoundEntry {
  participantId: string;
  name: string;
  submission: Submission | null;
}

/** The coordinator's sheets' input for a round, built as the API builds it (without storage). */
export function coordinatorDataFor(round: Pick<Round, 'roundId' | 'name' | 'participantKind' | 'themes' | 'phases'>, entries: readonly RoundEntry[]): CoordinatorData {
  const latest = entries.flatMap((e, i) =>
    e.submission ? [{ participantId: e.participantId, version: 1 + (i % 3), submittedAt: `2026-11-0${1 + (i % 9)}T08:3${i % 10}:00.000Z`, submission: e.submission }] : [],
  );
  return buildCoordinatorData(round, entries, latest);
}

/** A report sheet's table by name. */
export function declaredTable(sheets: readonly ReportSheet[], name: string): { sheet: ReportSheet; table: ReportTable } {
  for (const s of sheets) {
    for (const b of s.blocks) if (b.kind === 'table' && b.name === name) return { sheet: s, table: b };
  }
  throw new Error(`no table ${name}`);
}
