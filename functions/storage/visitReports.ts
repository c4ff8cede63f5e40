import type { TableClient, TransactionAction } from '@azure/data-tables';
import { fromChunkEntities, toChunkEntities } from './documentChunks';
import { bodyPartActions, bodyParts, isHeadRow, singleHeadBody } from './reportBodies';
import { retryOnConflict } from './retryOnConflict';
import { PreconditionFailedError, StoreError, WriteConflictError } from './RoundStore';
import { storageRead } from './storageCall';
import { transact } from './tableRows';
import { ifMatchAccepts, reportPointerKey, reportReleaseKey, reportVersionPrefix, rowsWithPrefix, versionEtag, VISIT_PREFIX } from './visitRows';

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

/**
 * The pointer row `reportptr|<host>` also keeps the latest version's body (reportBodies: `parts`
 * entities, the first on the row itself) and how many entities the released body on `reportrel|<host>`
 * spans (`releasedParts`). Rows written before bodies were kept there have neither.
 */
export type PointerEntity = Omit<ReportPointer, 'hostId'> & { parts?: number; releasedParts?: number };

/** What a pointer read needs (no body): point reads and lists select only these. */
export const POINTER_FIELDS: string[] = ['version', 'savedAt', 'savedBy', 'releasedVersion', 'releasedAt', 'parts', 'releasedParts'];

export const pointerOf = (hostId: string, e: PointerEntity): ReportPointer => ({
  hostId,
  version: e.version,
  savedAt: e.savedAt,
  savedBy: e.savedBy,
  ...(typeof e.releasedVersion === 'number' ? { releasedVersion: e.releasedVersion, releasedAt: e.releasedAt ?? '' } : {}),
});

/** The pointer without its body: one point read. */
async function pointerEntity(t: TableClient, roundId: string, hostId: string) {
  return storageRead((abortSignal) => t.getEntity<PointerEntity>(roundId, reportPointerKey(hostId), { queryOptions: { select: POINTER_FIELDS }, abortSignal }));
}

export async function readReportPointer(t: TableClient, roundId: string, hostId: string): Promise<ReportPointer | undefined> {
  const e = await pointerEntity(t, roundId, hostId);
  return e ? pointerOf(hostId, e) : undefined;
}

export async function listReportPointers(t: TableClient, roundId: string): Promise<ReportPointer[]> {
  const rows = await rowsWithPrefix<PointerEntity>(t, roundId, VISIT_PREFIX.reportPointer, ['RowKey', ...POINTER_FIELDS]);
  return rows.filter(isHeadRow(VISIT_PREFIX.reportPointer)).map((e) => pointerOf((e.rowKey ?? '').slice(VISIT_PREFIX.reportPointer.length), e));
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

/** One version's JSON as its version rows hold it (one range query). */
async function versionJson(t: TableClient, roundId: string, hostId: string, version: number): Promise<string | undefined> {
  const rows = await rowsWithPrefix<Record<string, unknown>>(t, roundId, reportVersionPrefix(hostId, version));
  return rows.length === 0 ? undefined : fromChunkEntities(rows);
}

/**
 * Stores the report as the host's next version and moves the pointer, with the version's body on it
 * (reportBodies), in one transaction: a version and its pointer land together or not at all. The first
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
    const chunks = toChunkEntities(json);
    const actions: TransactionAction[] = chunks.map((props, i) => [
      'create',
      { partitionKey: roundId, rowKey: `${prefix}${String(i).padStart(3, '0')}`, savedAt: w.savedAt, savedBy: w.savedBy, ...props },
    ]);
    const released =
      current && typeof current.releasedVersion === 'number'
        ? { releasedVersion: current.releasedVersion, releasedAt: current.releasedAt ?? '', ...(typeof current.releasedParts === 'number' ? { releasedParts: current.releasedParts } : {}) }
        : {};
    const key = reportPointerKey(hostId);
    const pointer = { partitionKey: roundId, rowKey: key, version, savedAt: w.savedAt, savedBy: w.savedBy, ...released, parts: chunks.length, ...chunks[0] };
    actions.push(current ? ['update', pointer, 'Replace', { etag: current.etag }] : ['create', pointer]);
    actions.push(...bodyPartActions(roundId, key, version, chunks, current ? bodyParts(current, 1) : 0));
    await transact(t, actions, () => new ReportRaceError());
    return pointerOf(hostId, { version, savedAt: w.savedAt, savedBy: w.savedBy, ...released });
  });
}

/**
 * Releases the latest version to the host: in one transaction the pointer (under the ETag it was read
 * with) names it, and its body is copied onto the release rows `reportrel|<host>` (reportBodies),
 * rows of the previous release it no longer needs removed. Releasing a version already released
 * changes nothing (`repeated`); undefined when there is no report yet.
 */
export async function releaseReport(t: TableClient, roundId: string, hostId: string, releasedAt: string): Promise<{ pointer: ReportPointer; repeated: boolean } | undefined> {
  return raced(async () => {
    // The whole pointer, body included: one point read (and the version rows when the body spans entities).
    const current = await storageRead((abortSignal) => t.getEntity<PointerEntity & Record<string, unknown>>(roundId, reportPointerKey(hostId), { abortSignal }));
    if (!current) return undefined;
    if (current.releasedVersion === current.version) return { pointer: pointerOf(hostId, current), repeated: true };
    const { version } = current;
    const json = singleHeadBody(current) ?? (await versionJson(t, roundId, hostId, version));
    if (json === undefined) throw new StoreError(`report ${hostId} v${version} has no version rows`);
    const chunks = toChunkEntities(json);
    const head = reportReleaseKey(hostId);
    const actions: TransactionAction[] = [
      ['update', { partitionKey: roundId, rowKey: reportPointerKey(hostId), releasedVersion: version, releasedAt, releasedParts: chunks.length }, 'Merge', { etag: current.etag }],
      ['upsert', { partitionKey: roundId, rowKey: head, version, releasedAt, parts: chunks.length, ...chunks[0] }, 'Replace'],
      ...bodyPartActions(roundId, head, version, chunks, bodyParts({ parts: current.releasedParts }, 1)),
    ];
    await transact(t, actions, () => new ReportRaceError());
    return { pointer: pointerOf(hostId, { ...current, releasedVersion: version, releasedAt }), repeated: false };
  });
}
