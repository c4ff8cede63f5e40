import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import { requireRole } from '../auth/authorizeRound';
import type { StoredSubmission } from '../storage/RoundStore';
import { ok } from '../http/problem';
import { withErrors } from '../http/withErrors';
import { openRound } from '../rounds/roundRoute';

/** The stored version without private notes (versions stored before notes were dropped may hold them). */
const withoutNotes = (s: StoredSubmission | undefined) => (s ? { ...s, submission: withoutPrivateNotes(s.submission) } : null);

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
      participants: participants.map((p) => ({ participantId: p.participantId, name: p.name, latest: withoutNotes(byId.get(p.participantId)) })),
    },
    200,
    { 'cache-control': 'no-store' },
  );
}

app.http('submissions-get', { methods: ['GET'], authLevel: 'anonymous', route: 'rounds/{roundId}/submissions', handler: withErrors(submissionsGet) });
