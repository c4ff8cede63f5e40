import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { recommend } from '../../shared/recommendation/recommend';
import { RecommendationSchema } from '../../shared/schemas/responses/recommendationSchema';
import { okJson } from '../http/okJson';
import { readSubmissionFor } from '../http/readSubmissionFor';

/** POST /api/recommend: ranked coordination approaches and operating models with reasons, in the caller's language. */
export async function recommendPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const input = await readSubmissionFor(request);
  if (!input.ok) return input.response;
  const answer = okJson(RecommendationSchema, recommend(input.submission, input.lang), 200, { 'content-language': input.lang });
  // The same UTF-8 bytes, encoded once here: the stability sentences' en dashes make the 35 KB JSON a
  // two-byte string, and the runtime's path for a string body (well-formedness check, TextEncoder,
  // stream) then cost more than building the whole recommendation (bench: ~30 % of the route's CPU).
  return { ...answer, body: Buffer.from(String(answer.body), 'utf8') };
}
