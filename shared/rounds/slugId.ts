const FOLD: Record<string, string> = { ä: 'a', å: 'a', ö: 'o', é: 'e', ü: 'u' };

/**
 * A stable ASCII id from a name, unique among `taken` (adds -2, -3 … when needed).
 *
 * @example
 * slugId('Hämeenlinnan kaupunki', new Set()) // 'hameenlinnan-kaupunki'
 * slugId('Turku', new Set(['turku'])) // 'turku-2'
 * slugId('Kevätkierros 2026 Uusimaa', new Set(), 24) // 'kevatkierros-2026' (cut at a hyphen)
 */
export function slugId(text: string, taken: ReadonlySet<string>, maxLength = 32): string {
  const full = text
    .toLowerCase()
    .replace(/[äåöéü]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = shorten(full, maxLength) || 'osallistuja';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * `slug` cut to at most `maxLength` characters at a hyphen, so that no word and no number (a year)
 * is cut in two. A first word longer than `maxLength` is cut only if it has no digits at the cut.
 *
 * @example
 * shorten('kevat-2026-kierros', 12) // 'kevat-2026'
 */
function shorten(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.lastIndexOf('-', maxLength);
  if (cut > 0) return slug.slice(0, cut);
  // One long first word: cut it, but back off over digits so a number is not split.
  return slug.slice(0, maxLength).replace(/[0-9]+$/, '').replace(/-+$/, '');
}

