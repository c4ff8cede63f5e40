import type { Lang } from '../../shared/i18n/lang';
import type { InLanguage } from '../../shared/i18n/pickLanguage';
import { columnLetter } from '../../shared/layouts/a1';
import { RECOMMENDATIONS_SHEET, recommendationRows } from '../../shared/layouts/recommendationsLayout';
import { asSheetText } from '../../shared/layouts/sheetText';
import type { Recommendation } from '../../shared/recommendation/recommend';
import { charsToPoints, HEADER_FILL, type ExcelRun } from './excelRun';
import { freeTitle, sheetKey } from './sheetTitles';

/**
 * Writes (or rewrites) the Recommendations sheet: approaches, models and stability sentences.
 * Two syncs: find the old sheet → write everything.
 */
export async function writeRecommendations(run: ExcelRun, rec: InLanguage<Recommendation>, lang: Lang): Promise<string> {
  return run(async (context) => {
    const wb = context.workbook;
    const old = wb.tables.getItemOrNullObject(RECOMMENDATIONS_SHEET.approachesTable).load('name');
    const oldModels = wb.tables.getItemOrNullObject(RECOMMENDATIONS_SHEET.modelsTable).load('name');
    const sheets = wb.worksheets.load('items/name');
    await context.sync();
    const oldSheet = old.isNullObject ? undefined : old.worksheet.load('name');
    if (oldSheet) {
      await context.sync();
    }
    const rows = recommendationRows(rec, lang);
    const title = freeTitle(RECOMMENDATIONS_SHEET.title[lang], new Set(sheets.items.map((s) => s.name).filter((n) => n !== oldSheet?.name).map(sheetKey)));
    // The old tables give up their names before the new ones take them; the old sheet goes last.
    const retiredName = `~ilm-old-rec-${Date.now().toString(36)}`;
    if (oldSheet) {
      old.name = `${RECOMMENDATIONS_SHEET.approachesTable}Old`;
      if (!oldModels.isNullObject) oldModels.name = `${RECOMMENDATIONS_SHEET.modelsTable}Old`;
      wb.worksheets.getItem(oldSheet.name).name = retiredName;
    }
    const ws = wb.worksheets.add(title);
    const block = (top: number, heading: string, cols: readonly string[], body: (string | number)[][], tableName: string) => {
      ws.getRange(`A${top}`).values = [[heading]];
      ws.getRange(`A${top}`).format.font.bold = true;
      const last = columnLetter(cols.length);
      const range = ws.getRange(`A${top + 1}:${last}${top + 1 + body.length}`);
      range.values = [[...cols], ...body].map((r) => r.map((v) => (typeof v === 'string' ? asSheetText(v) : v)));
      range.format.wrapText = true;
      const table = ws.tables.add(`A${top + 1}:${last}${top + 1 + body.length}`, true);
      table.name = tableName;
      ws.getRange(`A${top + 1}:${last}${top + 1}`).format.fill.color = HEADER_FILL;
      ws.getRange(`A${top + 1}:${last}${top + 1}`).format.font.color = '#FFFFFF';
      return top + body.length + 3;
    };
    let row = block(1, rows.headers.approaches, rows.headers.approachCols, rows.approaches, RECOMMENDATIONS_SHEET.approachesTable);
    row = block(row, rows.headers.models, rows.headers.modelCols, rows.models, RECOMMENDATIONS_SHEET.modelsTable);
    ws.getRange(`A${row}`).values = [[rows.headers.stability]];
    ws.getRange(`A${row}`).format.font.bold = true;
    if (rows.stability.length > 0) ws.getRange(`B${row + 1}:B${row + rows.stability.length}`).values = rows.stability.map((s) => [asSheetText(s)]);
    [6, 40, 12, 12, 60, 60, 40].forEach((w, i) => {
      ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = charsToPoints(w);
    });
    if (oldSheet) wb.worksheets.getItem(retiredName).delete();
    ws.activate();
    await context.sync();
    return title;
  });
}
