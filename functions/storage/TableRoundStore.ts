import { odata, TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { retryOnConflict } from './retryOnConflict';
import {
  AlreadyExistsError,
  PreconditionFailedError,
  type LatestPointer,
  type PutOptions,
  type PutResult,
  type RoundStore,
  type StoredParticipant,
  type StoredRound,
  type StoredSubmission,
  WriteConflictError,
} from './RoundStore';
import { statusOf, storageCall, storageRead } from './storageCall';

/** Row keys inside a round's partition. Ids are [a-z0-9-], so `|` separates safely. */
const ROUND_KEY = 'round';
const participantKey = (pid: string) => `participant|${pid}`;
const latestKey = (pid: string) => `latest|${pid}`;
const versionPrefix = (pid: string, version: number) => `submission|${pid}|${String(version).padStart(10, '0')}|`;

const httpEtag = (version: number) => `"v${version}"`;
const pointerOf = (e: { version: number; submittedAt: string }): LatestPointer => ({ version: e.version, submittedAt: e.submittedAt, etag: httpEtag(e.version) });

const participantAction = (roundId: string, p: StoredParticipant): TransactionAction => [
  'create',
  { partitionKey: roundId, rowKey: participantKey(p.participantId), name: p.name, tokenHash: p.tokenHash },
];

/** Whether an If-Match value (`*` or a comma-separated list of ETags) matches the latest version. */
function ifMatchAccepts(ifMatch: string, latest: number | undefined): boolean {
  if (latest === undefined) return false;
  return ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === httpEtag(latest));
}

/** A transaction; a 409 (an entity it creates exists) becomes `conflict`. */
const transact = (t: TableClient, actions: TransactionAction[], conflict: () => Error) =>
  storageCall(async (abortSignal) => {
    try {
      await t.submitTransaction(actions, { abortSignal });
    } catch (err) {
      if (statusOf(err) === 409) throw conflict();
      throw err;
    }
  });

type LatestEntity = TableEntityResult<{ version: number; submittedAt: string; writeKey?: string }>;

export interface TableRoundStoreOptions {
  /** Where failures that leave no error to the caller are reported (a rollback that failed); never secrets. */
  log?: (line: string) => void;
}

/** Azure Table Storage (or Azurite): one table, one partition per round. */
export class TableRoundStore implements RoundStore {
  private ready: Promise<void> | undefined;

  private readonly log: (line: string) => void;

  constructor(private readonly client: TableClient, options: TableRoundStoreOptions = {}) {
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  private async table(): Promise<TableClient> {
    this.ready ??= storageCall((abortSignal) => this.client.createTable({ abortSignal })).catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    await this.ready;
    return this.client;
  }

  async ping(): Promise<void> {
    await this.table();
    await storageCall(async (abortSignal) => {
      await this.client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'-ping-'}` }, abortSignal }).byPage({ maxPageSize: 1 }).next();
    });
  }

  async createRound(stored: StoredRound, participants: readonly StoredParticipant[] = []): Promise<void> {
    const t = await this.table();
    const roundId = stored.round.roundId;
    if (await this.getRound(roundId)) throw new AlreadyExistsError();
    // Participants beyond the first 99 go first; the round appears in the last transaction together
    // with the first 99, so a failure never leaves a visible round with only some of its participants,
    // and the ones written ahead are removed again.
    const ahead = participants.slice(99);
    if (ahead.length > 0) await this.addParticipants(roundId, ahead);
    const actions: TransactionAction[] = [
      ['create', { partitionKey: roundId, rowKey: ROUND_KEY, doc: JSON.stringify(stored) }],
      ...participants.slice(0, 99).map((p) => participantAction(roundId, p)),
    ];
    try {
      await transact(t, actions, () => new AlreadyExistsError());
    } catch (err) {
      await this.removeParticipants(roundId, ahead, 'creating a round');
      throw err;
    }
  }

  async getRound(roundId: string): Promise<StoredRound | undefined> {
    const t = await this.table();
    const e = await storageRead((abortSignal) => t.getEntity<{ doc: string }>(roundId, ROUND_KEY, { abortSignal }));
    return e ? (JSON.parse(e.doc) as StoredRound) : undefined;
  }

  async addParticipants(roundId: string, participants: readonly StoredParticipant[]): Promise<void> {
    const t = await this.table();
    const written: StoredParticipant[] = [];
    // Batches of 100 (the transaction limit), each all-or-nothing; if a later batch fails the earlier
    // ones are removed again, so a request adds all of its participants or none.
    try {
      for (let i = 0; i < participants.length; i += 100) {
        const batch = participants.slice(i, i + 100);
        await transact(t, batch.map((p) => participantAction(roundId, p)), () => new AlreadyExistsError());
        written.push(...batch);
      }
    } catch (err) {
      await this.removeParticipants(roundId, written, 'adding participants');
      throw err;
    }
  }

  /** Undoes participants written by a request that then failed; a failed undo is logged (ids and counts only). */
  private async removeParticipants(roundId: string, participants: readonly StoredParticipant[], during: string): Promise<void> {
    const t = await this.table();
    for (let i = 0; i < participants.length; i += 100) {
      const batch = participants.slice(i, i + 100);
      try {
        await transact(t, batch.map((p) => ['delete', { partitionKey: roundId, rowKey: participantKey(p.participantId) }]), () => new AlreadyExistsError());
      } catch (err) {
        this.log(`rollback failed after ${during} in round ${roundId}: ${batch.length} participant rows left (${batch.map((p) => p.participantId).join(', ')}): ${(err as Error).name}`);
      }
    }
  }

  async getParticipant(roundId: string, participantId: string): Promise<StoredParticipant | undefined> {
    const t = await this.table();
    const e = await storageRead((abortSignal) => t.getEntity<{ name: string; tokenHash: string }>(roundId, participantKey(participantId), { abortSignal }));
    return e ? { participantId, name: e.name, tokenHash: e.tokenHash } : undefined;
  }

  async listParticipants(roundId: string): Promise<StoredParticipant[]> {
    const rows = await this.range<{ name: string; tokenHash: string }>(roundId, 'participant|');
    return rows.map((e) => ({ participantId: (e.rowKey ?? '').slice('participant|'.length), name: e.name, tokenHash: e.tokenHash }));
  }

  async getLatestPointer(roundId: string, participantId: string): Promise<LatestPointer | undefined> {
    const e = await this.latestEntity(roundId, participantId);
    return e ? pointerOf(e) : undefined;
  }

  async putSubmission(roundId: string, participantId: string, submission: Submission, options: PutOptions): Promise<PutResult> {
    const json = JSON.stringify(submission);
    return retryOnConflict(
      async () => {
        const current = await this.latestEntity(roundId, participantId);
        // A retry of the write that is already latest (the client lost the answer) stores nothing:
        // the same key, and for a conditional write the same starting point (the version before it).
        if (current && current.writeKey === options.writeKey && (options.ifMatch === undefined || ifMatchAccepts(options.ifMatch, current.version - 1))) {
          return { ...pointerOf(current), repeated: true };
        }
        if (options.ifMatch !== undefined && !ifMatchAccepts(options.ifMatch, current?.version)) throw new PreconditionFailedError();
        return { ...(await this.writeVersion(roundId, participantId, json, options, current)), repeated: false };
      },
      // With If-Match the client chose the version to follow: another write winning is its 412.
      (err) => err instanceof PreconditionFailedError && options.ifMatch === undefined,
    ).catch((err: unknown) => {
      throw err instanceof PreconditionFailedError && options.ifMatch === undefined ? new WriteConflictError() : err;
    });
  }

  /** One transaction: the version's chunks, and the pointer moved only if nobody moved it since `current` was read. */
  private async writeVersion(roundId: string, participantId: string, json: string, options: PutOptions, current: LatestEntity | undefined): Promise<LatestPointer> {
    const t = await this.table();
    const { submittedAt, writeKey } = options;
    const version = (current?.version ?? 0) + 1;
    const prefix = versionPrefix(participantId, version);
    const actions: TransactionAction[] = toChunkEntities(json).map((props, i) => [
      'create',
      { partitionKey: roundId, rowKey: `${prefix}${String(i).padStart(3, '0')}`, submittedAt, ...props },
    ]);
    const latest = { partitionKey: roundId, rowKey: latestKey(participantId), version, submittedAt, writeKey };
    actions.push(current ? ['update', latest, 'Replace', { etag: current.etag }] : ['create', latest]);
    await storageCall(async (abortSignal) => {
      try {
        await t.submitTransaction(actions, { abortSignal });
      } catch (err) {
        const status = statusOf(err);
        if (status === 412 || status === 409) throw new PreconditionFailedError();
        throw err;
      }
    });
    return { version, submittedAt, etag: httpEtag(version) };
  }

  async getSubmission(roundId: string, participantId: string, version?: number): Promise<StoredSubmission | undefined> {
    const v = version ?? (await this.latestEntity(roundId, participantId))?.version;
    if (v === undefined) return undefined;
    const rows = await this.range<Record<string, unknown> & { submittedAt: string }>(roundId, versionPrefix(participantId, v));
    if (rows.length === 0) return undefined;
    return { participantId, version: v, submittedAt: rows[0]!.submittedAt, submission: JSON.parse(fromChunkEntities(rows)) as Submission };
  }

  async listLatestSubmissions(roundId: string): Promise<StoredSubmission[]> {
    const pointers = await this.range<{ version: number }>(roundId, 'latest|');
    const out: StoredSubmission[] = [];
    // A few reads at a time: enough to hide latency, few enough not to flood the account.
    for (let i = 0; i < pointers.length; i += 16) {
      const batch = await Promise.all(
        pointers.slice(i, i + 16).map((p) => this.getSubmission(roundId, (p.rowKey ?? '').slice('latest|'.length), p.version)),
      );
      for (const s of batch) if (s) out.push(s);
    }
    return out.sort((a, b) => (a.participantId < b.participantId ? -1 : 1));
  }

  private async latestEntity(roundId: string, participantId: string): Promise<LatestEntity | undefined> {
    const t = await this.table();
    return storageRead((abortSignal) => t.getEntity<{ version: number; submittedAt: string; writeKey?: string }>(roundId, latestKey(participantId), { abortSignal }));
  }

  private async range<T extends object>(roundId: string, prefix: string): Promise<TableEntityResult<T>[]> {
    const t = await this.table();
    return storageCall(async (abortSignal) => {
      const rows: TableEntityResult<T>[] = [];
      const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`;
      for await (const e of t.listEntities<T>({ queryOptions: { filter }, abortSignal })) rows.push(e);
      return rows.sort((a, b) => ((a.rowKey ?? '') < (b.rowKey ?? '') ? -1 : 1));
    });
  }
}
