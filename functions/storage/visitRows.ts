import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { storageCall } from './storageCall';

/**
 * Row keys of the peer-learning visit inside the round's partition (ids are [a-z0-9-], so `|`
 * separates safely, as in tableRows): one row per host and document, report versions in pieces.
 */
export const VISIT_PREFIX = {
  details: 'visit|',
  questions: 'questions|',
  sharing: 'sharing|',
  reportPointer: 'reportptr|',
} as const;
export type VisitDocKind = Exclude<keyof typeof VISIT_PREFIX, 'reportPointer'>;

export const visitDocKey = (kind: VisitDocKind, hostId: string) => `${VISIT_PREFIX[kind]}${hostId}`;
export const reportPointerKey = (hostId: string) => `${VISIT_PREFIX.reportPointer}${hostId}`;
/**
 * The released version's body, copied on release: `reportrel|{hostId}` (with `reportrel|{hostId}|001…`
 * when it spans entities). Outside the `reportptr|` range, so the members' reads never see a draft;
 * right after it (`reportptr|~` < `reportrel|` < `report|`), so one range query reads both.
 */
export const REPORT_RELEASE_PREFIX = 'reportrel|';
export const reportReleaseKey = (hostId: string) => `${REPORT_RELEASE_PREFIX}${hostId}`;
/** A body's continuation row beside its head row (`…|001`): inside the head's prefix range, after every head. */
export const bodyPartKey = (headKey: string, part: number) => `${headKey}|${String(part).padStart(3, '0')}`;
/** One version's pieces: `report|{hostId}|{version, 10 digits}|{piece, 3 digits}`. */
export const reportVersionPrefix = (hostId: string, version: number) => `report|${hostId}|${String(version).padStart(10, '0')}|`;

/** The HTTP ETag of a revisioned document (details, questions, sharing) and of a report version. */
export const revisionEtag = (revision: number) => `"r${revision}"`;
export const versionEtag = (version: number) => `"v${version}"`;

/** Whether an If-Match header value accepts the current tag (`*` accepts anything, also nothing yet). */
export function ifMatchAccepts(ifMatch: string, current: string | undefined): boolean {
  return ifMatch.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === '*' || (current !== undefined && tag === current);
  });
}

/**
 * The rows of a round whose key starts with `prefix` (or, with `through`, any key from `prefix` up to
 * those starting with `through`), in key order; only the `select`ed properties when given.
 */
export async function rowsWithPrefix<T extends object>(t: TableClient, roundId: string, prefix: string, select?: string[], through = prefix): Promise<TableEntityResult<T>[]> {
  return storageCall(async (abortSignal) => {
    const rows: TableEntityResult<T>[] = [];
    const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${prefix} and RowKey lt ${`${through}~`}`;
    for await (const e of t.listEntities<T>({ queryOptions: { filter, ...(select ? { select } : {}) }, abortSignal })) rows.push(e);
    return rows.sort((a, b) => ((a.rowKey ?? '') < (b.rowKey ?? '') ? -1 : 1));
  });
}
