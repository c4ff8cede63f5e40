/**
 * Characters that make a spreadsheet treat the start of a string as a formula or a control, and
 * Excel's own text prefix (a leading apostrophe would otherwise be swallowed).
 */
const RISKY_START = /^[=+\-@\t\r']/;

/**
 * A user's string made safe to write into a cell: if it could start a formula (or a CSV-injection
 * payload), it gets Excel's text prefix, an apostrophe, which Excel shows nowhere and keeps as text.
 *
 * @example
 * asSheetText('=SUM(A1)') // "'=SUM(A1)"
 * asSheetText('Hankinnat') // 'Hankinnat'
 */
export function asSheetText(text: string): string {
  return RISKY_START.test(text) ? `'${text}` : text;
}
