import ExcelJS from 'exceljs';
import type { ColumnSpec } from '../../shared/layouts/modelsLayout';
import type { FormTableValues, VisitSheetValues } from '../../shared/layouts/readVisitSheet';
import { VISIT_FORM_NAMES, type VisitFormMeta } from '../../shared/layouts/visitFormInstructions';
import { NOTES_COLUMNS, QUESTION_COLUMNS, REPORT_COLUMNS } from '../../shared/layouts/visitSheet';
import { plain, splitRange, uncomputed, type Uncomputed, type XlsxReading } from './readXlsx';
import { READ_LIMITS, type ReadLimits } from './workbookLimits';
import { loadGuardedWorkbook } from './loadGuardedWorkbook';

export type VisitFormReading =
  | { ok: true; values: VisitSheetValues; meta: VisitFormMeta; metaCells: Record<keyof VisitFormMeta, { sheet: string; address: string }> }
  | Exclude<XlsxReading, { ok: true }>;

const TABLES = { questions: QUESTION_COLUMNS, report: REPORT_COLUMNS, notes: NOTES_COLUMNS } as const;
type TableKey = keyof typeof TABLES;

/** Whether row `r` of `ws` is a table's hidden key row: its columns' keys from column A on. */
const isKeyRow = (ws: ExcelJS.Worksheet, r: number, columns: readonly ColumnSpec[]) => columns.every((c, i) => plain(ws.getRow(r).getCell(i + 1).value) === c.key);

/** The first sheet with all three tables of the team's form, and each one's key row. */
function findForm(wb: ExcelJS.Workbook): { ws: ExcelJS.Worksheet; keyRows: Record<TableKey, number> } | { missing: string[] } {
  let best: Partial<Record<TableKey, number>> = {};
  for (const ws of wb.worksheets) {
    const found: Partial<Record<TableKey, number>> = {};
    for (let r = 1; r <= ws.rowCount; r += 1) {
      for (const key of Object.keys(TABLES) as TableKey[]) if (found[key] === undefined && isKeyRow(ws, r, TABLES[key])) found[key] = r;
    }
    if (Object.keys(found).length === 3) return { ws, keyRows: found as Record<TableKey, number> };
    if (Object.keys(found).length > Object.keys(best).length) best = found;
  }
  return { missing: (Object.keys(TABLES) as TableKey[]).filter((k) => best[k] === undefined).map((k) => `IlmVisit${k[0]!.toUpperCase()}${k.slice(1)}`) };
}

/**
 * A table's key row, header row and body: every row from below the header to the row before the
 * next table's key row (or the sheet's end). A row the user emptied in the middle stays a row (the
 * reader skips rows without text), so what follows it is still read; lines between tables (headings,
 * notes) have nothing in the columns the reader takes text from.
 */
function tableValues(ws: ExcelJS.Worksheet, keyRow: number, end: number, width: number, uncomputedCells: Uncomputed, inputCols: Set<number>): FormTableValues {
  const cellsOf = (r: number) => Array.from({ length: width }, (_, i) => ws.getRow(r).getCell(i + 1));
  const rows: unknown[][] = [];
  for (let r = keyRow + 2; r <= end; r += 1) {
    const cells = cellsOf(r);
    cells.forEach((c, i) => { if (inputCols.has(i) && uncomputed(c.value)) uncomputedCells.push({ sheet: ws.name, address: c.address }); });
    rows.push(cells.map((c) => plain(c.value)));
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === '')) rows.pop();
  return { sheet: ws.name, headerRow: keyRow + 1, keys: cellsOf(keyRow).map((c) => plain(c.value)), rows };
}

/**
 * Reads the team's filled report form (GET …/visits/{hostId}/report.xlsx, saved by Excel,
 * LibreOffice or openpyxl) into the values the pure reader readVisitSheet takes, and the round,
 * host and versions the file was made from. Like readParticipantXlsx it never throws on a bad file
 * and ExcelJS only sees the package the zip guard and workbookPackage rebuilt within `limits`.
 */
export async function readVisitFormXlsx(bytes: Buffer, limits: ReadLimits = READ_LIMITS): Promise<VisitFormReading> {
  const loaded = await loadGuardedWorkbook(bytes, new Set(Object.values(VISIT_FORM_NAMES)), limits);
  if (!loaded.ok) return loaded;
  const wb = loaded.wb;
  const missing: string[] = [];
  const meta: Record<string, string | number> = {};
  const metaCells: Record<string, { sheet: string; address: string }> = {};
  for (const [key, name] of Object.entries(VISIT_FORM_NAMES)) {
    const ref = splitRange(wb.definedNames.getRanges(name).ranges[0] ?? '');
    const ws = ref && wb.getWorksheet(ref.sheet);
    if (!ref || !ws) {
      missing.push(name);
      continue;
    }
    const v = plain(ws.getCell(ref.address).value);
    meta[key] = key === 'roundId' || key === 'hostId' ? String(v).trim() : typeof v === 'number' ? v : Number(String(v).trim() || NaN);
    metaCells[key] = { sheet: ws.name, address: ref.address };
  }
  const form = findForm(wb);
  if ('missing' in form) missing.push(...form.missing);
  if (missing.length > 0 || 'missing' in form) return { ok: false, code: 'sheets_missing', missing };
  const starts = Object.values(form.keyRows).sort((a, b) => a - b);
  const uncomputedCells: Uncomputed = [];
  const read = (key: TableKey) => {
    const columns = TABLES[key];
    const next = starts.find((s) => s > form.keyRows[key]);
    const inputCols = new Set(columns.flatMap((c, i) => (c.role === 'input' || c.role === 'key' ? [i] : [])));
    return tableValues(form.ws, form.keyRows[key], next === undefined ? form.ws.rowCount : next - 1, columns.length, uncomputedCells, inputCols);
  };
  const values: VisitSheetValues = { questions: read('questions'), report: read('report'), notes: read('notes') };
  if (uncomputedCells.length > 0) return { ok: false, code: 'formula_without_value', cells: uncomputedCells };
  return { ok: true, values, meta: meta as VisitFormMeta, metaCells: metaCells as Record<keyof VisitFormMeta, { sheet: string; address: string }> };
}
