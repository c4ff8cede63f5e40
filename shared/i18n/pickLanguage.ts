import type { Lang } from './lang';

/** The type of `T` with every `{ fi, sv, en }` text replaced by a string. */
export type InLanguage<T> = T extends { fi: string; sv: string; en: string }
  ? string
  : T extends readonly (infer U)[]
    ? InLanguage<U>[]
    : T extends object
      ? { [K in keyof T]: InLanguage<T[K]> }
      : T;

function isLocalized(v: object): v is { fi: string; sv: string; en: string } {
  const keys = Object.keys(v);
  return (
    keys.length === 3 &&
    typeof (v as Record<string, unknown>).fi === 'string' &&
    typeof (v as Record<string, unknown>).sv === 'string' &&
    typeof (v as Record<string, unknown>).en === 'string'
  );
}

/**
 * Replaces every trilingual text in a result with its text in one language. Does not mutate input.
 *
 * @example
 * pickLanguage({ reasons: [{ fi: 'Sopii', sv: 'Passar', en: 'Fits' }] }, 'sv') // { reasons: ['Passar'] }
 */
export function pickLanguage<T>(value: T, lang: Lang): InLanguage<T> {
  if (Array.isArray(value)) return value.map((v) => pickLanguage(v, lang)) as InLanguage<T>;
  if (value !== null && typeof value === 'object') {
    if (isLocalized(value)) return value[lang] as InLanguage<T>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pickLanguage(v, lang)])) as InLanguage<T>;
  }
  return value as InLanguage<T>;
}
