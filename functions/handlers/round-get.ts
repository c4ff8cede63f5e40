import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { roundView } from '../../shared/rounds/roundView';
import { RoundViewSchema, type RoundView } from '../../shared/schemas/roundViewSchema';
import { okJson } from '../http/okJson';
import { openRound } from '../rounds/roundRoute';
import { currentPlan } from '../rounds/storedPlan';
import { visitStore } from '../storage/createVisitStore';
import type { VisitDetails } from '../../shared/schemas/visitDetailsSchema';

/**
 * GET /api/rounds/{roundId} (round members): the round's name, kind, themes (fi/sv/en) and phases.
 * A participant also gets its own entry, its latest submission's version and its place in the stored
 * interview plan with the agreed visit dates; the coordinator
 * gets every participant with its latest version and time (no submission bodies).
 */
export async function roundGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const caller = r.access.caller;
  const participants = await r.store.listParticipants(r.roundId);
  const round = r.access.stored.round;
  let view: RoundView;
  if (caller.role === 'participant') {
    const [plan, ownLatest, details] = await Promise.all([
      currentPlan(r.store, r.roundId, participants),
      r.store.getLatestPointer(r.roundId, caller.participantId),
      visitStore().listDocs<VisitDetails>(r.roundId, 'details'),
    ]);
    const visitDates = new Map(details.map((d) => [d.hostId, d.value.dates]));
    view = roundView({ round, participants, plan, participantId: caller.participantId, visitDates, ...(ownLatest ? { ownLatest } : {}) });
  } else {
    view = roundView({ round, participants, plan: undefined, latest: await r.store.listLatestPointers(r.roundId) });
  }
  return okJson(RoundViewSchema, view);
}
