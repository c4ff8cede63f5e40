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

/** The rows of a round whose key starts with `prefix`, in key order. */
export async function rowsWithPrefix<T extends object>(t: TableClient, roundId: string, prefix: string): Promise<TableEntityResult<T>[]> {
  return storageCall(async (abortSignal) => {
    const rows: TableEntityResult<T>[] = [];
    const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`;
    for await (const e of t.listEntities<T>({ queryOptions: { filter }, abortSignal })) rows.push(e);
    return rows.sort((a, b) => ((a.rowKey ?? '') < (b.rowKey ?? '') ? -1 : 1));
  });
}
