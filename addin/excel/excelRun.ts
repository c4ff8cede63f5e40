/** The one way into Excel: `Excel.run` in Office, a fake's `run` in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, looked up when called (Office.js may load after this module). */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** Points (Excel's column-width unit) for a width in characters of the default font (≈ 7 px a character + padding, 0.75 pt a pixel). */
export const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75);

export { FORMULA_FILL, HEADER_FILL, INPUT_FILL } from '../../shared/layouts/sheetStyle';
