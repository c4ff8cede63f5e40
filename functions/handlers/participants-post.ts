import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { AddParticipantsSchema } from '../../shared/schemas/roundRequests';
import { requireRole } from '../auth/authorizeRound';
import { ParticipantsAddedSchema } from '../../shared/schemas/responses/invitationSchema';
import { okJson } from '../http/okJson';
import { readBody } from '../http/readBody';
import { newParticipants } from '../rounds/newParticipants';
import { openRound } from '../rounds/roundRoute';
import { currentPlan } from '../rounds/storedPlan';
import { AlreadyExistsError } from '../storage/RoundStore';
import { retryOnConflict } from '../storage/retryOnConflict';

/** POST /api/rounds/{roundId}/participants (coordinator): new participants → invite tokens, shown once. */
export async function participantsPost(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = requireRole(r.access, r.lang);
  if (denied) return denied;
  const body = await readBody(request, AddParticipantsSchema, r.lang);
  if (!body.ok) return body.response;
  // Ids come from names; when a concurrent request took one first, pick again from the fresh list
  // (with jitter, so concurrent additions spread out instead of colliding again).
  let created: ReturnType<typeof newParticipants> = [];
  await retryOnConflict(async () => {
    const taken = new Set((await r.store.listParticipants(r.roundId)).map((p) => p.participantId));
    created = newParticipants(body.value.participants, taken);
    await r.store.addParticipants(r.roundId, created.map((p) => p.stored));
  }, (err) => err instanceof AlreadyExistsError);
  context.log(`added ${created.length} participants`);
  // A stored interview plan gets visits for the newcomers; should this fail, the next read of the
  // plan extends it (the participants are added either way, so the request must not fail now).
  await currentPlan(r.store, r.roundId).catch((err: unknown) => context.warn(`interview plan not extended yet: ${err instanceof Error ? err.name : 'error'}`));
  return okJson(ParticipantsAddedSchema, { participants: created.map((p) => p.shown) }, 201, { 'cache-control': 'no-store' });
}
