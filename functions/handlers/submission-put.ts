import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { makeIssue } from '../../shared/schemas/fieldIssue';
import { problem, ok } from '../http/problem';
import { readSubmission } from '../http/readSubmission';
import { withErrors } from '../http/withErrors';
import { openRound } from '../rounds/roundRoute';

/**
 * PUT /api/rounds/{roundId}/submissions/{participantId} (that participant): stores a new version.
 * `If-Match` with the ETag of the version the client started from gives 412 if another version came
 * in between; every version stays readable.
 */
export async function submissionPut(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const r = await openRound(request);
  if (!r.ok) return r.response;
  const pid = r.participantId!;
  const caller = r.access.caller;
  if (caller.role !== 'participant' || caller.participantId !== pid) return problem(403, r.lang);
  const input = await readSubmission(request, { themeIds: r.access.stored.round.themes.map((t) => t.id) });
  if (!input.ok) return input.response;
  const s = input.submission;
  const mismatch = [
    ...(s.roundId !== undefined && s.roundId !== r.roundId ? [makeIssue(['roundId'], 'invalid_value', { allowed: [r.roundId] })] : []),
    ...(s.participantId !== undefined && s.participantId !== pid ? [makeIssue(['participantId'], 'invalid_value', { allowed: [pid] })] : []),
  ];
  if (mismatch.length > 0) return problem(422, r.lang, { errors: mismatch });
  const ifMatch = request.headers.get('if-match') ?? undefined;
  const pointer = await r.store.putSubmission(r.roundId, pid, { ...s, roundId: r.roundId, participantId: pid }, new Date().toISOString(), ifMatch);
  context.log(`stored submission version ${pointer.version}`);
  return ok({ version: pointer.version, submittedAt: pointer.submittedAt }, 201, {
    etag: pointer.etag,
    location: `/api/rounds/${r.roundId}/submissions/${pid}?version=${pointer.version}`,
  });
}

app.http('submission-put', { methods: ['PUT'], authLevel: 'anonymous', route: 'rounds/{roundId}/submissions/{participantId}', handler: withErrors(submissionPut) });
