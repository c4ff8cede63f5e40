const FOLD: Record<string, string> = { ä: 'a', å: 'a', ö: 'o', é: 'e', ü: 'u' };

/**
 * A stable ASCII id from a name, unique among `taken` (adds -2, -3 … when needed).
 *
 * @example
 * slugId('Hämeenlinnan kaupunki', new Set()) // 'hameenlinnan-kaupunki'
 * slugId('Turku', new Set(['turku'])) // 'turku-2'
 */
export function slugId(text: string, taken: ReadonlySet<string>, maxLength = 32): string {
  const base =
    text
      .toLowerCase()
      .replace(/[äåöéü]/g, (c) => FOLD[c] ?? c)
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/g, '') || 'osallistuja';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

