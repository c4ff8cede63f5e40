import { columnLetter } from '../../shared/layouts/a1';
import { choiceLabels } from '../../shared/layouts/choices';
import { FORM_COLUMN_WIDTHS, type FormLine, type FormSheet, type FormTable, type FormValue } from '../../shared/layouts/formSheet';
import type { Lang } from '../../shared/i18n/lang';
import { LINE_FONT } from '../../shared/layouts/reportSheet';
import { asSheetText } from '../../shared/layouts/sheetText';
import { charsToPoints, HEADER_FILL, INPUT_FILL, type ExcelRun } from './excelRun';
import { freeTitle, sheetKey } from './sheetTitles';

/** Sheets being replaced are renamed to this prefix first, then deleted in the same batch. */
const RETIRED_PREFIX = '~ilm-old-';

/** Every string is written as text, never as a formula; numbers stay numbers. */
const cellOf = (v: FormValue) => (typeof v === 'string' ? asSheetText(v) : v);
const textFormat = (v: FormValue) => (typeof v === 'string' ? '@' : 'General');

function writeLine(sheet: Excel.Worksheet, line: FormLine): void {
  const range = sheet.getRange(`B${line.row}:${columnLetter(1 + line.cells.length)}${line.row}`);
  range.numberFormat = [line.cells.map(textFormat)];
  range.values = [line.cells.map(cellOf)];
  if (line.style === 'field') {
    sheet.getRange(`B${line.row}`).format.font.bold = true;
    range.format.wrapText = true;
    return;
  }
  const font = LINE_FONT[line.style];
  if (font.bold) range.format.font.bold = true;
  if (font.size) range.format.font.size = font.size;
  if (font.italic) range.format.font.italic = true;
}

function writeTable(sheet: Excel.Worksheet, t: FormTable, lang: Lang, dataValidation: boolean): void {
  const last = columnLetter(t.columns.length);
  const first = t.row + 1;
  const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => '')];
  const end = t.row + body.length;
  // The row above the header holds the ASCII column keys, hidden: readers map columns by them.
  const keys = sheet.getRange(`A${t.row - 1}:${last}${t.row - 1}`);
  keys.values = [t.columns.map((c) => c.key)];
  keys.rowHidden = true;
  const header = sheet.getRange(`A${t.row}:${last}${t.row}`);
  header.values = [t.columns.map((c) => c.header[lang])];
  header.format.font.bold = true;
  header.format.font.color = '#FFFFFF';
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  const cells = sheet.getRange(`A${first}:${last}${end}`);
  // Text first, so Excel keeps "1/2" or "TRUE" as typed, then the values.
  cells.numberFormat = body.map((r) => r.map(textFormat));
  cells.values = body.map((r) => r.map(cellOf));
  const table = sheet.tables.add(`A${t.row}:${last}${end}`, true);
  table.name = t.name;
  table.style = 'TableStyleLight1';
  t.columns.forEach((c, i) => {
    const col = sheet.getRange(`${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${end}`);
    if (c.wrap) col.format.wrapText = true;
    if (c.role === 'input') col.format.fill.color = INPUT_FILL;
    if (!dataValidation) return;
    const rangeList = t.rangeLists?.[c.key];
    const perRow = t.rowChoices?.[c.key];
    if (perRow) {
      perRow.forEach((choices, r) => {
        if (r < body.length && choices.length > 0) sheet.getRange(`${columnLetter(i + 1)}${first + r}`).dataValidation.rule = { list: { inCellDropDown: true, source: choiceLabels(choices, lang).join(',') } };
      });
    } else if (c.choices) col.dataValidation.rule = { list: { inCellDropDown: true, source: choiceLabels(c.choices, lang).join(',') } };
    else if (rangeList) col.dataValidation.rule = { list: { inCellDropDown: true, source: rangeList } };
  });
}

/**
 * Writes a form sheet (the peer-learning visit's sheets) in three syncs whatever its size: the first
 * two find the sheet written before (by its anchor table, never by title), its place and the names
 * in use; the third replaces it in place (same position) or adds it, and activates it. Returns the
 * sheet's name.
 */
export async function writeFormSheet(run: ExcelRun, form: FormSheet, lang: Lang, options: { dataValidation: boolean }): Promise<string> {
  return run(async (context) => {
    const wb = context.workbook;
    const anchor = wb.tables.getItemOrNullObject(form.anchorTable).load('name');
    const sheets = wb.worksheets.load('items/name');
    await context.sync();
    // The old sheet's name and place are asked only of a table that exists; the sync runs either way,
    // so the count stays the same.
    const anchorSheet = anchor.isNullObject ? undefined : anchor.worksheet.load('name, position');
    await context.sync();
    const old = anchorSheet ? { name: anchorSheet.name, position: anchorSheet.position, sheet: anchorSheet } : undefined;
    const taken = new Set(sheets.items.map((s) => s.name).filter((n) => n !== old?.name).map(sheetKey));
    if (old) old.sheet.name = `${RETIRED_PREFIX}${Date.now().toString(36)}`;
    const name = freeTitle(form.title, taken);
    const sheet = wb.worksheets.add(name);
    if (old) old.sheet.delete();
    for (const block of form.blocks) {
      if (block.kind === 'line') writeLine(sheet, block);
      else writeTable(sheet, block, lang, options.dataValidation);
    }
    (form.columnWidths ?? FORM_COLUMN_WIDTHS).forEach((c, i) => {
      const whole = sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
      whole.format.columnWidth = charsToPoints(c.width);
      if (c.hidden) whole.columnHidden = true;
    });
    if (old) sheet.position = old.position;
    sheet.activate();
    await context.sync();
    return name;
  });
}
