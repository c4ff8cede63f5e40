import { randomBytes } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { retryOnConflict } from './retryOnConflict';
import { StoreError, WriteConflictError } from './RoundStore';
import { lazyTable } from './lazyTable';
import { storageCall, storageRead } from './storageCall';
import { transact } from './tableRows';
import { listDocs, readDoc, writeDoc, type StoredDoc } from './resultsDocs';
import { finalVersionPrefix, PUBLIC_PARTITION, RESPONSE_PREFIX, responseKey, RESULTS_KEYS } from './resultsRows';
import { rowsWithPrefix } from './visitRows';

export interface FinalPointer { version: number; finalisedAt: string }
export interface Publication { publicId: string; version: number; publishedAt: string }
interface PublicPointer { roundId: string; version: number; publishedAt: string }

class FinalRaceError extends StoreError {}

/**
 * The results review in the round's partition: the review (deadline), one response per participant,
 * the final versions (immutable, chunked, with a latest pointer) and the publication; plus the public
 * pointer rows (`~public` partition) that let an anonymous reader find a round by its public id.
 */
export class ResultsStore {
  private readonly table: () => Promise<TableClient>;

  constructor(client: TableClient) {
    this.table = lazyTable(client);
  }

  async review<T>(roundId: string): Promise<StoredDoc<T> | undefined> {
    return readDoc<T>(await this.table(), roundId, RESULTS_KEYS.review);
  }

  async writeReview<T>(roundId: string, next: (cur: StoredDoc<T> | undefined) => T, at: string): Promise<StoredDoc<T>> {
    return writeDoc<T>(await this.table(), roundId, RESULTS_KEYS.review, next, at);
  }

  async response<T>(roundId: string, participantId: string): Promise<StoredDoc<T> | undefined> {
    return readDoc<T>(await this.table(), roundId, responseKey(participantId));
  }

  async responses<T>(roundId: string): Promise<Map<string, T>> {
    const docs = await listDocs<T>(await this.table(), roundId, RESPONSE_PREFIX);
    return new Map(docs.map((d) => [d.rowKey.slice(RESPONSE_PREFIX.length), d.value]));
  }

  /** `next` may answer undefined to keep the response as it is (e.g. an already recorded opening). */
  async writeResponse<T>(roundId: string, participantId: string, next: (cur: StoredDoc<T> | undefined) => T | undefined, at: string): Promise<StoredDoc<T>> {
    return writeDoc<T>(await this.table(), roundId, responseKey(participantId), next, at);
  }

  async finalPointer(roundId: string): Promise<FinalPointer | undefined> {
    const e = await storageRead(async (abortSignal) => (await this.table()).getEntity<FinalPointer>(roundId, RESULTS_KEYS.finalPointer, { abortSignal }));
    return e ? { version: e.version, finalisedAt: e.finalisedAt } : undefined;
  }

  async finalVersion<T>(roundId: string, version: number): Promise<T | undefined> {
    const rows = await rowsWithPrefix<Record<string, unknown>>(await this.table(), roundId, finalVersionPrefix(version));
    return rows.length === 0 ? undefined : (JSON.parse(fromChunkEntities(rows)) as T);
  }

  /** Stores `make(version)` as the next final version and moves the pointer, in one transaction. */
  async writeFinal<T>(roundId: string, make: (version: number) => T, finalisedAt: string): Promise<FinalPointer> {
    const t = await this.table();
    return retryOnConflict(async () => {
      const current = await storageRead((abortSignal) => t.getEntity<FinalPointer>(roundId, RESULTS_KEYS.finalPointer, { abortSignal }));
      const version = (current?.version ?? 0) + 1;
      const prefix = finalVersionPrefix(version);
      const actions: TransactionAction[] = toChunkEntities(JSON.stringify(make(version))).map((props, i) => ['create', { partitionKey: roundId, rowKey: `${prefix}${String(i).padStart(3, '0')}`, ...props }]);
      const pointer = { partitionKey: roundId, rowKey: RESULTS_KEYS.finalPointer, version, finalisedAt };
      actions.push(current ? ['update', pointer, 'Replace', { etag: current.etag }] : ['create', pointer]);
      await transact(t, actions, () => new FinalRaceError());
      return { version, finalisedAt };
    }, (err) => err instanceof FinalRaceError).catch((err: unknown) => {
      throw err instanceof FinalRaceError ? new WriteConflictError() : err;
    });
  }

  async publication(roundId: string): Promise<Publication | undefined> {
    const e = await storageRead(async (abortSignal) => (await this.table()).getEntity<Publication>(roundId, RESULTS_KEYS.publication, { abortSignal }));
    return e ? { publicId: e.publicId, version: e.version, publishedAt: e.publishedAt } : undefined;
  }

  /**
   * Publishes `version`: the id already in use while published (idempotent), else a new one of 128
   * random bits. The public pointer is written first, so a failure in between leaves nothing a
   * reader finds without the round's row, and a retry finishes the job under the same id.
   */
  async publish(roundId: string, version: number, publishedAt: string): Promise<Publication> {
    const t = await this.table();
    const current = await this.publication(roundId);
    const publicId = current?.publicId ?? randomBytes(16).toString('base64url');
    const at = current && current.version === version ? current.publishedAt : publishedAt;
    const row: Publication = { publicId, version, publishedAt: at };
    await storageCall((abortSignal) => t.upsertEntity({ partitionKey: PUBLIC_PARTITION, rowKey: publicId, roundId, version, publishedAt: at }, 'Replace', { abortSignal }));
    await storageCall((abortSignal) => t.upsertEntity({ partitionKey: roundId, rowKey: RESULTS_KEYS.publication, ...row }, 'Replace', { abortSignal }));
    return row;
  }

  /**
   * Withdraws: every public pointer of the round goes first (the links stop at once; two publishes
   * racing could have made two ids), then the round's row. One query of the public partition.
   */
  async withdraw(roundId: string): Promise<boolean> {
    const t = await this.table();
    const current = await this.publication(roundId);
    const ignore404 = (err: unknown) => {
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
    };
    const pointers = await storageCall(async (abortSignal) => {
      const ids: string[] = [];
      const filter = odata`PartitionKey eq ${PUBLIC_PARTITION} and roundId eq ${roundId}`;
      for await (const e of t.listEntities<{ rowKey: string }>({ queryOptions: { filter, select: ['rowKey'] }, abortSignal })) ids.push(e.rowKey);
      return ids;
    });
    if (!current && pointers.length === 0) return false;
    for (const id of pointers) await storageCall((abortSignal) => t.deleteEntity(PUBLIC_PARTITION, id, { abortSignal }).catch(ignore404));
    await storageCall((abortSignal) => t.deleteEntity(roundId, RESULTS_KEYS.publication, { abortSignal }).catch(ignore404));
    return true;
  }

  /** The round and version a public id shows: one point read. */
  async publicPointer(publicId: string): Promise<PublicPointer | undefined> {
    const e = await storageRead(async (abortSignal) => (await this.table()).getEntity<PublicPointer>(PUBLIC_PARTITION, publicId, { abortSignal }));
    return e ? { roundId: e.roundId, version: e.version, publishedAt: e.publishedAt } : undefined;
  }
}
