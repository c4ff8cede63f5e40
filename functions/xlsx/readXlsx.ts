import ExcelJS from 'exceljs';
import type { CellRef } from '../../shared/layouts/a1';
import { MODEL_COLUMNS, MODELS_SHEET, type ColumnSpec } from '../../shared/layouts/modelsLayout';
import { PROFILE_FIELDS } from '../../shared/layouts/profileLayout';
import type { WorkbookValues } from '../../shared/layouts/readWorkbook';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import { READ_LIMITS, type OverLimit, type ReadLimits } from './workbookLimits';
import { loadGuardedWorkbook } from './loadGuardedWorkbook';

export type Uncomputed = { sheet: string; address: string }[];

export type XlsxReading =
  | { ok: true; values: WorkbookValues; sheetNames: Record<CellRef['sheet'], string> }
  | { ok: false; code: 'not_a_workbook' }
  | { ok: false; code: 'sheets_missing'; missing: string[] }
  /** Answer cells holding a formula whose result the file does not carry (openpyxl saves none). */
  | { ok: false; code: 'formula_without_value'; cells: Uncomputed }
  | OverLimit;

/** What a person typed, whatever ExcelJS made of it: formulas give their cached result, rich text its text. */
export function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  if ('text' in value) return String(value.text);
  if ('error' in value) return value.error;
  return '';
}

/** A formula the saving program did not calculate: its value is unknown, not empty. */
export function uncomputed(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value) && (value as { result?: unknown }).result === undefined;
}

/** "'Oma profiili'!$B$5" → sheet and address. */
export function splitRange(range: string): { sheet: string; address: string } | undefined {
  const i = range.lastIndexOf('!');
  if (i < 0) return undefined;
  return { sheet: range.slice(0, i).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"), address: range.slice(i + 1).replace(/\$/g, '') };
}

/** The sheet and row of a table's hidden key row (its first keys in columns A, B, …), found by content. */
function findKeyRow(wb: ExcelJS.Workbook, columns: readonly ColumnSpec[]): { ws: ExcelJS.Worksheet; row: number } | undefined {
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(ws.rowCount, 20); r += 1) {
      const row = ws.getRow(r);
      if (columns.every((c, i) => plain(row.getCell(i + 1).value) === c.key)) return { ws, row: r };
    }
  }
  return undefined;
}

function tableBody(ws: ExcelJS.Worksheet, keyRow: number, columns: readonly ColumnSpec[], uncomputedCells: Uncomputed): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = keyRow + 2; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const cells = columns.map((_, i) => plain(row.getCell(i + 1).value));
    if (cells[0] === '' && cells.every((v) => v === '')) break;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if ((c.role === 'input' || c.role === 'key') && uncomputed(cell.value)) uncomputedCells.push({ sheet: ws.name, address: cell.address });
    });
    rows.push(cells);
  }
  return rows;
}

/** The names the reader looks up; ExcelJS is given no others. */
const PROFILE_NAMES: ReadonlySet<string> = new Set(PROFILE_FIELDS.map((f) => f.name));

/**
 * Reads a filled participant template (or any workbook the add-in, Excel, LibreOffice or openpyxl
 * saved) back into the same cell values the Office.js reader produces: the Profile values through
 * their workbook names, the two tables through their hidden key rows. Never throws on a bad file.
 * ExcelJS never sees the upload itself: only a package rebuilt from the zip guard's entries, after
 * the sheets, rows and cells were counted within `limits` (see workbookPackage). Runs on whatever
 * thread calls it; the import route calls it in a worker (readXlsxOffThread).
 */
export async function readParticipantXlsx(bytes: Buffer, limits: ReadLimits = READ_LIMITS): Promise<XlsxReading> {
  const loaded = await loadGuardedWorkbook(bytes, PROFILE_NAMES, limits);
  if (!loaded.ok) return loaded;
  const wb = loaded.wb;
  const missing: string[] = [];
  const uncomputedCells: Uncomputed = [];
  let profileSheet = '';
  const profile = PROFILE_FIELDS.map((f) => {
    const ref = splitRange(wb.definedNames.getRanges(f.name).ranges[0] ?? '');
    const ws = ref && wb.getWorksheet(ref.sheet);
    if (!ref || !ws) {
      if (!f.addedLater) missing.push(f.name);
      return '';
    }
    profileSheet ||= ws.name;
    if (f.input === 'formula') return '';
    const value = ws.getCell(ref.address).value;
    if (uncomputed(value)) uncomputedCells.push({ sheet: ws.name, address: ref.address });
    return plain(value);
  });
  const models = findKeyRow(wb, MODEL_COLUMNS);
  const self = findKeyRow(wb, SELF_ASSESSMENT_COLUMNS);
  if (!models) missing.push(MODELS_SHEET.tableName);
  if (!self) missing.push(SELF_ASSESSMENT_SHEET.tableName);
  if (missing.length > 0 || !models || !self) return { ok: false, code: 'sheets_missing', missing };
  // The readers' row numbers assume the layout's header rows; a moved table is reported, not guessed.
  if (models.row !== MODELS_SHEET.headerRow - 1 || self.row !== SELF_ASSESSMENT_SHEET.headerRow - 1) {
    return { ok: false, code: 'sheets_missing', missing: [models.row !== MODELS_SHEET.headerRow - 1 ? MODELS_SHEET.tableName : SELF_ASSESSMENT_SHEET.tableName] };
  }
  const values = { profile, models: tableBody(models.ws, models.row, MODEL_COLUMNS, uncomputedCells), selfAssessment: tableBody(self.ws, self.row, SELF_ASSESSMENT_COLUMNS, uncomputedCells) };
  if (uncomputedCells.length > 0) return { ok: false, code: 'formula_without_value', cells: uncomputedCells };
  return {
    ok: true,
    values,
    sheetNames: { profile: profileSheet, models: models.ws.name, selfAssessment: self.ws.name },
  };
}
