import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { EarlierRatingsSchema } from '../../shared/schemas/progressSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { earlierRatingsOf, openProgress } from '../rounds/progressAccess';
import { PROGRESS_DETAILS } from '../rounds/progressIssues';

/**
 * GET /api/rounds/{roundId}/submissions/{participantId}/earlier (that participant only): its own
 * latest submission in the linked earlier round, ratings only. 404 without a link, a mapping or a
 * submission there.
 */
export async function earlierSubmissionGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openProgress(request, 'earlier-submission-get');
  if (!o.ok) return o.response;
  const { r } = o;
  const earlier = await earlierRatingsOf(r.store, r.progress, r.roundId, r.participantId ?? '');
  if (earlier === 'no-link') return problem(404, r.lang, { detail: PROGRESS_DETAILS.noLink[r.lang] });
  if (earlier === 'none') return problem(404, r.lang, { detail: PROGRESS_DETAILS.noEarlier[r.lang] });
  return okJson(EarlierRatingsSchema, earlier, 200, { 'cache-control': 'no-store' });
}
