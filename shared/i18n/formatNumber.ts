import type { Lang } from './lang';

/**
 * A number with a fixed number of decimals in the language's convention (comma in fi and sv).
 * Pure string work: no Intl, so output is the same on every runtime.
 *
 * @example
 * formatDecimal(1.25, 'fi', 1) // '1,3'
 * formatDecimal(4, 'en', 1) // '4.0'
 */
export function formatDecimal(value: number, lang: Lang, digits = 1): string {
  const fixed = (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);
  return lang === 'en' ? fixed : fixed.replace('.', ',');
}
