import { z } from 'zod';

/** The languages of the UI, the sheets and every message: Finnish first, Swedish, English. */
export const LANGS = ['fi', 'sv', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** A text in all three languages. */
export const LocalizedSchema = z.strictObject({
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof LocalizedSchema>;

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
