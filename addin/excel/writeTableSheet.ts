import type { Lang, Localized } from '../../shared/i18n/lang';
import { columnLetter } from '../../shared/layouts/a1';
import { choiceLabels } from '../../shared/layouts/choices';
import type { ColumnSpec } from '../../shared/layouts/modelsLayout';
import { asSheetText } from '../../shared/layouts/sheetText';
import { charsToPoints, FORMULA_FILL, HEADER_FILL, INPUT_FILL } from './excelRun';

export interface TableSheetSpec {
  heading: Localized;
  hint: Localized;
  tableName: string;
  headerRow: number;
  columns: readonly ColumnSpec[];
}

/** What the layout writes: texts neutralised, formulas where the layout has them. */
export type CellContent = string | number;

/**
 * Queues the whole table sheet (no sync): title, hint, the hidden row of column keys, the table with
 * its body, formats, widths, dropdowns and input marking. `body` holds one row per table row, with
 * formulas ("=…") in formula columns; user strings are neutralised here.
 */
export function writeTableSheet(
  sheet: Excel.Worksheet,
  spec: TableSheetSpec,
  body: readonly (readonly CellContent[])[],
  lang: Lang,
  options: { dataValidation: boolean },
): void {
  const cols = spec.columns.length;
  const last = columnLetter(cols);
  const first = spec.headerRow + 1;
  const end = spec.headerRow + body.length;
  sheet.getRange('A1').values = [[spec.heading[lang]]];
  sheet.getRange('A1').format.font.bold = true;
  sheet.getRange('A1').format.font.size = 14;
  const hint = sheet.getRange(`B2:${last}2`);
  hint.merge(false);
  hint.values = [[spec.hint[lang], ...Array<string>(cols - 2).fill('')]];
  hint.format.wrapText = true;
  hint.format.rowHeight = 45;
  // Row 3: ASCII column keys, hidden; the reader maps columns by them, never by header text.
  const keyRow = sheet.getRange(`A${spec.headerRow - 1}:${last}${spec.headerRow - 1}`);
  keyRow.values = [spec.columns.map((c) => c.key)];
  keyRow.rowHidden = true;
  const header = sheet.getRange(`A${spec.headerRow}:${last}${spec.headerRow}`);
  header.values = [spec.columns.map((c) => c.header[lang])];
  header.format.font.bold = true;
  header.format.font.color = '#FFFFFF';
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  // Text columns are formatted as text before anything is written, so Excel keeps "00123", "1/2" or
  // "TRUE" as typed instead of turning them into numbers or dates.
  spec.columns.forEach((c, i) => {
    if (body.length > 0 && c.maxLength) sheet.getRange(`${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${end}`).numberFormat = body.map(() => ['@']);
  });
  if (body.length > 0) {
    sheet.getRange(`A${first}:${last}${end}`).formulas = body.map((row) =>
      row.map((v, i) => (typeof v === 'string' && spec.columns[i]!.role !== 'formula' ? asSheetText(v) : v)),
    );
  }
  const table = sheet.tables.add(`A${spec.headerRow}:${last}${Math.max(end, first)}`, true);
  table.name = spec.tableName;
  table.style = 'TableStyleLight1';
  spec.columns.forEach((c, i) => {
    const col = columnLetter(i + 1);
    const whole = sheet.getRange(`${col}:${col}`);
    whole.format.columnWidth = charsToPoints(c.width);
    if (c.hidden) whole.columnHidden = true;
    if (body.length === 0) return;
    const cells = sheet.getRange(`${col}${first}:${col}${end}`);
    if (c.numberFormat) cells.numberFormat = body.map(() => [c.numberFormat!]);
    if (c.wrap) cells.format.wrapText = true;
    if (c.role === 'input') cells.format.fill.color = INPUT_FILL;
    if (c.role === 'formula') cells.format.fill.color = FORMULA_FILL;
    if (!options.dataValidation) return;
    cells.dataValidation.clear();
    if (c.choices) {
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: choiceLabels(c.choices, lang).join(',') } };
    } else if (c.range) {
      cells.dataValidation.rule = { wholeNumber: { formula1: c.range.min, formula2: c.range.max, operator: 'Between' } };
    } else if (c.maxLength) {
      cells.dataValidation.rule = { textLength: { formula1: 0, formula2: c.maxLength, operator: 'Between' } };
    }
  });
  sheet.freezePanes.freezeRows(spec.headerRow);
}
