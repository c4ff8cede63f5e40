import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ReviewStateSchema, ReviewInputSchema, type ReviewState } from '../../shared/schemas/resultsReviewSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { openResults } from '../rounds/resultsAccess';
import { pastDeadline } from '../rounds/resultsIssues';

/**
 * POST /api/rounds/{roundId}/results/review (coordinator): opens the review with a deadline, or
 * moves the deadline of the open one (responses, lowerings and the opening time stay). A deadline
 * before today (UTC) is a 422.
 */
export async function resultsReviewPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'results-review-post');
  if (!o.ok) return o.response;
  const { r } = o;
  const input = await readBody(request, ReviewInputSchema, r.lang);
  if (!input.ok) return input.response;
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  if (input.value.deadline < today) return problem(422, r.lang, { localizedErrors: [pastDeadline(input.value.deadline, today, r.lang)] });
  const doc = await r.results.writeReview<Omit<ReviewState, 'revision'>>(r.roundId, (cur) => ({ deadline: input.value.deadline, openedAt: cur?.value.openedAt ?? now }), now);
  const body: ReviewState = { ...doc.value, revision: doc.revision };
  return okJson(ReviewStateSchema, body);
}
