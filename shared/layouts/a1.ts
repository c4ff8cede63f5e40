/**
 * A1 helpers for layouts: column letters and addresses. Rows and columns are 1-based, as in Excel.
 *
 * @example
 * columnLetter(28) // 'AB'
 */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * An A1 address.
 *
 * @example
 * a1(3, 2) // 'B3'
 */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Where a value lives: the sheet's stable key and the cell. */
export interface CellRef {
  sheet: 'profile' | 'models' | 'selfAssessment';
  row: number;
  col: number;
  address: string;
}
