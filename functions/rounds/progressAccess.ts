import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { EarlierRatings } from '../../shared/schemas/progressSchema';
import { problem } from '../http/problem';
import { progressStore, type ProgressStore } from '../storage/ProgressStore';
import type { RoundStore } from '../storage/RoundStore';
import type { ResultsRole } from './resultsAccess';
import { openRound, type RoundRequest } from './roundRoute';

/** Which roles each progress route serves; any other member gets 403, outsiders the round's 401/404. */
export const PROGRESS_ROUTE_ROLES = {
  'previous-round-put': ['coordinator'],
  'previous-round-get': ['coordinator'],
  'earlier-submission-get': ['self'],
} as const satisfies Record<string, readonly ResultsRole[]>;
export type ProgressRoute = keyof typeof PROGRESS_ROUTE_ROLES;

export type OpenProgress = Extract<RoundRequest, { ok: true }> & { role: ResultsRole; progress: ProgressStore };

/** The round opened (401/404 for outsiders) and the caller's role allowed for `route` (403). */
export async function openProgress(request: HttpRequest, route: ProgressRoute): Promise<{ ok: true; r: OpenProgress } | { ok: false; response: HttpResponseInit }> {
  const r = await openRound(request);
  if (!r.ok) return r;
  const c = r.access.caller;
  const role: ResultsRole = c.role === 'coordinator' ? 'coordinator' : c.participantId === r.participantId ? 'self' : 'participant';
  if (!(PROGRESS_ROUTE_ROLES[route] as readonly ResultsRole[]).includes(role)) return { ok: false, response: problem(403, r.lang) };
  return { ok: true, r: { ...r, role, progress: progressStore() } };
}

/**
 * A participant's own latest submission in the linked earlier round, reduced to its ratings (no
 * texts, nobody else's data). `no-link` when the round has none; `none` when the participant is not
 * mapped, or has no submission there.
 */
export async function earlierRatingsOf(store: RoundStore, progress: ProgressStore, roundId: string, participantId: string): Promise<EarlierRatings | 'no-link' | 'none'> {
  const link = await progress.previousLink(roundId);
  if (!link) return 'no-link';
  const previousId = Object.hasOwn(link.participants, participantId) ? link.participants[participantId] : undefined;
  if (previousId === undefined) return 'none';
  const [previous, latest] = await Promise.all([store.getRound(link.previousRoundId), store.getSubmission(link.previousRoundId, previousId)]);
  if (!previous || !latest) return 'none';
  const ratings = latest.submission.selfAssessment.flatMap((s) => (s.rating !== undefined ? [{ themeId: s.themeId, rating: s.rating }] : []));
  return { previousRoundId: link.previousRoundId, previousRoundName: previous.round.name, submittedAt: latest.submittedAt, ratings };
}
