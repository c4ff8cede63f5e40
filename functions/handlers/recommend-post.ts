import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { registerRoute } from '../http/registerRoute';
import { pickLanguage } from '../../shared/i18n/pickLanguage';
import { recommend } from '../../shared/recommendation/recommend';
import { RecommendationSchema } from '../../shared/schemas/responses/recommendationSchema';
import { okJson } from '../http/okJson';
import { readSubmissionFor } from '../http/readSubmissionFor';

/** POST /api/recommend: ranked coordination approaches and operating models with reasons, in the caller's language. */
export async function recommendPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const input = await readSubmissionFor(request);
  if (!input.ok) return input.response;
  return okJson(RecommendationSchema, pickLanguage(recommend(input.submission), input.lang), 200, { 'content-language': input.lang });
}

registerRoute('recommend-post', { methods: ['POST'], route: 'recommend', handler: recommendPost });
