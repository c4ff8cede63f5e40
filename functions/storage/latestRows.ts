import type { TableEntityResult, TransactionAction } from '@azure/data-tables';
import { fromChunkEntities } from './documentChunks';
import { latestKey } from './tableRows';

/**
 * A participant's latest pointer row, `latest|<pid>`: the version it names and, since bodies are kept
 * on pointers, that version's JSON cut as its version rows are (documentChunks): the first entity's
 * properties on the pointer row itself, the rest on rows `latest|<pid>|001…` that carry the version
 * too. `parts` is how many entities hold the body; a row written before bodies were kept has none.
 */
export interface LatestFields {
  version: number;
  submittedAt: string;
  /** The last writes (recentWrites), for recognising retries. */
  recent?: string;
  parts?: number;
}

export type LatestEntity = TableEntityResult<LatestFields>;

export const LATEST_PREFIX = 'latest|';

/** What a write needs of the pointer (no body): a point read selects only these. */
export const LATEST_FIELDS: string[] = ['version', 'submittedAt', 'recent', 'parts'];

/** The pointer's continuation rows sort inside the `latest|` range (ids are [a-z0-9-]; `|` is not one). */
export const latestPartKey = (pid: string, part: number) => `${latestKey(pid)}|${String(part).padStart(3, '0')}`;

/**
 * The actions that move the pointer to a new version with its body `chunks` (toChunkEntities of the
 * JSON the version rows hold), for the version's own transaction: the pointer moves, under the ETag
 * it was read with, together with its body; continuation rows of the previous body that the new one
 * does not need are removed (the pointer read names how many there are).
 */
export function moveLatestActions(roundId: string, pid: string, pointer: Omit<LatestFields, 'parts'>, chunks: readonly Record<string, string>[], current: LatestEntity | undefined): TransactionAction[] {
  const row = { partitionKey: roundId, rowKey: latestKey(pid), ...pointer, parts: chunks.length, ...chunks[0] };
  const actions: TransactionAction[] = [current ? ['update', row, 'Replace', { etag: current.etag }] : ['create', row]];
  chunks.slice(1).forEach((props, i) => {
    actions.push(['upsert', { partitionKey: roundId, rowKey: latestPartKey(pid, i + 1), version: pointer.version, ...props }, 'Replace']);
  });
  const before = typeof current?.parts === 'number' ? current.parts : 1;
  for (let part = chunks.length; part < before; part += 1) actions.push(['delete', { partitionKey: roundId, rowKey: latestPartKey(pid, part) }]);
  return actions;
}

/** One participant's pointer from a `latest|` range, with its body's JSON when the rows hold all of it. */
export interface LatestRead {
  participantId: string;
  pointer: LatestEntity;
  /** Undefined for a pointer written before bodies were kept there (or a body the range did not see whole): read its version rows. */
  json?: string;
}

type Row = TableEntityResult<Record<string, unknown>>;

/** A pointer row's body when it holds all of it in itself (`parts` 1); otherwise undefined. */
export function singleEntityBody(e: Record<string, unknown>): string | undefined {
  return e.parts === 1 ? fromChunkEntities([e]) : undefined;
}

/**
 * The pointers of one range query over `latest|` rows, in participant id order, each with the body
 * put together from the pointer row and its continuation rows. A continuation row of another version
 * (a write landed between two pages of the query) leaves the body undefined, as does a pointer
 * without `parts`.
 */
export function latestReads(rows: readonly Row[]): LatestRead[] {
  const pointers: Row[] = [];
  const parts = new Map<string, Row>();
  for (const e of rows) {
    const rest = (e.rowKey ?? '').slice(LATEST_PREFIX.length);
    if (rest.includes('|')) parts.set(rest, e);
    else pointers.push(e);
  }
  const reads = pointers.map((e): LatestRead => {
    const participantId = (e.rowKey ?? '').slice(LATEST_PREFIX.length);
    const pointer = e as unknown as LatestEntity;
    const count = typeof e.parts === 'number' ? e.parts : 0;
    const more = Array.from({ length: Math.max(0, count - 1) }, (_, i) => parts.get(latestPartKey(participantId, i + 1).slice(LATEST_PREFIX.length)));
    const whole = count > 0 && more.every((p) => p !== undefined && p.version === pointer.version);
    return { participantId, pointer, ...(whole ? { json: fromChunkEntities([e, ...(more as Row[])]) } : {}) };
  });
  return reads.sort((a, b) => (a.participantId < b.participantId ? -1 : 1));
}

/** Only the pointer rows of a `latest|` range (no continuation rows). */
export const isPointerRow = (e: { rowKey?: string }) => !(e.rowKey ?? '').slice(LATEST_PREFIX.length).includes('|');
