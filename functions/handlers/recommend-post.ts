import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { pickLanguage } from '../../shared/i18n/pickLanguage';
import { recommend } from '../../shared/recommendation/recommend';
import { parseSubmission } from '../../shared/schemas/parseSubmission';
import { requestLanguage } from '../http/language';
import { ok, problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';

/** POST /api/recommend: ranked coordination approaches and operating models with reasons, in the caller's language. */
export async function recommendPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  const body = await readJsonBody(request, lang);
  if (!body.ok) return body.response;
  const parsed = parseSubmission(body.value);
  if (!parsed.ok) return problem(422, lang, { errors: parsed.errors });
  return ok(pickLanguage(recommend(parsed.value), lang), 200, { 'content-language': lang });
}

app.http('recommend-post', { methods: ['POST'], authLevel: 'anonymous', route: 'recommend', handler: recommendPost });
