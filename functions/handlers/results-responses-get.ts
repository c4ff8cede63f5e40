import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { participantOrder } from '../../shared/layouts/reportParts';
import { ResponseListSchema, type ResponseListBody, type ReviewState, type StoredResponse } from '../../shared/schemas/resultsReviewSchema';
import { okJson } from '../http/okJson';
import { openResults } from '../rounds/resultsAccess';
import { responseBody } from '../rounds/responseStatus';

/** GET /api/rounds/{roundId}/results/responses (coordinator): every participant's status, comments, lowerings; the deadline; the public link while published (one point read). */
export async function resultsResponsesGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'results-responses-get');
  if (!o.ok) return o.response;
  const { r } = o;
  const [participants, responses, review, published] = await Promise.all([
    r.store.listParticipants(r.roundId),
    r.results.responses<StoredResponse>(r.roundId),
    r.results.review<Omit<ReviewState, 'revision'>>(r.roundId),
    r.results.publication(r.roundId),
  ]);
  const body: ResponseListBody = {
    review: review ? { ...review.value, revision: review.revision } : null,
    responses: participantOrder(participants).map((p) => responseBody(p.participantId, p.name, responses.get(p.participantId))),
    publication: published ? { publicId: published.publicId, path: `/api/public/results/${published.publicId}`, publishedAt: published.publishedAt } : null,
  };
  return okJson(ResponseListSchema, body, 200, { 'cache-control': 'no-store' });
}
