import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { toChunkEntities } from './documentChunks';
import { moveLatestActions, type LatestEntity } from './latestRows';
import { parseRecent, repeatedWrite, withWrite } from './recentWrites';
import { retryOnConflict } from './retryOnConflict';
import { PreconditionFailedError, StoreError, WriteConflictError, type LatestPointer, type PutOptions, type PutResult } from './RoundStore';
import { transact, versionPrefix } from './tableRows';

/** A submission version's HTTP ETag. */
const httpEtag = (version: number) => `"v${version}"`;
/** A pointer row (or a remembered write) as the API's latest pointer. */
export const pointerOf = (e: { version: number; submittedAt: string }): LatestPointer => ({ version: e.version, submittedAt: e.submittedAt, etag: httpEtag(e.version) });

/** Whether an If-Match value (`*` or a comma-separated list of ETags) matches `version`. */
function ifMatchAccepts(ifMatch: string, version: number | undefined): boolean {
  if (version === undefined) return false;
  return ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === httpEtag(version));
}

/** Another write moved the pointer between our read and our write (internal: the put retries). */
class WriteRaceError extends StoreError {}

/** Where one participant's versions live, and how its pointer row is read (one point read, without the body). */
export interface SubmissionRows {
  table: TableClient;
  roundId: string;
  participantId: string;
  latest: () => Promise<LatestEntity | undefined>;
}

/**
 * A new version of one participant's submission (RoundStore.putSubmission): a retry of a write that
 * landed stores nothing, a stale If-Match is refused, and a write that lost a race to another is
 * read again and retried (WriteConflictError when it keeps losing).
 */
export async function putSubmissionVersion(rows: SubmissionRows, submission: Submission, options: PutOptions): Promise<PutResult> {
  const json = JSON.stringify(submission);
  const id = { contentHash: options.contentHash, ...(options.idempotencyKey !== undefined ? { idempotencyKey: options.idempotencyKey } : {}), ...(options.ifMatch !== undefined ? { ifMatch: options.ifMatch } : {}) };
  return retryOnConflict(
    async () => {
      const current = await rows.latest();
      const recent = parseRecent(current?.recent);
      // A retry of a write that landed (the client lost the answer) stores nothing.
      const earlier = repeatedWrite(recent, id, ifMatchAccepts);
      if (earlier) return { ...pointerOf({ version: earlier.v, submittedAt: earlier.t }), repeated: true };
      if (options.ifMatch !== undefined && !ifMatchAccepts(options.ifMatch, current?.version)) throw new PreconditionFailedError();
      return { ...(await writeVersion(rows, json, options, current, recent)), repeated: false };
    },
    // Another write moved the pointer (or ours landed and the answer was lost): read again and see.
    (err) => err instanceof WriteRaceError,
  ).catch((err: unknown) => {
    throw err instanceof WriteRaceError ? new WriteConflictError() : err;
  });
}

/**
 * One transaction: the version's chunks, and the pointer (with the same body, latestRows) moved only
 * if nobody moved it since `current` was read.
 */
async function writeVersion(rows: SubmissionRows, json: string, options: PutOptions, current: LatestEntity | undefined, recent: ReturnType<typeof parseRecent>): Promise<LatestPointer> {
  const { roundId, participantId } = rows;
  const { submittedAt } = options;
  const version = (current?.version ?? 0) + 1;
  const prefix = versionPrefix(participantId, version);
  const chunks = toChunkEntities(json);
  const actions: TransactionAction[] = chunks.map((props, i) => [
    'create',
    { partitionKey: roundId, rowKey: `${prefix}${String(i).padStart(3, '0')}`, submittedAt, ...props },
  ]);
  const write = { ...(options.idempotencyKey !== undefined ? { k: options.idempotencyKey } : {}), h: options.contentHash, v: version, t: submittedAt };
  actions.push(...moveLatestActions(roundId, participantId, { version, submittedAt, recent: withWrite(recent, write) }, chunks, current));
  await transact(rows.table, actions, () => new WriteRaceError());
  return { version, submittedAt, etag: httpEtag(version) };
}
