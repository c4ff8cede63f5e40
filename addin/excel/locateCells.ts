import type { CellRef } from '../../shared/layouts/a1';
import { MODELS_SHEET } from '../../shared/layouts/modelsLayout';
import { SELF_ASSESSMENT_SHEET } from '../../shared/layouts/selfAssessmentLayout';
import { FORMULA_FILL, INPUT_FILL, type ExcelRun } from './excelRun';

export const ERROR_FILL = '#F4B6B6';

/** The worksheet a layout sheet lives on, found by its table or workbook name (never by title). */
function worksheetOf(wb: Excel.Workbook, sheet: CellRef['sheet']): Excel.Worksheet {
  if (sheet === 'models') return wb.tables.getItem(MODELS_SHEET.tableName).worksheet;
  if (sheet === 'selfAssessment') return wb.tables.getItem(SELF_ASSESSMENT_SHEET.tableName).worksheet;
  return wb.names.getItem('IlmName').getRange().worksheet;
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
    for (const c of previous) if (!now.has(key(c))) worksheetOf(wb, c.sheet).getRange(c.address).format.fill.color = c.sheet === 'profile' && c.col !== 2 ? FORMULA_FILL : INPUT_FILL;
    for (const c of next) worksheetOf(wb, c.sheet).getRange(c.address).format.fill.color = ERROR_FILL;
    await context.sync();
    return [...next];
  });
}

/** Brings a cell into view and selects it (one sync). */
export async function selectCell(run: ExcelRun, cell: CellRef): Promise<void> {
  await run(async (context) => {
    const ws = worksheetOf(context.workbook, cell.sheet);
    ws.activate();
    ws.getRange(cell.address).select();
    await context.sync();
  });
}
