import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { readSubmission } from '../http/readSubmission';
import { openRound } from '../rounds/roundRoute';
import { ownSubmissionOnly, routeMismatches, storeSubmission } from '../rounds/storeSubmission';
import { problem } from '../http/problem';

/**
 * PUT /api/rounds/{roundId}/submissions/{participantId} (that participant): stores a new version.
 * `If-Match` with the ETag of the version the client started from gives 412 if another version came
 * in between; every version stays readable.
 */
export async function submissionPut(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const denied = ownSubmissionOnly(r);
  if (denied) return denied;
  const input = await readSubmission(request, { themeIds: r.access.stored.round.themes.map((t) => t.id) });
  if (!input.ok) return input.response;
  const mismatch = routeMismatches(r, input.submission);
  if (mismatch.length > 0) return problem(422, r.lang, { errors: mismatch });
  return storeSubmission(r, input.submission, request, context);
}
