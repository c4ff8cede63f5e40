import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { registerRoute } from '../http/registerRoute';
import { combineRound } from '../../shared/rounds/combineRound';
import { ok } from '../http/problem';
import { withRegisteredNames } from '../../shared/rounds/coordinatorData';
import { openRound } from '../rounds/roundRoute';

/** GET /api/rounds/{roundId}/summary: combined results; the coordinator's view counts every rating, members' only shared ones. */
export async function summaryGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const [latest, participants] = await Promise.all([r.store.listLatestSubmissions(r.roundId), r.store.listParticipants(r.roundId)]);
  const audience = r.access.caller.role === 'coordinator' ? 'coordinator' : 'member';
  const summary = combineRound(withRegisteredNames(latest, participants), { audience, themeIds: r.access.stored.round.themes.map((t) => t.id) });
  return ok(summary, 200, { 'cache-control': 'no-store' });
}

registerRoute('summary-get', { methods: ['GET'], route: 'rounds/{roundId}/summary', handler: summaryGet });
