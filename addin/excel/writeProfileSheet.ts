import type { Lang } from '../../shared/i18n/lang';
import { choiceLabels } from '../../shared/layouts/choices';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import { asSheetText } from '../../shared/layouts/sheetText';
import { charsToPoints, FORMULA_FILL, HEADER_FILL, INPUT_FILL } from './excelRun';

/**
 * Queues the Profile sheet (no sync): labels, values (user strings neutralised), help, a workbook
 * name per value cell (formulas and the reader use the names), validation and input marking.
 * `values` has one entry per PROFILE_FIELDS field; formula fields get their formula.
 */
export function writeProfileSheet(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  values: readonly (string | number)[],
  lang: Lang,
  options: { dataValidation: boolean; existingNames: ReadonlySet<string> },
): void {
  const s = PROFILE_SHEET;
  const firstRow = profileRow(0);
  const lastRow = profileRow(PROFILE_FIELDS.length - 1);
  sheet.getRange('A1').values = [[s.heading[lang]]];
  sheet.getRange('A1').format.font.bold = true;
  sheet.getRange('A1').format.font.size = 14;
  sheet.getRange('A2').values = [[s.hint[lang]]];
  const header = sheet.getRange(`A${s.headerRow}:C${s.headerRow}`);
  header.values = [s.headers[lang]];
  header.format.font.bold = true;
  header.format.font.color = '#FFFFFF';
  header.format.fill.color = HEADER_FILL;
  // Text fields are text before they are written (a round code "007" stays "007").
  PROFILE_FIELDS.forEach((f, i) => {
    if (f.input === 'text') sheet.getRange(`B${profileRow(i)}`).numberFormat = [['@']];
  });
  sheet.getRange(`A${firstRow}:C${lastRow}`).formulas = PROFILE_FIELDS.map((f, i) => {
    const v = f.input === 'formula' ? f.formula! : values[i] ?? '';
    return [f.label[lang], typeof v === 'string' && f.input !== 'formula' ? asSheetText(v) : v, f.help[lang]];
  });
  sheet.getRange('A:A').format.columnWidth = charsToPoints(44);
  sheet.getRange('B:B').format.columnWidth = charsToPoints(26);
  sheet.getRange('C:C').format.columnWidth = charsToPoints(70);
  PROFILE_FIELDS.forEach((f, i) => {
    const cell = sheet.getRange(`B${profileRow(i)}`);
    // A name that exists from an earlier run is replaced, so it always points at the current cell.
    if (options.existingNames.has(f.name)) workbook.names.getItem(f.name).delete();
    workbook.names.add(f.name, cell);
    cell.format.fill.color = f.input === 'formula' ? FORMULA_FILL : INPUT_FILL;
    if (f.numberFormat) cell.numberFormat = [[f.numberFormat]];
    if (!options.dataValidation || f.input === 'formula') return;
    cell.dataValidation.clear();
    if (f.choices) cell.dataValidation.rule = { list: { inCellDropDown: true, source: choiceLabels(f.choices, lang).join(',') } };
    else if (f.input === 'integer') cell.dataValidation.rule = { wholeNumber: { formula1: f.min ?? 0, formula2: f.max ?? 1e9, operator: 'Between' } };
    else if (f.input === 'number') cell.dataValidation.rule = { decimal: { formula1: f.min ?? 0, formula2: f.max ?? 1e9, operator: 'Between' } };
    else if (f.maxLength) cell.dataValidation.rule = { textLength: { formula1: 0, formula2: f.maxLength, operator: 'Between' } };
  });
  sheet.freezePanes.freezeRows(s.headerRow);
}
