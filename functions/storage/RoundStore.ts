import type { InterviewPlan } from '../../shared/rounds/planInterviews';
import type { Contact } from '../../shared/schemas/contactSchema';
import type { Round } from '../../shared/schemas/roundSchema';
import type { Submission } from '../../shared/schemas/submissionSchema';

/** A round as stored: the round itself and the hash of its coordinator key (never the key). */
export interface StoredRound {
  round: Round;
  coordinatorKeyHash: string;
  createdAt: string;
}

export interface StoredParticipant {
  participantId: string;
  name: string;
  tokenHash: string;
  /** The contact person for its own visit, once the participant or the coordinator has set one. */
  contact?: Contact;
}

/** One version of a participant's submission. */
export interface StoredSubmission {
  participantId: string;
  version: number;
  submittedAt: string;
  submission: Submission;
}

/** The version the latest pointer holds; its `etag` is the HTTP ETag of the participant's submission. */
export interface LatestPointer {
  version: number;
  submittedAt: string;
  etag: string;
}

/** The round's stored interview plan and the storage ETag it was read with. */
export interface StoredPlan {
  plan: InterviewPlan;
  etag: string;
}

/** How a submission is written. */
export interface PutOptions {
  submittedAt: string;
  /** An If-Match header value: `*` or a list of ETags. */
  ifMatch?: string;
  /** The client's Idempotency-Key: a retry with it is recognised among the last few writes. */
  idempotencyKey?: string;
  /** A hash of the stored document: without a key, a write equal to the latest one is its retry. */
  contentHash: string;
}

/** The pointer after a put; `repeated` when the write was a retry of the latest version (nothing stored). */
export type PutResult = LatestPointer & { repeated: boolean };

/** The errors the store means (as opposed to what the SDK or the network throws). */
export class StoreError extends Error {}

/** A document does not fit the one entity it is stored in (a few texts full of quotes and line breaks); nothing was written. The API answers 413. */
export class DocumentTooLargeError extends StoreError {
  constructor(what: string) {
    super(`${what} too large for one entity`);
    this.name = 'DocumentTooLargeError';
  }
}

/** Storage could not be reached or failed; nothing was written. The API answers 503 with Retry-After. */
export class StorageUnavailableError extends StoreError {
  constructor(cause: unknown) {
    super('storage unavailable', { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** The `If-Match` did not match the latest version (or another write won the race). The API answers 412. */
export class PreconditionFailedError extends StoreError {
  constructor() {
    super('precondition failed');
    this.name = 'PreconditionFailedError';
  }
}

/** Too many concurrent writes to the same participant; the client should try again. The API answers 409. */
export class WriteConflictError extends StoreError {
  constructor() {
    super('write conflict');
    this.name = 'WriteConflictError';
  }
}

/** A round with this id, or a participant with this id in the round, exists already. */
export class AlreadyExistsError extends StoreError {
  constructor() {
    super('already exists');
    this.name = 'AlreadyExistsError';
  }
}

/**
 * Everything the API stores, partitioned by round. Implementations never half-write: a submission
 * version and the move of the latest pointer happen together or not at all.
 */
export interface RoundStore {
  /** Resolves when storage answers; rejects with StorageUnavailableError otherwise. */
  ping(): Promise<void>;
  /**
   * Creates a round with its first participants. The round becomes visible only when everything is
   * written: participants go first, the round entity last (AlreadyExistsError if the id is taken);
   * if the round's write fails, the participants written for it are removed again.
   */
  createRound(stored: StoredRound, participants?: readonly StoredParticipant[]): Promise<void>;
  getRound(roundId: string): Promise<StoredRound | undefined>;
  /** Replaces a stored round's document (its themes, say); the round must exist. */
  replaceRound(stored: StoredRound): Promise<void>;
  addParticipants(roundId: string, participants: readonly StoredParticipant[]): Promise<void>;
  getParticipant(roundId: string, participantId: string): Promise<StoredParticipant | undefined>;
  listParticipants(roundId: string): Promise<StoredParticipant[]>;
  /** Sets a participant's contact person (last write wins); false when there is no such participant. */
  setContact(roundId: string, participantId: string, contact: Contact): Promise<boolean>;
  /**
   * Stores a new version, unless the write repeats an earlier one (recentWrites.repeatedWrite: the
   * same Idempotency-Key, or the same content as the latest): then that version comes back with
   * `repeated` and nothing is stored. With `ifMatch`, only if the latest version's ETag is among them
   * (PreconditionFailedError otherwise); without, after whatever is latest, retrying with jitter
   * while other writes race, so every accepted write becomes its own version (WriteConflictError
   * only if they keep winning for CONFLICT_BUDGET_MS).
   */
  putSubmission(roundId: string, participantId: string, submission: Submission, options: PutOptions): Promise<PutResult>;
  getLatestPointer(roundId: string, participantId: string): Promise<LatestPointer | undefined>;
  getSubmission(roundId: string, participantId: string, version?: number): Promise<StoredSubmission | undefined>;
  /** The latest version of every participant that has submitted. */
  listLatestSubmissions(roundId: string): Promise<StoredSubmission[]>;
  /** Every latest pointer (version and time, no bodies), in participant id order. */
  listLatestPointers(roundId: string): Promise<(LatestPointer & { participantId: string })[]>;
  getPlan(roundId: string): Promise<StoredPlan | undefined>;
  /**
   * Writes the interview plan: created when `etag` is undefined (AlreadyExistsError if one exists),
   * otherwise replaced only if unchanged since read with that ETag (PreconditionFailedError).
   */
  putPlan(roundId: string, plan: InterviewPlan, etag?: string): Promise<void>;
}
