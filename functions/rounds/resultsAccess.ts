import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { problem } from '../http/problem';
import { resultsStore } from '../storage/createResultsStore';
import type { ResultsStore } from '../storage/ResultsStore';
import { openRound, type RoundRequest } from './roundRoute';

/** Who calls a results route: the coordinator, a participant, or the participant the path names (`self`). */
export type ResultsRole = 'coordinator' | 'participant' | 'self';

/** Which roles each results route serves; any other member gets 403, outsiders the round's 401/404. */
export const RESULTS_ROUTE_ROLES = {
  'results-review-post': ['coordinator'],
  'results-preview-get': ['participant', 'self'],
  'results-response-put': ['self'],
  'results-responses-get': ['coordinator'],
  'results-final-post': ['coordinator'],
  'results-get': ['participant', 'self', 'coordinator'],
  'publication-post': ['coordinator'],
  'publication-delete': ['coordinator'],
} as const satisfies Record<string, readonly ResultsRole[]>;
export type ResultsRoute = keyof typeof RESULTS_ROUTE_ROLES;

export type OpenResults = Extract<RoundRequest, { ok: true }> & { role: ResultsRole; callerId: string; results: ResultsStore };

/** The round opened (401/404 for outsiders) and the caller's role allowed for `route` (403). */
export async function openResults(request: HttpRequest, route: ResultsRoute): Promise<{ ok: true; r: OpenResults } | { ok: false; response: HttpResponseInit }> {
  const r = await openRound(request);
  if (!r.ok) return r;
  const c = r.access.caller;
  const role: ResultsRole = c.role === 'coordinator' ? 'coordinator' : c.participantId === r.participantId ? 'self' : 'participant';
  if (!(RESULTS_ROUTE_ROLES[route] as readonly ResultsRole[]).includes(role)) return { ok: false, response: problem(403, r.lang) };
  return { ok: true, r: { ...r, role, callerId: c.role === 'coordinator' ? 'coordinator' : c.participantId, results: resultsStore() } };
}
