import type { HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { localizeIssue, type FieldIssue, type LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';

/** Titles of the statuses we answer with, per language. */
const TITLES: Record<number, Record<Lang, string>> = {
  400: { fi: 'Virheellinen pyyntö', sv: 'Felaktig begäran', en: 'Bad request' },
  401: { fi: 'Tunnistautuminen puuttuu', sv: 'Autentisering saknas', en: 'Authentication required' },
  403: { fi: 'Ei oikeutta', sv: 'Ingen behörighet', en: 'Forbidden' },
  404: { fi: 'Ei löytynyt', sv: 'Hittades inte', en: 'Not found' },
  405: { fi: 'Menetelmä ei ole sallittu', sv: 'Metoden är inte tillåten', en: 'Method not allowed' },
  409: { fi: 'Ristiriita', sv: 'Konflikt', en: 'Conflict' },
  412: { fi: 'Tieto on muuttunut välillä', sv: 'Uppgifterna har ändrats', en: 'Precondition failed' },
  413: { fi: 'Pyyntö on liian suuri', sv: 'Begäran är för stor', en: 'Payload too large' },
  415: { fi: 'Sisältötyyppi ei kelpaa', sv: 'Innehållstypen stöds inte', en: 'Unsupported media type' },
  422: { fi: 'Tiedoissa on virheitä', sv: 'Uppgifterna innehåller fel', en: 'The data has errors' },
  500: { fi: 'Palvelinvirhe', sv: 'Serverfel', en: 'Server error' },
  503: { fi: 'Palvelu ei ole juuri nyt käytettävissä', sv: 'Tjänsten är inte tillgänglig just nu', en: 'Service unavailable' },
};

/** At most this many field errors go into one answer; `errorCount` then tells how many there were. */
export const MAX_ERRORS = 100;

const MORE_ERRORS: Record<Lang, (shown: number, total: number) => string> = {
  fi: (shown, total) => `Näytetään ${shown} ensimmäistä virhettä (yhteensä ${total}).`,
  sv: (shown, total) => `De första ${shown} felen visas (totalt ${total}).`,
  en: (shown, total) => `Showing the first ${shown} errors (${total} in all).`,
};

export interface ProblemOptions {
  detail?: string;
  errors?: readonly FieldIssue[];
  /** Errors already in the caller's language, e.g. with the sheet and cell of an imported file. */
  localizedErrors?: readonly LocalizedFieldIssue[];
  headers?: Record<string, string>;
}

/**
 * An RFC 9457 problem response: `application/problem+json` with a localized title and, for input
 * errors, `errors: [{ path, code, message }]` so the add-in can point at the cell: at most
 * MAX_ERRORS of them, with `errorCount` (and a detail saying so) when there were more.
 *
 * @example
 * problem(422, 'fi', { errors }) // { status: 422, jsonBody: { type, title, status, errors }, … }
 */
export function problem(status: number, lang: Lang, options: ProblemOptions = {}): HttpResponseInit {
  const title = (TITLES[status] ?? TITLES[500]!)[lang];
  const total = (options.errors?.length ?? 0) + (options.localizedErrors?.length ?? 0);
  // A body of thousands of unknown keys must not become a response many times its size.
  const errors = options.errors || options.localizedErrors
    ? [...(options.errors ?? []).slice(0, MAX_ERRORS).map((e) => localizeIssue(e, lang)), ...(options.localizedErrors ?? [])].slice(0, MAX_ERRORS)
    : undefined;
  const cut = total > MAX_ERRORS;
  const detail = options.detail ?? (cut ? MORE_ERRORS[lang](MAX_ERRORS, total) : undefined);
  return {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': lang, ...options.headers },
    body: JSON.stringify({
      type: 'about:blank',
      title,
      status,
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
      ...(cut ? { errorCount: total } : {}),
    }),
  };
}
