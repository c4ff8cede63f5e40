import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { sharedModelsData } from '../../shared/rounds/coordinatorData';
import { RecommendedModelsSchema } from '../../shared/schemas/responses/recommendedModelsSchema';
import { okJson } from '../http/okJson';
import { openRound } from '../rounds/roundRoute';

/**
 * GET /api/rounds/{roundId}/recommended-models (round members): the round's combined impact table
 * (members' view: a goal's numbers only where at least three participants scored it) and the models
 * most often in participants' own top five.
 */
export async function recommendedModelsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const latest = await r.store.listLatestSubmissions(r.roundId);
  return okJson(RecommendedModelsSchema, sharedModelsData(latest.map((s) => s.submission)), 200, { 'cache-control': 'no-store' });
}
