import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { requireRole } from '../auth/authorizeRound';
import { ok } from '../http/problem';
import { withErrors } from '../http/withErrors';
import { openRound } from '../rounds/roundRoute';

/** GET /api/rounds/{roundId}/submissions (coordinator): the round and every participant with its latest version, for the coordinator workbook. */
export async function submissionsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  const [participants, latest] = await Promise.all([r.store.listParticipants(r.roundId), r.store.listLatestSubmissions(r.roundId)]);
  const byId = new Map(latest.map((s) => [s.participantId, s]));
  const { round } = r.access.stored;
  return ok(
    {
      round: { roundId: round.roundId, name: round.name, participantKind: round.participantKind, themes: round.themes, phases: round.phases },
      participants: participants.map((p) => ({ participantId: p.participantId, name: p.name, latest: byId.get(p.participantId) ?? null })),
    },
    200,
    { 'cache-control': 'no-store' },
  );
}

app.http('submissions-get', { methods: ['GET'], authLevel: 'anonymous', route: 'rounds/{roundId}/submissions', handler: withErrors(submissionsGet) });
