import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { PreviousLinkSchema, PreviousLinkInputSchema, type PreviousLink } from '../../shared/schemas/progressSchema';
import { verifySecret } from '../auth/secrets';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { openProgress } from '../rounds/progressAccess';
import { mappingIssues, PROGRESS_DETAILS } from '../rounds/progressIssues';

/**
 * PUT /api/rounds/{roundId}/previous (coordinator of the new round): links an earlier round and maps
 * participants (new id → earlier id). The earlier round's coordinator key proves the caller may read
 * it: checked against its stored hash like any coordinator key (wrong → 403 in words, unknown round
 * → 404) and never stored. Unknown ids on either side → 422 naming them. Replaces an earlier link.
 */
export async function previousRoundPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openProgress(request, 'previous-round-put');
  if (!o.ok) return o.response;
  const { r } = o;
  const input = await readBody(request, PreviousLinkInputSchema, r.lang);
  if (!input.ok) return input.response;
  const { previousRoundId, previousCoordinatorKey, participants } = input.value;
  const previous = previousRoundId === r.roundId ? r.access.stored : await r.store.getRound(previousRoundId);
  if (!previous) return problem(404, r.lang, { detail: PROGRESS_DETAILS.unknownRound[r.lang] });
  if (!verifySecret(previousCoordinatorKey, previous.coordinatorKeyHash)) return problem(403, r.lang, { detail: PROGRESS_DETAILS.wrongKey[r.lang] });
  const [mine, theirs] = await Promise.all([r.store.listParticipants(r.roundId), r.store.listParticipants(previousRoundId)]);
  const issues = mappingIssues(r.roundId, previousRoundId, participants, new Set(mine.map((p) => p.participantId)), new Set(theirs.map((p) => p.participantId)), r.lang);
  if (issues.length > 0) return problem(422, r.lang, { localizedErrors: issues });
  const link: PreviousLink = { previousRoundId, participants, linkedAt: new Date().toISOString() };
  return okJson(PreviousLinkSchema, await r.progress.writePreviousLink(r.roundId, link), 200, { 'cache-control': 'no-store' });
}
