import type { HttpResponseInit } from '@azure/functions';
import type { ReviewState } from '../../shared/schemas/resultsReviewSchema';
import { problem } from '../http/problem';
import type { OpenResults } from './resultsAccess';
import { RESULTS_DETAILS } from './resultsIssues';

/** The open review, or the answer (404 or 409, with a detail in words) that there is none yet. */
export async function reviewOr(r: OpenResults, status: 404 | 409): Promise<{ ok: true; review: ReviewState } | { ok: false; response: HttpResponseInit }> {
  const doc = await r.results.review<Omit<ReviewState, 'revision'>>(r.roundId);
  if (!doc) return { ok: false, response: problem(status, r.lang, { detail: RESULTS_DETAILS.noReview[r.lang] }) };
  return { ok: true, review: { ...doc.value, revision: doc.revision } };
}

export const EMPTY_RESPONSE = { openedAt: null, respondedAt: null, approve: null, comments: [], lowered: {} } as const;
