import type { TableClient, TransactionAction } from '@azure/data-tables';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { retryOnConflict } from './retryOnConflict';
import { PreconditionFailedError, StoreError, WriteConflictError } from './RoundStore';
import { storageCall, storageRead } from './storageCall';
import { transact } from './tableRows';
import { ifMatchAccepts, reportPointerKey, reportVersionPrefix, rowsWithPrefix, versionEtag, VISIT_PREFIX } from './visitRows';

/** Where a host's report stands: the latest version and, once released, the version the host sees. */
export interface ReportPointer {
  hostId: string;
  version: number;
  savedAt: string;
  savedBy: string;
  releasedVersion?: number;
  releasedAt?: string;
}

export interface StoredReportVersion<T> {
  version: number;
  savedAt: string;
  savedBy: string;
  report: T;
}

/** A report exists and the write carried no If-Match: the writer must say which version it edited. */
export class IfMatchRequiredError extends PreconditionFailedError {}

class ReportRaceError extends StoreError {}

type PointerEntity = Omit<ReportPointer, 'hostId'>;

const pointerOf = (hostId: string, e: PointerEntity): ReportPointer => ({
  hostId,
  version: e.version,
  savedAt: e.savedAt,
  savedBy: e.savedBy,
  ...(typeof e.releasedVersion === 'number' ? { releasedVersion: e.releasedVersion, releasedAt: e.releasedAt ?? '' } : {}),
});

async function pointerEntity(t: TableClient, roundId: string, hostId: string) {
  return storageRead((abortSignal) => t.getEntity<PointerEntity>(roundId, reportPointerKey(hostId), { abortSignal }));
}

export async function readReportPointer(t: TableClient, roundId: string, hostId: string): Promise<ReportPointer | undefined> {
  const e = await pointerEntity(t, roundId, hostId);
  return e ? pointerOf(hostId, e) : undefined;
}

export async function listReportPointers(t: TableClient, roundId: string): Promise<ReportPointer[]> {
  const rows = await rowsWithPrefix<PointerEntity>(t, roundId, VISIT_PREFIX.reportPointer);
  return rows.map((e) => pointerOf((e.rowKey ?? '').slice(VISIT_PREFIX.reportPointer.length), e));
}

export async function readReportVersion<T>(t: TableClient, roundId: string, hostId: string, version: number): Promise<StoredReportVersion<T> | undefined> {
  const rows = await rowsWithPrefix<Record<string, unknown> & { savedAt: string; savedBy: string }>(t, roundId, reportVersionPrefix(hostId, version));
  if (rows.length === 0) return undefined;
  return { version, savedAt: rows[0]!.savedAt, savedBy: rows[0]!.savedBy, report: JSON.parse(fromChunkEntities(rows)) as T };
}

const raced = <T>(work: () => Promise<T>) =>
  retryOnConflict(work, (err) => err instanceof ReportRaceError).catch((err: unknown) => {
    throw err instanceof ReportRaceError ? new WriteConflictError() : err;
  });

/**
 * Stores the report as the host's next version and moves the pointer, in one transaction. The first
 * write may come without If-Match (or with `*`); every later one needs the ETag of the version it
 * edited (IfMatchRequiredError, PreconditionFailedError when stale). The release stays as it was.
 */
export async function writeReportVersion<T>(t: TableClient, roundId: string, hostId: string, report: T, w: { savedAt: string; savedBy: string; ifMatch?: string }): Promise<ReportPointer> {
  const json = JSON.stringify(report);
  return raced(async () => {
    const current = await pointerEntity(t, roundId, hostId);
    // `*` matches only "no version yet": once one exists, a write must name the version it edited.
    const anyVersion = w.ifMatch !== undefined && w.ifMatch.split(',').every((tag) => tag.trim() === '*');
    if (current && (w.ifMatch === undefined || anyVersion)) throw new IfMatchRequiredError();
    if (w.ifMatch !== undefined && !ifMatchAccepts(w.ifMatch, current ? versionEtag(current.version) : undefined)) throw new PreconditionFailedError();
    const version = (current?.version ?? 0) + 1;
    const prefix = reportVersionPrefix(hostId, version);
    const actions: TransactionAction[] = toChunkEntities(json).map((props, i) => [
      'create',
      { partitionKey: roundId, rowKey: `${prefix}${String(i).padStart(3, '0')}`, savedAt: w.savedAt, savedBy: w.savedBy, ...props },
    ]);
    const released = current && typeof current.releasedVersion === 'number' ? { releasedVersion: current.releasedVersion, releasedAt: current.releasedAt } : {};
    const pointer = { partitionKey: roundId, rowKey: reportPointerKey(hostId), version, savedAt: w.savedAt, savedBy: w.savedBy, ...released };
    actions.push(current ? ['update', pointer, 'Replace', { etag: current.etag }] : ['create', pointer]);
    await transact(t, actions, () => new ReportRaceError());
    return pointerOf(hostId, pointer);
  });
}

/**
 * Releases the latest version to the host. Releasing a version already released changes nothing
 * (`repeated`); undefined when there is no report yet.
 */
export async function releaseReport(t: TableClient, roundId: string, hostId: string, releasedAt: string): Promise<{ pointer: ReportPointer; repeated: boolean } | undefined> {
  return raced(async () => {
    const current = await pointerEntity(t, roundId, hostId);
    if (!current) return undefined;
    if (current.releasedVersion === current.version) return { pointer: pointerOf(hostId, current), repeated: true };
    const next = { partitionKey: roundId, rowKey: reportPointerKey(hostId), version: current.version, savedAt: current.savedAt, savedBy: current.savedBy, releasedVersion: current.version, releasedAt };
    await storageCall(async (abortSignal) => {
      try {
        await t.updateEntity(next, 'Replace', { etag: current.etag, abortSignal });
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode === 412) throw new ReportRaceError();
        throw err;
      }
    });
    return { pointer: pointerOf(hostId, next), repeated: false };
  });
}
