import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { ParticipantIdSchema, RoundIdSchema } from '../../shared/schemas/submissionSchema';
import { authorizeRound, type RoundAccess } from '../auth/authorizeRound';
import { requestLanguage } from '../http/language';
import { problem } from '../http/problem';
import { roundStore } from '../storage/createRoundStore';
import type { RoundStore } from '../storage/RoundStore';

export type RoundRequest =
  | { ok: true; lang: Lang; store: RoundStore; roundId: string; participantId?: string; access: Extract<RoundAccess, { ok: true }> }
  | { ok: false; response: HttpResponseInit };

/**
 * The common start of every round route: language, path parameters checked (an odd character gets
 * 404, like an unknown round), and the caller authorized for this round.
 */
export async function openRound(request: HttpRequest): Promise<RoundRequest> {
  const lang = requestLanguage(request);
  const roundId = request.params.roundId ?? '';
  const participantId = request.params.participantId;
  const badPath = !RoundIdSchema.safeParse(roundId).success || (participantId !== undefined && !ParticipantIdSchema.safeParse(participantId).success);
  const store = roundStore();
  const access = await authorizeRound(request, store, badPath ? '' : roundId, lang);
  if (!access.ok) return access;
  if (badPath) return { ok: false, response: problem(404, lang) };
  return { ok: true, lang, store, roundId, ...(participantId !== undefined ? { participantId } : {}), access };
}
