import ExcelJS from 'exceljs';
import type { CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import type { ReportSheet, ReportTable } from '../../shared/layouts/reportSheet';
import { unzipWithinLimits } from '../../functions/xlsx/zipGuard';
import { buildCoordinatorData } from '../../shared/rounds/coordinatorData';
import type { Round } from '../../shared/schemas/roundSchema';
import type { Submission } from '../../shared/schemas/submissionSchema';

export { loadFixtures } from '../helpers/fixtures';

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
  const unzipped = unzipWithinLimits(bytes, { maxEntries: 10_000, maxUnpackedBytes: 1024 * 1024 * 1024 });
  if (!unzipped.ok) throw new Error(`not a zip file: ${JSON.stringify(unzipped)}`);
  return new Map([...unzipped.entries].map(([name, data]) => [name, data.toString('utf8')]));
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
