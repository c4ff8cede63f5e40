import type ExcelJS from 'exceljs';
import type { InstructionsSheet } from '../../shared/layouts/instructionsSheet';
import { LINE_FONT } from '../../shared/layouts/reportSheet';
import { cleanText } from '../../shared/text/cleanText';

/**
 * The instructions sheet, first in the workbook: a heading and one wrapped line per step. Every line
 * is written as a text cell (names in it come from the coordinator and the participant).
 */
export function writeInstructions(wb: ExcelJS.Workbook, sheet: InstructionsSheet): void {
  const ws = wb.addWorksheet(cleanText(sheet.title));
  ws.getColumn(1).width = 100;
  const put = (row: number, text: string) => {
    const cell = ws.getCell(`A${row}`);
    cell.value = cleanText(text);
    cell.numFmt = '@';
    cell.alignment = { wrapText: true, vertical: 'top' };
    return cell;
  };
  put(1, sheet.heading).font = LINE_FONT.title;
  sheet.lines.forEach((line, i) => put(3 + i, line));
}
