import { cleanText } from '../text/cleanText';

/**
 * Characters that make a spreadsheet treat the start of a string as a formula or a control, and
 * Excel's own text prefix (a leading apostrophe would otherwise be swallowed).
 */
const RISKY_START = /^[=+\-@\t\r']/;

/**
 * A user's string made safe to write into a cell: cleaned of what a file cannot hold (cleanText),
 * then, if it could start a formula (or a CSV-injection payload), given Excel's text prefix, an
 * apostrophe, which Excel shows nowhere and keeps as text.
 *
 * @example
 * asSheetText('=SUM(A1)') // "'=SUM(A1)"
 * asSheetText('Hankinnat') // 'Hankinnat'
 * asSheetText('\u0001=1') // "'=1"
 */
export function asSheetText(text: string): string {
  const clean = cleanText(text);
  return RISKY_START.test(clean) ? `'${clean}` : clean;
}
