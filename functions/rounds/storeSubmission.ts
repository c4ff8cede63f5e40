import { createHash } from 'node:crypto';
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { makeIssue, type FieldIssue } from '../../shared/schemas/fieldIssue';
import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import type { Lang } from '../../shared/i18n/lang';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { SubmissionVersionSchema } from '../../shared/schemas/responses/storedSubmissionSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
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

const BAD_KEY = {
  fi: 'Idempotency-Key-otsakkeen on oltava 1–200 tulostettavaa ASCII-merkkiä ilman välilyöntejä.',
  sv: 'Idempotency-Key måste vara 1–200 synliga ASCII-tecken utan mellanslag.',
  en: 'The Idempotency-Key header must be 1–200 visible ASCII characters, without spaces.',
} satisfies Record<Lang, string>;

/**
 * What makes two PUTs the same write: the client's `Idempotency-Key` (visible ASCII, at most 200
 * characters; anything else is a 400), and the content, so a client that lost the answer and sends
 * the same body again does not make a second version.
 */
export function writeIdentity(request: HttpRequest, stored: Submission): { idempotencyKey?: string; contentHash: string } | undefined {
  const key = request.headers.get('idempotency-key');
  if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key)) return undefined;
  const contentHash = createHash('sha256').update(JSON.stringify(stored)).digest('base64url');
  return key !== null ? { idempotencyKey: key, contentHash } : { contentHash };
}

/**
 * Stores a validated submission whose ids match the route (routeMismatches) as the participant's
 * next version (PUT and the xlsx import share it); `If-Match` is honoured (412 when stale). A retry
 * of an earlier write answers 200 with that version instead of storing a second one. Private model
 * notes are dropped: they never leave the participant's own workbook. A contact person in it is set
 * as the participant's contact.
 */
export async function storeSubmission(r: OpenRound, s: Submission, request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const pid = r.participantId!;
  const ifMatch = request.headers.get('if-match') ?? undefined;
  const stored = withoutPrivateNotes({ ...s, roundId: r.roundId, participantId: pid });
  const identity = writeIdentity(request, stored);
  if (!identity) return problem(400, r.lang, { detail: BAD_KEY[r.lang] });
  const pointer = await r.store.putSubmission(r.roundId, pid, stored, {
    submittedAt: new Date().toISOString(),
    ...identity,
    ...(ifMatch !== undefined ? { ifMatch } : {}),
  });
  context.log(pointer.repeated ? `repeated write of version ${pointer.version}` : `stored submission version ${pointer.version}`);
  // The contact person it carries becomes the participant's contact for the round. Last write wins,
  // as on PUT …/participants/{participantId}/contact: a later submission or a coordinator's write
  // replaces it. A retry sets it again, so a contact lost to a failure after the version was stored
  // still lands.
  if (stored.contact) await r.store.setContact(r.roundId, pid, stored.contact);
  return okJson(SubmissionVersionSchema, { version: pointer.version, submittedAt: pointer.submittedAt }, pointer.repeated ? 200 : 201, {
    etag: pointer.etag,
    location: `/api/rounds/${r.roundId}/submissions/${pid}?version=${pointer.version}`,
  });
}
