import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { registerRoute } from '../http/registerRoute';
import { combineRound } from '../../shared/rounds/combineRound';
import { ok } from '../http/problem';
import { withRegisteredNames } from '../../shared/rounds/coordinatorData';
import { releasedReports } from '../../shared/rounds/visitEntries';
import { openRound } from '../rounds/roundRoute';
import { readVisitRecords } from '../rounds/visitRecords';
import { visitStore } from '../storage/createVisitStore';

/**
 * GET /api/rounds/{roundId}/summary: combined results; the coordinator's view counts every rating,
 * members' only shared ones. Both carry, per theme, the strengths and development areas from released
 * feedback reports at their hosts' levels (never `team`; the host's name only where `named`).
 */
export async function summaryGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const [latest, participants, visits] = await Promise.all([
    r.store.listLatestSubmissions(r.roundId),
    r.store.listParticipants(r.roundId),
    readVisitRecords(visitStore(), r.roundId, 'released'),
  ]);
  const audience = r.access.caller.role === 'coordinator' ? 'coordinator' : 'member';
  const names = new Map(participants.map((p) => [p.participantId, p.name]));
  const summary = combineRound(withRegisteredNames(latest, participants), {
    audience,
    themeIds: r.access.stored.round.themes.map((t) => t.id),
    releasedReports: releasedReports(visits, names),
  });
  return ok(summary, 200, { 'cache-control': 'no-store' });
}

registerRoute('summary-get', { methods: ['GET'], route: 'rounds/{roundId}/summary', handler: summaryGet });
