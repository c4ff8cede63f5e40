/**
 * Reorders table rows read from a workbook into the current layout's column order, using the hidden
 * row of ASCII column keys above the header. Columns the workbook lacks come back empty; columns the
 * layout no longer has are dropped. So an older workbook reads correctly after a layout change.
 *
 * @example
 * alignRows(['b', 'a'], [[2, 1]], [{ key: 'a' }, { key: 'b' }, { key: 'c' }]) // [[1, 2, '']]
 */
export function alignRows(keys: readonly unknown[], rows: readonly (readonly unknown[])[], columns: readonly { key: string }[]): unknown[][] {
  const from = columns.map((c) => keys.findIndex((k) => k === c.key));
  return rows.map((row) => from.map((i) => (i >= 0 ? row[i] ?? '' : '')));
}
