import { odata, TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import {
  AlreadyExistsError,
  PreconditionFailedError,
  StorageUnavailableError,
  type LatestPointer,
  type RoundStore,
  type StoredParticipant,
  type StoredRound,
  type StoredSubmission,
  WriteConflictError,
} from './RoundStore';

/** Row keys inside a round's partition. Ids are [a-z0-9-], so `|` separates safely. */
const ROUND_KEY = 'round';
const participantKey = (pid: string) => `participant|${pid}`;
const latestKey = (pid: string) => `latest|${pid}`;
const versionPrefix = (pid: string, version: number) => `submission|${pid}|${String(version).padStart(10, '0')}|`;

const httpEtag = (version: number) => `"v${version}"`;

const participantAction = (roundId: string, p: StoredParticipant): TransactionAction => [
  'create',
  { partitionKey: roundId, rowKey: participantKey(p.participantId), name: p.name, tokenHash: p.tokenHash },
];

/** Whether an If-Match value (`*` or a comma-separated list of ETags) matches the latest version. */
function ifMatchAccepts(ifMatch: string, latest: number | undefined): boolean {
  if (latest === undefined) return false;
  return ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === httpEtag(latest));
}

/** Writes without If-Match retry this often when other writes to the same participant race them. */
const UNCONDITIONAL_ATTEMPTS = 8;

/** The HTTP status of an SDK error; undefined when the request never got an answer (refused, reset, DNS). */
function statusOf(err: unknown): number | undefined {
  const status = typeof err === 'object' && err !== null ? Number((err as { statusCode?: unknown }).statusCode) : Number.NaN;
  return Number.isFinite(status) && status > 0 ? status : undefined;
}

/** Maps SDK failures to our errors: unreachable or 5xx → unavailable; 404 → undefined for reads. */
async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof PreconditionFailedError || err instanceof AlreadyExistsError) throw err;
    const status = statusOf(err);
    if (status === undefined || status >= 500 || status === 408) throw new StorageUnavailableError(err);
    throw err;
  }
}

async function maybe<T>(op: () => Promise<T>): Promise<T | undefined> {
  return guard(async () => {
    try {
      return await op();
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  });
}

/** Azure Table Storage (or Azurite): one table, one partition per round. */
export class TableRoundStore implements RoundStore {
  private ready: Promise<void> | undefined;

  constructor(private readonly client: TableClient) {}

  private async table(): Promise<TableClient> {
    this.ready ??= guard(() => this.client.createTable()).catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    await this.ready;
    return this.client;
  }

  async ping(): Promise<void> {
    await this.table();
    await guard(async () => {
      await this.client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'-ping-'}` } }).byPage({ maxPageSize: 1 }).next();
    });
  }

  async createRound(stored: StoredRound, participants: readonly StoredParticipant[] = []): Promise<void> {
    const t = await this.table();
    const roundId = stored.round.roundId;
    if (await this.getRound(roundId)) throw new AlreadyExistsError();
    // Participants beyond the first 99 go first; the round appears in the last transaction together
    // with the first 99, so a failure never leaves a visible round with only some of its participants.
    if (participants.length > 99) await this.addParticipants(roundId, participants.slice(99));
    const actions: TransactionAction[] = [
      ['create', { partitionKey: roundId, rowKey: ROUND_KEY, doc: JSON.stringify(stored) }],
      ...participants.slice(0, 99).map((p) => participantAction(roundId, p)),
    ];
    await guard(async () => {
      try {
        await t.submitTransaction(actions);
      } catch (err) {
        if (statusOf(err) === 409) throw new AlreadyExistsError();
        throw err;
      }
    });
  }

  async getRound(roundId: string): Promise<StoredRound | undefined> {
    const t = await this.table();
    const e = await maybe(() => t.getEntity<{ doc: string }>(roundId, ROUND_KEY));
    return e ? (JSON.parse(e.doc) as StoredRound) : undefined;
  }

  async addParticipants(roundId: string, participants: readonly StoredParticipant[]): Promise<void> {
    const t = await this.table();
    const written: StoredParticipant[][] = [];
    // Batches of 100 (the transaction limit), each all-or-nothing; if a later batch fails the earlier
    // ones are removed again, so a request adds all of its participants or none.
    try {
      for (let i = 0; i < participants.length; i += 100) {
        const batch = participants.slice(i, i + 100);
        await guard(async () => {
          try {
            await t.submitTransaction(batch.map((p) => participantAction(roundId, p)));
          } catch (err) {
            if (statusOf(err) === 409) throw new AlreadyExistsError();
            throw err;
          }
        });
        written.push(batch);
      }
    } catch (err) {
      for (const batch of written) {
        await t.submitTransaction(batch.map((p) => ['delete', { partitionKey: roundId, rowKey: participantKey(p.participantId) }])).catch(() => undefined);
      }
      throw err;
    }
  }

  async getParticipant(roundId: string, participantId: string): Promise<StoredParticipant | undefined> {
    const t = await this.table();
    const e = await maybe(() => t.getEntity<{ name: string; tokenHash: string }>(roundId, participantKey(participantId)));
    return e ? { participantId, name: e.name, tokenHash: e.tokenHash } : undefined;
  }

  async listParticipants(roundId: string): Promise<StoredParticipant[]> {
    const rows = await this.range<{ name: string; tokenHash: string }>(roundId, 'participant|');
    return rows.map((e) => ({ participantId: (e.rowKey ?? '').slice('participant|'.length), name: e.name, tokenHash: e.tokenHash }));
  }

  async getLatestPointer(roundId: string, participantId: string): Promise<LatestPointer | undefined> {
    const e = await this.latestEntity(roundId, participantId);
    return e ? { version: e.version, submittedAt: e.submittedAt, etag: httpEtag(e.version) } : undefined;
  }

  async putSubmission(roundId: string, participantId: string, submission: Submission, submittedAt: string, ifMatch?: string): Promise<LatestPointer> {
    const json = JSON.stringify(submission);
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.latestEntity(roundId, participantId);
      if (ifMatch !== undefined && !ifMatchAccepts(ifMatch, current?.version)) throw new PreconditionFailedError();
      try {
        return await this.writeVersion(roundId, participantId, json, submittedAt, current);
      } catch (err) {
        if (!(err instanceof PreconditionFailedError) || ifMatch !== undefined) throw err;
        if (attempt >= UNCONDITIONAL_ATTEMPTS) throw new WriteConflictError();
      }
    }
  }

  /** One transaction: the version's chunks, and the pointer moved only if nobody moved it since `current` was read. */
  private async writeVersion(
    roundId: string,
    participantId: string,
    json: string,
    submittedAt: string,
    current: (TableEntityResult<{ version: number; submittedAt: string }>) | undefined,
  ): Promise<LatestPointer> {
    const t = await this.table();
    const version = (current?.version ?? 0) + 1;
    const prefix = versionPrefix(participantId, version);
    const actions: TransactionAction[] = toChunkEntities(json).map((props, i) => [
      'create',
      { partitionKey: roundId, rowKey: `${prefix}${String(i).padStart(3, '0')}`, submittedAt, ...props },
    ]);
    const latest = { partitionKey: roundId, rowKey: latestKey(participantId), version, submittedAt };
    actions.push(current ? ['update', latest, 'Replace', { etag: current.etag }] : ['create', latest]);
    await guard(async () => {
      try {
        await t.submitTransaction(actions);
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

  private async latestEntity(roundId: string, participantId: string) {
    const t = await this.table();
    return maybe(() => t.getEntity<{ version: number; submittedAt: string }>(roundId, latestKey(participantId)));
  }

  private async range<T extends object>(roundId: string, prefix: string): Promise<TableEntityResult<T>[]> {
    const t = await this.table();
    return guard(async () => {
      const rows: TableEntityResult<T>[] = [];
      const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`;
      for await (const e of t.listEntities<T>({ queryOptions: { filter } })) rows.push(e);
      return rows.sort((a, b) => ((a.rowKey ?? '') < (b.rowKey ?? '') ? -1 : 1));
    });
  }
}
