import type { HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { localizeIssue, type FieldIssue, type LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import { statusProblem } from './statusProblem';

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
  const total = (options.errors?.length ?? 0) + (options.localizedErrors?.length ?? 0);
  // A body of thousands of unknown keys must not become a response many times its size.
  const errors = options.errors || options.localizedErrors
    ? [...(options.errors ?? []).slice(0, MAX_ERRORS).map((e) => localizeIssue(e, lang)), ...(options.localizedErrors ?? [])].slice(0, MAX_ERRORS)
    : undefined;
  const cut = total > MAX_ERRORS;
  const detail = options.detail ?? (cut ? MORE_ERRORS[lang](MAX_ERRORS, total) : undefined);
  return statusProblem(status, lang, {
    ...(detail ? { detail } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    fields: { ...(errors ? { errors } : {}), ...(cut ? { errorCount: total } : {}) },
  });
}
