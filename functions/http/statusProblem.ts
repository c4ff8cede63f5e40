import type { HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';

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

export interface StatusProblemOptions {
  detail?: string;
  headers?: Record<string, string>;
  /** More members of the body, after `detail` (problem: `errors`, `errorCount`). */
  fields?: Record<string, unknown>;
}

/**
 * An RFC 9457 problem response with a localized title: `application/problem+json`, `type`
 * `about:blank`. It needs no field labels, so the error wrapper every route starts with loads only
 * this (problem() adds the field errors).
 *
 * @example
 * statusProblem(503, 'fi', { headers: { 'retry-after': '5' } }).body // '{"type":"about:blank","title":"Palvelu ei ole juuri nyt käytettävissä","status":503}'
 */
export function statusProblem(status: number, lang: Lang, options: StatusProblemOptions = {}): HttpResponseInit {
  const title = (TITLES[status] ?? TITLES[500]!)[lang];
  return {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': lang, ...options.headers },
    body: JSON.stringify({ type: 'about:blank', title, status, ...(options.detail ? { detail: options.detail } : {}), ...options.fields }),
  };
}
