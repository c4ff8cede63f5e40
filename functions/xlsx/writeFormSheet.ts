import type ExcelJS from 'exceljs';
import type { Lang } from '../../shared/i18n/lang';
import { columnLetter } from '../../shared/layouts/a1';
import { FORM_COLUMN_WIDTHS, type FormLine, type FormSheet, type FormTable, type FormValue } from '../../shared/layouts/formSheet';
import { LINE_FONT } from '../../shared/layouts/reportSheet';
import { INPUT_FILL } from '../../shared/layouts/sheetStyle';
import { cleanText } from '../../shared/text/cleanText';
import { fileRow, setText, solid, styleHeader } from './writeXlsx';
import { addValidation, validationFor } from './xlsxValidation';

/** A value as the cell holds it: strings as text cells (never formulas) in the text format, numbers as numbers. */
function put(cell: ExcelJS.Cell, v: FormValue): void {
  if (typeof v === 'number') {
    cell.value = v;
    return;
  }
  cell.numFmt = '@';
  if (v !== '') setText(cell, v);
}

/** A line from column B: a field's label in bold with its value wrapped, or a title, heading or note. */
function writeLine(ws: ExcelJS.Worksheet, line: FormLine): void {
  const row = ws.getRow(line.row);
  line.cells.forEach((v, i) => put(row.getCell(2 + i), v));
  if (line.style === 'field') {
    row.getCell(2).font = { bold: true };
    line.cells.forEach((_, i) => { row.getCell(2 + i).alignment = { wrapText: true, vertical: 'top' }; });
    return;
  }
  row.getCell(2).font = LINE_FONT[line.style];
}

/**
 * A table as the Office.js writer lays it out: the hidden key row above the header, the header in the
 * header colour, body cells as text; input columns in the input colour with their validation (a
 * choice list, a range list of the same sheet, a number range or a text length).
 */
function writeTable(ws: ExcelJS.Worksheet, t: FormTable, lang: Lang): void {
  const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => '')];
  const keyRow = ws.getRow(t.row - 1);
  t.columns.forEach((c, i) => setText(keyRow.getCell(i + 1), c.key));
  keyRow.hidden = true;
  ws.addTable({
    name: cleanText(t.name),
    ref: `A${t.row}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: t.columns.map((c) => ({ name: cleanText(c.header[lang]), filterButton: true })),
    rows: body.map(fileRow),
  });
  styleHeader(ws.getRow(t.row), 1, t.columns.length);
  const first = t.row + 1;
  const last = t.row + body.length;
  t.columns.forEach((c, i) => {
    body.forEach((r, k) => {
      const cell = ws.getRow(first + k).getCell(i + 1);
      cell.numFmt = typeof r[i] === 'number' ? 'General' : '@';
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.role === 'input') cell.fill = solid(INPUT_FILL);
    });
    const col = columnLetter(i + 1);
    const rangeList = t.rangeLists?.[c.key];
    const v8n: ExcelJS.DataValidation | undefined = c.choices || !rangeList
      ? validationFor(c, lang)
      : { type: 'list', allowBlank: true, formulae: [rangeList.replace(/^=/, '')], showErrorMessage: true };
    if (v8n) addValidation(ws, `${col}${first}:${col}${last}`, v8n);
  });
}

/**
 * Adds a form sheet (the peer-learning visit's sheets, shared/layouts/formSheet.ts) to an ExcelJS
 * workbook, rendering the same declaration as the add-in's Office.js writer
 * (addin/excel/writeFormSheet.ts): same rows, tables, names, colours, widths and dropdowns. Returns the sheet.
 */
export function addFormSheet(wb: ExcelJS.Workbook, form: FormSheet, lang: Lang): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(cleanText(form.title));
  for (const block of form.blocks) {
    if (block.kind === 'line') writeLine(ws, block);
    else writeTable(ws, block, lang);
  }
  FORM_COLUMN_WIDTHS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  return ws;
}
