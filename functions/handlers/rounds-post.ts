import { randomBytes } from 'node:crypto';
import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { RoundCreateSchema, slugId } from '../../shared/schemas/roundRequests';
import { RoundSchema } from '../../shared/schemas/roundSchema';
import { coordinatorKeyFor } from '../auth/authorizeRound';
import { bearerToken, hashSecret, newSecret, verifySecret } from '../auth/secrets';
import { requestLanguage } from '../http/language';
import { RoundCreatedSchema } from '../../shared/schemas/responses/invitationSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { roundStore } from '../storage/createRoundStore';
import { newParticipants } from '../rounds/newParticipants';

/** POST /api/rounds (round-creation key): a new round → its id, the coordinator key and invite tokens, shown once. */
export async function roundsPost(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  const token = bearerToken(request.headers.get('authorization'));
  if (!token) return problem(401, lang, { headers: { 'www-authenticate': 'Bearer' } });
  const creationKey = process.env.ROUND_CREATION_KEY;
  if (!creationKey || !verifySecret(token, hashSecret(creationKey))) {
    return problem(401, lang, { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
  }
  const body = await readBody(request, RoundCreateSchema, lang);
  if (!body.ok) return body.response;
  const input = body.value;
  const roundId = `${slugId(input.name, new Set(), 24)}-${randomBytes(6).toString('hex')}`;
  const round = RoundSchema.parse({
    roundId,
    name: input.name,
    participantKind: input.participantKind,
    themes: input.themes ?? DEFAULT_THEMES.map((t) => ({ id: t.id })),
    phases: input.phases ?? [],
    participants: [],
  });
  const coordinatorKey = coordinatorKeyFor(newSecret());
  const created = newParticipants(input.participants ?? [], new Set());
  await roundStore().createRound(
    { round, coordinatorKeyHash: hashSecret(coordinatorKey), createdAt: new Date().toISOString() },
    created.map((p) => p.stored),
  );
  context.log(`round created with ${created.length} participants`);
  return okJson(RoundCreatedSchema, { roundId, coordinatorKey, participants: created.map((p) => p.shown) }, 201, { location: `/api/rounds/${roundId}`, 'cache-control': 'no-store' });
}
