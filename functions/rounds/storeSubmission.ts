import { createHash } from 'node:crypto';
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { makeIssue, type FieldIssue } from '../../shared/schemas/fieldIssue';
import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { ok, problem } from '../http/problem';
import type { RoundRequest } from './roundRoute';

type OpenRound = Extract<RoundRequest, { ok: true }>;

/** Only the participant itself may write its submission (403 otherwise). */
export function ownSubmissionOnly(r: OpenRound): HttpResponseInit | undefined {
  const caller = r.access.caller;
  return caller.role === 'participant' && caller.participantId === r.participantId ? undefined : problem(403, r.lang);
}

/** The ids in a submission that do not match its route (it may leave them out): round, participant. */
export function routeMismatches(r: OpenRound, s: Submission): FieldIssue[] {
  return [
    ...(s.roundId !== undefined && s.roundId !== r.roundId ? [makeIssue(['roundId'], 'invalid_value', { allowed: [r.roundId] })] : []),
    ...(s.participantId !== undefined && s.participantId !== r.participantId ? [makeIssue(['participantId'], 'invalid_value', { allowed: [r.participantId!] })] : []),
  ];
}

/**
 * What makes two PUTs the same write: the client's `Idempotency-Key` (printable, at most 200
 * characters), else the content itself, so a client that lost the answer and sends the same body
 * again does not make a second version.
 */
export function writeKeyFor(request: HttpRequest, stored: Submission): string {
  const key = request.headers.get('idempotency-key');
  if (key && /^[\x21-\x7e]{1,200}$/.test(key)) return `key:${key}`;
  return `sha256:${createHash('sha256').update(JSON.stringify(stored)).digest('base64url')}`;
}

/**
 * Stores a validated submission whose ids match the route (routeMismatches) as the participant's
 * next version (PUT and the xlsx import share it); `If-Match` is honoured (412 when stale). A retry
 * of the latest write answers 200 with that version instead of storing a second one. Private model
 * notes are dropped: they never leave the participant's own workbook.
 */
export async function storeSubmission(r: OpenRound, s: Submission, request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const pid = r.participantId!;
  const ifMatch = request.headers.get('if-match') ?? undefined;
  const stored = withoutPrivateNotes({ ...s, roundId: r.roundId, participantId: pid });
  const pointer = await r.store.putSubmission(r.roundId, pid, stored, {
    submittedAt: new Date().toISOString(),
    writeKey: writeKeyFor(request, stored),
    ...(ifMatch !== undefined ? { ifMatch } : {}),
  });
  context.log(pointer.repeated ? `repeated write of version ${pointer.version}` : `stored submission version ${pointer.version}`);
  return ok({ version: pointer.version, submittedAt: pointer.submittedAt }, pointer.repeated ? 200 : 201, {
    etag: pointer.etag,
    location: `/api/rounds/${r.roundId}/submissions/${pid}?version=${pointer.version}`,
  });
}
