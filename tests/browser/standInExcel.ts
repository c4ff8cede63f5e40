// The browser test's stand-in Excel host, loaded after the real office.js: Office.onReady reports
// Excel, and Excel.run runs batches against the same fake workbook the unit tests use.
import { fakeExcel } from '../addin/fakeExcel';

const excel = fakeExcel();
const params = new URLSearchParams(window.location.search);
const w = window as unknown as Record<string, unknown> & { Office: Record<string, unknown> };

w.__excel = excel;
/** Types a value into a cell of a sheet, as a user would. */
w.__type = (sheet: string, row: number, col: number, value: string | number) => {
  excel.workbook.sheet(sheet)!.cell(row, col).value = value;
};
w.__sheets = () => excel.workbook.sheetList.map((s) => s.name);
w.Excel = { run: excel.run };
const context = {
    displayLanguage: params.get('lang') ?? 'fi-FI',
    officeTheme: { bodyBackgroundColor: params.get('dark') ? '#1f1f1f' : '#ffffff' },
    requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version) <= 1.8 },
};
// Outside an Office client office.js exposes an empty context object (through a getter that cannot
// be redefined); the stand-in fills it in when the pane asks whether Office is ready.
w.Office.onReady = async () => {
  // office.js sets its context a moment after loading; wait for it (or define it if it never comes).
  for (let i = 0; i < 100 && !w.Office.context; i += 1) await new Promise((r) => setTimeout(r, 50));
  if (w.Office.context) Object.assign(w.Office.context as object, context);
  else Object.defineProperty(w.Office, 'context', { value: context, configurable: true });
  return { host: 'Excel', platform: 'PC' };
};
