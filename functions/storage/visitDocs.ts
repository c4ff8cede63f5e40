import type { TableClient } from '@azure/data-tables';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { replaceIfUnchanged, retryRevisioned } from './revisionedRow';
import { DocumentTooLargeError, PreconditionFailedError } from './RoundStore';
import { storageRead } from './storageCall';
import { ifMatchAccepts, revisionEtag, rowsWithPrefix, visitDocKey, VISIT_PREFIX, type VisitDocKind } from './visitRows';

/** A small visit document (details, questions, sharing) as stored: one entity, a revision counted from 1. */
export interface StoredVisitDoc<T> {
  hostId: string;
  value: T;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  etag: string;
}

interface DocEntity {
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

/** Another write landed between our read and our write. */

function docOf<T>(hostId: string, e: DocEntity & Record<string, unknown>): StoredVisitDoc<T> {
  return { hostId, value: JSON.parse(fromChunkEntities([e])) as T, revision: e.revision, updatedAt: e.updatedAt, updatedBy: e.updatedBy, etag: revisionEtag(e.revision) };
}

export async function readVisitDoc<T>(t: TableClient, roundId: string, kind: VisitDocKind, hostId: string): Promise<StoredVisitDoc<T> | undefined> {
  const e = await storageRead((abortSignal) => t.getEntity<DocEntity & Record<string, unknown>>(roundId, visitDocKey(kind, hostId), { abortSignal }));
  return e ? docOf<T>(hostId, e) : undefined;
}

/** Every host's document of one kind in the round. */
export async function listVisitDocs<T>(t: TableClient, roundId: string, kind: VisitDocKind): Promise<StoredVisitDoc<T>[]> {
  const rows = await rowsWithPrefix<DocEntity & Record<string, unknown>>(t, roundId, VISIT_PREFIX[kind]);
  return rows.map((e) => docOf<T>((e.rowKey ?? '').slice(VISIT_PREFIX[kind].length), e));
}

export interface DocWrite<T> {
  /** The next value, from the current one (undefined before the first write). */
  next: (current: StoredVisitDoc<T> | undefined) => T;
  updatedAt: string;
  updatedBy: string;
  /** An If-Match header: a stale one throws PreconditionFailedError; without it the last write wins. */
  ifMatch?: string;
}

/**
 * Writes the next revision of a document: created on the first write, otherwise replaced only if
 * nobody wrote in between (a race is read again and retried; with If-Match the re-read finds it stale).
 */
export async function writeVisitDoc<T>(t: TableClient, roundId: string, kind: VisitDocKind, hostId: string, w: DocWrite<T>): Promise<StoredVisitDoc<T>> {
  const rowKey = visitDocKey(kind, hostId);
  return retryRevisioned(async () => {
    const raw = await storageRead((abortSignal) => t.getEntity<DocEntity & Record<string, unknown>>(roundId, rowKey, { abortSignal }));
    const current = raw ? docOf<T>(hostId, raw) : undefined;
    if (w.ifMatch !== undefined && !ifMatchAccepts(w.ifMatch, current?.etag)) throw new PreconditionFailedError();
    const value = w.next(current);
    const chunks = toChunkEntities(JSON.stringify(value));
    if (chunks.length !== 1) throw new DocumentTooLargeError(`visit ${kind}`);
    const revision = (current?.revision ?? 0) + 1;
    const entity = { partitionKey: roundId, rowKey, revision, updatedAt: w.updatedAt, updatedBy: w.updatedBy, ...chunks[0] };
    await replaceIfUnchanged(t, entity, raw?.etag);
    return { hostId, value, revision, updatedAt: w.updatedAt, updatedBy: w.updatedBy, etag: revisionEtag(revision) };
  });
}
