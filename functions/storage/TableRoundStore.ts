import { odata, TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { fromChunkEntities } from './documentChunks';
import { isPointerRow, LATEST_FIELDS, LATEST_PREFIX, latestReads, singleEntityBody, type LatestEntity, type LatestFields } from './latestRows';
import {
  AlreadyExistsError,
  StorageUnavailableError,
  type LatestPointer,
  type PutOptions,
  type PutResult,
  type RoundStore,
  type StoredParticipant,
  type StoredPlan,
  type StoredRound,
  type StoredSubmission,
} from './RoundStore';
import { pointerOf, putSubmissionVersion } from './tableSubmissionWrite';
import type { InterviewPlan } from '../../shared/rounds/planInterviews';
import { storageCall, storageRead } from './storageCall';
import { readPlan, writePlan } from './tablePlan';
import { contactOf, writeContact, type ParticipantEntity } from './tableContact';
import type { Contact } from '../../shared/schemas/contactSchema';
import { deleteParticipantRows, latestKey, participantAction, participantKey, ROUND_KEY, transact, versionPrefix } from './tableRows';

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
      // A transaction that timed out may still have been applied: then the round is whole, and done.
      const landed = err instanceof StorageUnavailableError ? await this.getRound(roundId).catch(() => null) : undefined;
      if (landed && landed.coordinatorKeyHash === stored.coordinatorKeyHash) return;
      if (landed === null) this.log(`round ${roundId}: outcome unknown after storage failed; ${ahead.length} participant rows written ahead kept`);
      else await this.removeParticipants(roundId, ahead, 'creating a round');
      throw err;
    }
  }

  async replaceRound(stored: StoredRound): Promise<void> {
    const t = await this.table();
    await storageCall((abortSignal) => t.updateEntity({ partitionKey: stored.round.roundId, rowKey: ROUND_KEY, doc: JSON.stringify(stored) }, 'Replace', { abortSignal }));
  }

  async getRound(roundId: string): Promise<StoredRound | undefined> {
    const t = await this.table();
    const e = await storageRead((abortSignal) => t.getEntity<{ doc: string }>(roundId, ROUND_KEY, { abortSignal }));
    return e ? (JSON.parse(e.doc) as StoredRound) : undefined;
  }

  async addParticipants(roundId: string, participants: readonly StoredParticipant[]): Promise<void> {
    const t = await this.table();
    const tried: StoredParticipant[] = [];
    // Batches of 100 (the transaction limit), each all-or-nothing; if a batch fails the earlier ones
    // (and this one, when storage failed and it may have landed) are removed again, so a request adds
    // all of its participants or none.
    try {
      for (let i = 0; i < participants.length; i += 100) {
        const batch = participants.slice(i, i + 100);
        try {
          await transact(t, batch.map((p) => participantAction(roundId, p)), () => new AlreadyExistsError());
        } catch (err) {
          if (err instanceof StorageUnavailableError) tried.push(...batch);
          throw err;
        }
        tried.push(...batch);
      }
    } catch (err) {
      await this.removeParticipants(roundId, tried, 'adding participants');
      throw err;
    }
  }

  /** Undoes participant rows of a request that failed; what could not be undone is logged (ids only, never token hashes). */
  private async removeParticipants(roundId: string, participants: readonly StoredParticipant[], during: string): Promise<void> {
    if (participants.length === 0) return;
    const left = await deleteParticipantRows(await this.table(), roundId, participants);
    if (left.length > 0) this.log(`rollback failed after ${during} in round ${roundId}: ${left.length} participant rows left (${left.join(', ')})`);
  }

  async getParticipant(roundId: string, participantId: string): Promise<StoredParticipant | undefined> {
    const t = await this.table();
    const e = await storageRead((abortSignal) => t.getEntity<ParticipantEntity>(roundId, participantKey(participantId), { abortSignal }));
    return e ? { participantId, name: e.name, tokenHash: e.tokenHash, ...contactOf(e) } : undefined;
  }

  async listParticipants(roundId: string): Promise<StoredParticipant[]> {
    const rows = await this.range<ParticipantEntity>(roundId, 'participant|');
    return rows.map((e) => ({ participantId: (e.rowKey ?? '').slice('participant|'.length), name: e.name, tokenHash: e.tokenHash, ...contactOf(e) }));
  }

  async setContact(roundId: string, participantId: string, contact: Contact): Promise<boolean> {
    return writeContact(await this.table(), roundId, participantId, contact);
  }

  async getLatestPointer(roundId: string, participantId: string): Promise<LatestPointer | undefined> {
    const e = await this.latestEntity(roundId, participantId);
    return e ? pointerOf(e) : undefined;
  }

  async putSubmission(roundId: string, participantId: string, submission: Submission, options: PutOptions): Promise<PutResult> {
    const table = await this.table();
    return putSubmissionVersion({ table, roundId, participantId, latest: () => this.latestEntity(roundId, participantId) }, submission, options);
  }

  async getSubmission(roundId: string, participantId: string, version?: number): Promise<StoredSubmission | undefined> {
    if (version === undefined) {
      // The latest one: one point read when its body fits on the pointer row.
      const t = await this.table();
      const e = await storageRead((abortSignal) => t.getEntity<Record<string, unknown> & { version: number; submittedAt: string }>(roundId, latestKey(participantId), { abortSignal }));
      if (!e) return undefined;
      const json = singleEntityBody(e);
      if (json !== undefined) return { participantId, version: e.version, submittedAt: e.submittedAt, submission: JSON.parse(json) as Submission };
      return this.getSubmission(roundId, participantId, e.version);
    }
    const v = version;
    const rows = await this.range<Record<string, unknown> & { submittedAt: string }>(roundId, versionPrefix(participantId, v));
    if (rows.length === 0) return undefined;
    return { participantId, version: v, submittedAt: rows[0]!.submittedAt, submission: JSON.parse(fromChunkEntities(rows)) as Submission };
  }

  /**
   * One range query over the `latest|` rows (pages as the SDK needs): every body kept on its pointer.
   * A pointer written before bodies were kept there has its version read as before, a few at a time.
   */
  async listLatestSubmissions(roundId: string): Promise<StoredSubmission[]> {
    const reads = latestReads(await this.range<Record<string, unknown>>(roundId, LATEST_PREFIX));
    const out: StoredSubmission[] = [];
    const older: typeof reads = [];
    for (const r of reads) {
      if (r.json === undefined) older.push(r);
      else out.push({ participantId: r.participantId, version: r.pointer.version, submittedAt: r.pointer.submittedAt, submission: JSON.parse(r.json) as Submission });
    }
    // A few reads at a time: enough to hide latency, few enough not to flood the account.
    for (let i = 0; i < older.length; i += 16) {
      const batch = await Promise.all(older.slice(i, i + 16).map((r) => this.getSubmission(roundId, r.participantId, r.pointer.version)));
      for (const s of batch) if (s) out.push(s);
    }
    return out.sort((a, b) => (a.participantId < b.participantId ? -1 : 1));
  }

  /** One range query, without the bodies. */
  async listLatestPointers(roundId: string): Promise<(LatestPointer & { participantId: string })[]> {
    const rows = await this.range<{ version: number; submittedAt: string }>(roundId, LATEST_PREFIX, ['RowKey', 'version', 'submittedAt']);
    return rows.filter(isPointerRow).map((e) => ({ participantId: (e.rowKey ?? '').slice(LATEST_PREFIX.length), ...pointerOf(e) }));
  }

  async getPlan(roundId: string): Promise<StoredPlan | undefined> {
    return readPlan(await this.table(), roundId);
  }

  async putPlan(roundId: string, plan: InterviewPlan, etag?: string): Promise<void> {
    await writePlan(await this.table(), roundId, plan, etag);
  }

  /** The pointer without its body: one point read. */
  private async latestEntity(roundId: string, participantId: string): Promise<LatestEntity | undefined> {
    const t = await this.table();
    return storageRead((abortSignal) => t.getEntity<LatestFields>(roundId, latestKey(participantId), { queryOptions: { select: LATEST_FIELDS }, abortSignal }));
  }

  private async range<T extends object>(roundId: string, prefix: string, select?: string[]): Promise<TableEntityResult<T>[]> {
    const t = await this.table();
    return storageCall(async (abortSignal) => {
      const rows: TableEntityResult<T>[] = [];
      const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`;
      for await (const e of t.listEntities<T>({ queryOptions: { filter, ...(select ? { select } : {}) }, abortSignal })) rows.push(e);
      return rows.sort((a, b) => ((a.rowKey ?? '') < (b.rowKey ?? '') ? -1 : 1));
    });
  }
}
