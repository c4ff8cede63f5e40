import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { combineRound } from '../../shared/rounds/combineRound';
import { ok } from '../http/problem';
import { withErrors } from '../http/withErrors';
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
  const summary = combineRound(latest.map((s) => s.submission), { audience: 'member', themeIds: [] });
  const mostRecommended = summary.models
    .flatMap((m) => (m.recommendedCount ? [{ modelId: m.modelId, recommendedCount: m.recommendedCount }] : []))
    .sort((a, b) => b.recommendedCount - a.recommendedCount || (a.modelId < b.modelId ? -1 : 1))
    .slice(0, 10);
  return ok({ participantCount: summary.participantCount, models: summary.models, mostRecommended }, 200, { 'cache-control': 'no-store' });
}

app.http('recommended-models-get', { methods: ['GET'], authLevel: 'anonymous', route: 'rounds/{roundId}/recommended-models', handler: withErrors(recommendedModelsGet) });
