import type { TableEntityResult, TransactionAction } from '@azure/data-tables';
import { fromChunkEntities } from './documentChunks';
import { bodyPartKey } from './visitRows';

/**
 * A report body kept on a head row (the report pointer `reportptr|<host>`, the release
 * `reportrel|<host>`), cut as version rows are (documentChunks): the first entity's properties on the
 * head row with `version` and `parts` (how many entities hold the body), the rest on continuation rows
 * `<head>|001…` that carry the version too. A head row written before bodies were kept has no `parts`.
 */
type Row = TableEntityResult<Record<string, unknown>>;

/** How many entities a head row says its body spans; `fallback` when it says nothing (written before). */
export const bodyParts = (head: Record<string, unknown>, fallback: number): number => (typeof head.parts === 'number' ? head.parts : fallback);

/** A head row's body when it holds all of it in itself (`parts` 1); otherwise undefined. */
export const singleHeadBody = (head: Record<string, unknown>): string | undefined => (head.parts === 1 ? fromChunkEntities([head]) : undefined);

/**
 * The actions, for the transaction that writes the head row itself, that put a body's entities after
 * the first on continuation rows carrying `version`, and remove the rows of the previous body (that
 * spanned `before` entities, as its head row said) the new one does not need.
 */
export function bodyPartActions(roundId: string, headKey: string, version: number, chunks: readonly Record<string, string>[], before: number): TransactionAction[] {
  const actions: TransactionAction[] = chunks.slice(1).map((props, i) => ['upsert', { partitionKey: roundId, rowKey: bodyPartKey(headKey, i + 1), version, ...props }, 'Replace']);
  for (let part = chunks.length; part < before; part += 1) actions.push(['delete', { partitionKey: roundId, rowKey: bodyPartKey(headKey, part) }]);
  return actions;
}

/** One head row of a range, by the id after the prefix, with its body's JSON when the range held all of it. */
export interface HeadRead {
  head: Row;
  /** Undefined for a head without `parts`, or a body the range did not see whole (a write between two pages). */
  json?: string;
}

/**
 * The head rows of one range query over `prefix` (head rows and their continuation rows), by id. A
 * continuation row missing or of another version than its head leaves the body undefined.
 */
export function headReads(rows: readonly Row[], prefix: string): Map<string, HeadRead> {
  const heads: [string, Row][] = [];
  const parts = new Map<string, Row>();
  for (const e of rows) {
    const rest = (e.rowKey ?? '').slice(prefix.length);
    if (rest.includes('|')) parts.set(rest, e);
    else heads.push([rest, e]);
  }
  return new Map(
    heads.map(([id, head]): [string, HeadRead] => {
      const count = bodyParts(head, 0);
      const more = Array.from({ length: Math.max(0, count - 1) }, (_, i) => parts.get(bodyPartKey(id, i + 1)));
      const whole = count > 0 && more.every((p) => p !== undefined && p.version === head.version);
      return [id, { head, ...(whole ? { json: fromChunkEntities([head, ...(more as Row[])]) } : {}) }];
    }),
  );
}

/** Only the head rows of a range (no continuation rows). */
export const isHeadRow = (prefix: string) => (e: { rowKey?: string }) => !(e.rowKey ?? '').slice(prefix.length).includes('|');
