/** The languages of the UI, the sheets and every message: Finnish first, Swedish, English. */
export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in all three languages. */
export interface Localized {
  fi: string;
  sv: string;
  en: string;
}

/**
 * Picks the best supported language for a BCP-47 tag or Accept-Language-like value.
 *
 * @example
 * toLang('sv-FI') // 'sv'
 * toLang('de-DE') // 'en'
 */
export function toLang(tag: string | undefined | null): Lang {
  const primary = (tag ?? '').trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}
