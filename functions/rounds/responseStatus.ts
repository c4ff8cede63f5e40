import type { ResponseBody, ResponseStatus, StoredResponse } from '../../shared/schemas/resultsReviewSchema';

/** `approved` when it approved (maybe with comments or lowerings), `commented` when it answered without approving. */
export function responseStatus(r: StoredResponse | undefined): ResponseStatus {
  if (!r) return 'not-opened';
  if (r.respondedAt === null) return r.openedAt ? 'opened' : 'not-opened';
  return r.approve ? 'approved' : 'commented';
}

export function responseBody(participantId: string, name: string, r: StoredResponse | undefined): ResponseBody {
  const v: StoredResponse = r ?? { openedAt: null, respondedAt: null, approve: null, comments: [], lowered: {} };
  return { participantId, name, status: responseStatus(r), ...v };
}
