import type { CellRef } from '../../shared/layouts/a1';
import { MODEL_COLUMNS, MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { PROFILE_SHEET } from '../../shared/layouts/profileLayout';
import { SELF_ASSESSMENT_COLUMNS, SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import { INPUT_FILL, type ExcelRun } from './excelRun';
import { isMissingSheetError, SheetsMissingError } from './readInputSheets';

export const ERROR_FILL = '#F4B6B6';

/** The worksheet a layout sheet lives on, found by its table or workbook name (never by title). */
function worksheetOf(wb: Excel.Workbook, sheet: CellRef['sheet']): Excel.Worksheet {
  if (sheet === 'models') return wb.tables.getItem(MODELS_SHEET.tableName).worksheet;
  if (sheet === 'selfAssessment') return wb.tables.getItem(SELF_ASSESSMENT_SHEET.tableName).worksheet;
  return wb.names.getItem('IlmName').getRange().worksheet;
}

/** Whether a cell is one the user fills in (it gets the input colour back when fixed). */
function isInputCell(c: CellRef): boolean {
  if (c.sheet === 'profile') return c.col === PROFILE_SHEET.valueColumn;
  const columns = c.sheet === 'models' ? MODEL_COLUMNS : SELF_ASSESSMENT_COLUMNS;
  return columns[c.col - 1]?.role === 'input';
}

/** One sync; the sheets having gone (deleted or renamed tables) becomes SheetsMissingError. */
async function syncOrMissing(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (err) {
    if (isMissingSheetError(err)) throw new SheetsMissingError(err);
    throw err;
  }
}

/**
 * Marks error cells and restores the ones fixed since the last check, in one sync. Returns what is
 * marked now, for the next call.
 */
export async function highlightErrors(run: ExcelRun, previous: readonly CellRef[], next: readonly CellRef[]): Promise<CellRef[]> {
  return run(async (context) => {
    const wb = context.workbook;
    const key = (c: CellRef) => `${c.sheet}!${c.address}`;
    const now = new Set(next.map(key));
    for (const c of previous) {
      if (now.has(key(c))) continue;
      const fill = worksheetOf(wb, c.sheet).getRange(c.address).format.fill;
      if (isInputCell(c)) fill.color = INPUT_FILL;
      else fill.clear();
    }
    for (const c of next) worksheetOf(wb, c.sheet).getRange(c.address).format.fill.color = ERROR_FILL;
    await syncOrMissing(context);
    return [...next];
  });
}

/** Brings a cell into view and selects it (one sync). */
export async function selectCell(run: ExcelRun, cell: CellRef): Promise<void> {
  await run(async (context) => {
    const ws = worksheetOf(context.workbook, cell.sheet);
    ws.activate();
    ws.getRange(cell.address).select();
    await syncOrMissing(context);
  });
}
