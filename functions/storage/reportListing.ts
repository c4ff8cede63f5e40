import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { headReads } from './reportBodies';
import { POINTER_FIELDS, pointerOf, readReportVersion, type PointerEntity, type ReportPointer } from './visitReports';
import { REPORT_RELEASE_PREFIX, rowsWithPrefix, VISIT_PREFIX } from './visitRows';

/** One host's report: its pointer, and the texts asked for. */
export interface HostReports<T> {
  pointer: ReportPointer;
  /** The latest version's report (only when asked for). */
  latest?: T;
  /** The released version's report, once one is released (the same object as `latest` when nothing changed since). */
  released?: T;
}

type Rows = TableEntityResult<Record<string, unknown>>[];
type Wanted<T> = { item: HostReports<T>; which: 'latest' | 'released'; version: number };

/**
 * The rows of both ranges, `reportptr|` and `reportrel|`, in one range query from the first to the
 * second: nothing else sorts between them (visitRows: the version rows `report|…` sort after both).
 */
async function pointerAndReleaseRows(t: TableClient, roundId: string): Promise<[Rows, Rows]> {
  const rows = await rowsWithPrefix<Record<string, unknown>>(t, roundId, VISIT_PREFIX.reportPointer, undefined, REPORT_RELEASE_PREFIX);
  const within = (prefix: string) => rows.filter((e) => (e.rowKey ?? '').startsWith(prefix));
  return [within(VISIT_PREFIX.reportPointer), within(REPORT_RELEASE_PREFIX)];
}

/** The pointer rows' fields only (no draft leaves storage), then the release rows when any report is released. */
async function releasedRows(t: TableClient, roundId: string): Promise<[Rows, Rows]> {
  const pointerRows = await rowsWithPrefix<Record<string, unknown>>(t, roundId, VISIT_PREFIX.reportPointer, ['RowKey', ...POINTER_FIELDS]);
  const anyReleased = pointerRows.some((e) => typeof e.releasedVersion === 'number');
  return [pointerRows, anyReleased ? await rowsWithPrefix<Record<string, unknown>>(t, roundId, REPORT_RELEASE_PREFIX) : []];
}

/**
 * Every host's report in a constant number of range queries: with `latest`, one over the pointer rows
 * (the latest bodies kept on them) and the release rows (the released bodies); without, the pointer
 * rows' fields only and then the release rows, only when a report is released. A body the ranges do
 * not hold whole, of a row written before bodies were kept there or moved by a write between two
 * pages, is read from its version rows instead, a few hosts at a time.
 */
export async function listHostReports<T>(t: TableClient, roundId: string, options: { latest: boolean }): Promise<HostReports<T>[]> {
  const [pointerRows, releaseRows] = options.latest ? await pointerAndReleaseRows(t, roundId) : await releasedRows(t, roundId);
  const releases = headReads(releaseRows, REPORT_RELEASE_PREFIX);
  const items: HostReports<T>[] = [];
  const wanted: Wanted<T>[] = [];
  for (const [hostId, { head, json }] of headReads(pointerRows, VISIT_PREFIX.reportPointer)) {
    const pointer = pointerOf(hostId, head as unknown as PointerEntity);
    const item: HostReports<T> = { pointer };
    items.push(item);
    if (options.latest) {
      if (json !== undefined) item.latest = JSON.parse(json) as T;
      else wanted.push({ item, which: 'latest', version: pointer.version });
    }
    const { releasedVersion } = pointer;
    if (releasedVersion === undefined || (options.latest && releasedVersion === pointer.version)) continue;
    const release = releases.get(hostId);
    if (release?.json !== undefined && release.head.version === releasedVersion) item.released = JSON.parse(release.json) as T;
    else wanted.push({ item, which: 'released', version: releasedVersion });
  }
  // A few reads at a time: enough to hide latency, few enough not to flood the account.
  for (let i = 0; i < wanted.length; i += 16) {
    await Promise.all(
      wanted.slice(i, i + 16).map(async (w) => {
        const stored = await readReportVersion<T>(t, roundId, w.item.pointer.hostId, w.version);
        if (stored) w.item[w.which] = stored.report;
      }),
    );
  }
  for (const item of items) if (options.latest && item.pointer.releasedVersion === item.pointer.version) item.released = item.latest;
  return items.sort((a, b) => (a.pointer.hostId < b.pointer.hostId ? -1 : 1));
}
