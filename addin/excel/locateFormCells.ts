import type { FormCellRef } from '../../shared/layouts/readVisitSheet';
import { INPUT_FILL, type ExcelRun } from './excelRun';
import { ERROR_FILL } from './locateCells';
import { FormSheetMissingError } from './readFormTables';
import { isMissingSheetError } from './readInputSheets';

const worksheetOf = (wb: Excel.Workbook, c: FormCellRef) => wb.tables.getItem(c.table).worksheet;

async function syncOrMissing(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (err) {
    if (isMissingSheetError(err)) throw new FormSheetMissingError(err);
    throw err;
  }
}

/** Marks the error cells of a form sheet and restores those fixed since, in one sync; returns what is marked now. */
export async function highlightFormCells(run: ExcelRun, previous: readonly FormCellRef[], next: readonly FormCellRef[]): Promise<FormCellRef[]> {
  return run(async (context) => {
    const wb = context.workbook;
    const key = (c: FormCellRef) => `${c.table}!${c.address}`;
    const now = new Set(next.map(key));
    for (const c of previous) {
      if (now.has(key(c))) continue;
      const fill = worksheetOf(wb, c).getRange(c.address).format.fill;
      if (c.input) fill.color = INPUT_FILL;
      else fill.clear();
    }
    for (const c of next) worksheetOf(wb, c).getRange(c.address).format.fill.color = ERROR_FILL;
    await syncOrMissing(context);
    return [...next];
  });
}

/** Brings a form sheet's cell into view and selects it (one sync). */
export async function selectFormCell(run: ExcelRun, cell: FormCellRef): Promise<void> {
  await run(async (context) => {
    const ws = worksheetOf(context.workbook, cell);
    ws.activate();
    ws.getRange(cell.address).select();
    await syncOrMissing(context);
  });
}
