import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { ParticipantIdSchema } from '../../shared/schemas/submissionSchema';
import { problem } from '../http/problem';
import type { RoundStore, StoredRound } from '../storage/RoundStore';
import { bearerToken, verifySecret } from './secrets';

export type Caller = { role: 'coordinator' } | { role: 'participant'; participantId: string };

export type RoundAccess = { ok: true; stored: StoredRound; caller: Caller } | { ok: false; response: HttpResponseInit };

const COORDINATOR = 'coordinator';

/**
 * Who is calling this round: the coordinator (`coordinator.<secret>`) or one participant
 * (`<participantId>.<secret>`). No token → 401. A token that does not open this round → 404, the same
 * answer as for a round that does not exist, so outsiders learn nothing about which rounds exist.
 */
export async function authorizeRound(request: HttpRequest, store: RoundStore, roundId: string, lang: Lang): Promise<RoundAccess> {
  const token = bearerToken(request.headers.get('authorization'));
  if (!token) return { ok: false, response: problem(401, lang, { headers: { 'www-authenticate': 'Bearer' } }) };
  const notFound = { ok: false as const, response: problem(404, lang) };
  const dot = token.indexOf('.');
  const principal = dot > 0 ? token.slice(0, dot) : '';
  // A malformed token never reaches storage (its prefix would become a row key).
  if (!roundId || !(principal === COORDINATOR || ParticipantIdSchema.safeParse(principal).success)) return notFound;
  // Round and participant are read together whether or not the round exists, so a missing round and
  // a wrong token take the same path and about the same time.
  const [stored, participant] = await Promise.all([
    store.getRound(roundId),
    principal === COORDINATOR ? Promise.resolve(undefined) : store.getParticipant(roundId, principal),
  ]);
  if (!stored) return notFound;
  if (principal === COORDINATOR) {
    return verifySecret(token, stored.coordinatorKeyHash) ? { ok: true, stored, caller: { role: 'coordinator' } } : notFound;
  }
  if (participant && verifySecret(token, participant.tokenHash)) {
    return { ok: true, stored, caller: { role: 'participant', participantId: participant.participantId } };
  }
  return notFound;
}

/** 403 unless the caller is the coordinator or (when given) that participant. */
export function requireRole(access: { caller: Caller }, lang: Lang, participantId?: string): HttpResponseInit | undefined {
  const c = access.caller;
  if (c.role === 'coordinator') return undefined;
  if (participantId !== undefined && c.participantId === participantId) return undefined;
  return problem(403, lang);
}

/** Ids a participant can never get: the coordinator's principal. */
export const RESERVED_PRINCIPALS: readonly string[] = [COORDINATOR];

export const coordinatorKeyFor = (secret: string) => `${COORDINATOR}.${secret}`;
export const inviteTokenFor = (participantId: string, secret: string) => `${participantId}.${secret}`;
