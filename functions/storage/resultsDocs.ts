import type { TableClient } from '@azure/data-tables';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { replaceIfUnchanged, retryRevisioned } from './revisionedRow';
import { DocumentTooLargeError, StoreError } from './RoundStore';
import { storageRead } from './storageCall';
import { rowsWithPrefix } from './visitRows';

/** A small JSON document in one entity, with a revision counted from 1 (the review, a response). */
export interface StoredDoc<T> {
  rowKey: string;
  value: T;
  revision: number;
  updatedAt: string;
}

type DocEntity = { revision: number; updatedAt: string } & Record<string, unknown>;


const docOf = <T>(rowKey: string, e: DocEntity): StoredDoc<T> => ({ rowKey, value: JSON.parse(fromChunkEntities([e])) as T, revision: e.revision, updatedAt: e.updatedAt });

export async function readDoc<T>(t: TableClient, partition: string, rowKey: string): Promise<StoredDoc<T> | undefined> {
  const e = await storageRead((abortSignal) => t.getEntity<DocEntity>(partition, rowKey, { abortSignal }));
  return e ? docOf<T>(rowKey, e) : undefined;
}

export async function listDocs<T>(t: TableClient, partition: string, prefix: string): Promise<StoredDoc<T>[]> {
  const rows = await rowsWithPrefix<DocEntity>(t, partition, prefix);
  return rows.map((e) => docOf<T>(e.rowKey ?? '', e));
}

/**
 * Writes the next revision from the current one (`next` sees undefined before the first write, and
 * may answer undefined to leave the document as it is): replaced only if nobody wrote in between;
 * a race is read again and retried.
 */
export async function writeDoc<T>(t: TableClient, partition: string, rowKey: string, next: (current: StoredDoc<T> | undefined) => T | undefined, updatedAt: string): Promise<StoredDoc<T>> {
  return retryRevisioned(async () => {
    const raw = await storageRead((abortSignal) => t.getEntity<DocEntity>(partition, rowKey, { abortSignal }));
    const current = raw ? docOf<T>(rowKey, raw) : undefined;
    const value = next(current);
    if (value === undefined) {
      if (!current) throw new StoreError('nothing to keep');
      return current;
    }
    const chunks = toChunkEntities(JSON.stringify(value));
    if (chunks.length !== 1) throw new DocumentTooLargeError(`document ${rowKey}`);
    const entity = { partitionKey: partition, rowKey, revision: (current?.revision ?? 0) + 1, updatedAt, ...chunks[0] };
    await replaceIfUnchanged(t, entity, raw?.etag);
    return { rowKey, value, revision: entity.revision, updatedAt };
  });
}
