import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import { requestLanguage } from '../http/language';
import { ok, problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';

/** POST /api/validate: field-level errors for a submission; nothing is stored. 200 when valid, 422 with errors otherwise. */
export async function validatePost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  const body = await readJsonBody(request, lang);
  if (!body.ok) return body.response;
  const parsed = parseSubmission(body.value);
  if (!parsed.ok) return problem(422, lang, { errors: parsed.errors });
  return ok({ valid: true });
}

app.http('validate-post', { methods: ['POST'], authLevel: 'anonymous', route: 'validate', handler: validatePost });
