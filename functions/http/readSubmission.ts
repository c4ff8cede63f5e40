import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { parseSubmission, type ParseSubmissionOptions } from '../../shared/schemas/parseSubmission';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { requestLanguage } from './language';
import { problem } from './problem';
import { readJsonBody } from './readJsonBody';

export type SubmissionRequest =
  | { ok: true; lang: Lang; submission: Submission }
  | { ok: false; lang: Lang; response: HttpResponseInit };

/** The caller's language and a validated submission from the body, or the problem response to send (400/413/415/422). */
export async function readSubmission(request: HttpRequest, options: ParseSubmissionOptions = {}): Promise<SubmissionRequest> {
  const lang = requestLanguage(request);
  const body = await readJsonBody(request, lang);
  if (!body.ok) return { ok: false, lang, response: body.response };
  const parsed = parseSubmission(body.value, options);
  if (!parsed.ok) return { ok: false, lang, response: problem(422, lang, { errors: parsed.errors }) };
  return { ok: true, lang, submission: parsed.value };
}
