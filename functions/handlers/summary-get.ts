import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { RoundSummarySchema } from '../../shared/schemas/responses/roundSummarySchema';
import { okJson } from '../http/okJson';
import { openRound } from '../rounds/roundRoute';
import { readResultsInputs, summaryOf } from '../rounds/resultsData';
import { resultsStore } from '../storage/createResultsStore';

/**
 * GET /api/rounds/{roundId}/summary: combined results; the coordinator's view counts every rating,
 * members' only shared ones. Both carry, per theme, the strengths and development areas from released
 * feedback reports at their hosts' levels (never `team`; the host's name only where `named`), and
 * both apply the sharing participants lowered in the results review.
 */
export async function summaryGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const inputs = await readResultsInputs(r.store, resultsStore(), r.roundId);
  const audience = r.access.caller.role === 'coordinator' ? 'coordinator' : 'member';
  return okJson(RoundSummarySchema, summaryOf(r.access.stored.round, inputs, audience), 200, { 'cache-control': 'no-store' });
}
