import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { PreviewSchema, type PreviewBody, type StoredResponse } from '../../shared/schemas/resultsReviewSchema';
import { okJson } from '../http/okJson';
import { openResults } from '../rounds/resultsAccess';
import { previewOf, readResultsInputs } from '../rounds/resultsData';
import { EMPTY_RESPONSE, reviewOr } from '../rounds/resultsReview';

/**
 * GET /api/rounds/{roundId}/results/preview (each participant): exactly how its own data will appear
 * in the summary, after its lowerings. 404 before a review is open. The first read marks it opened.
 */
export async function resultsPreviewGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'results-preview-get');
  if (!o.ok) return o.response;
  const { r } = o;
  const review = await reviewOr(r, 404);
  if (!review.ok) return review.response;
  const inputs = await readResultsInputs(r.store, r.results, r.roundId);
  const now = new Date().toISOString();
  const stored = inputs.responses.get(r.callerId);
  const response = stored?.openedAt
    ? stored
    : (await r.results.writeResponse<StoredResponse>(r.roundId, r.callerId, (cur) => (cur?.value.openedAt ? undefined : { ...EMPTY_RESPONSE, comments: [], lowered: {}, ...cur?.value, openedAt: now }), now)).value;
  const preview = previewOf(r.access.stored.round, inputs, r.callerId);
  const body: PreviewBody = { review: review.review, name: preview.name, items: preview.items, response };
  return okJson(PreviewSchema, body, 200, { 'cache-control': 'no-store' });
}
