/** Sheet names compare as Excel compares them: without case. */
export const sheetKey = (name: string) => name.toLocaleLowerCase();

/**
 * A sheet title that no other sheet uses: `title`, else `title (2)`, `title (3)`… `taken` holds
 * sheetKey()s of the names in use.
 *
 * @example
 * freeTitle('Profiili', new Set(['profiili'])) // 'Profiili (2)'
 */
export function freeTitle(title: string, taken: ReadonlySet<string>): string {
  if (!taken.has(sheetKey(title))) return title;
  for (let n = 2; ; n += 1) if (!taken.has(sheetKey(`${title} (${n})`))) return `${title} (${n})`;
}
