import { StoreError } from './RoundStore';

/**
 * The last few writes of a participant, kept on its latest pointer, so a retry is recognised even
 * after another write came in between: `k` the client's Idempotency-Key (if it sent one), `h` the
 * content hash, `v` the version it made, `t` when.
 */
export interface RecentWrite {
  k?: string;
  h: string;
  v: number;
  t: string;
}

/** How many writes a pointer remembers; a retry older than this many versions is stored anew. */
export const RECENT_WRITES = 10;

/** What identifies one write. */
export interface WriteIdentity {
  idempotencyKey?: string;
  contentHash: string;
  /** The If-Match the write came with, if any. */
  ifMatch?: string;
}

/** The Idempotency-Key was used before for a different body: the client mixed up two writes. */
export class IdempotencyKeyReusedError extends StoreError {
  constructor() {
    super('idempotency key reused with another body');
    this.name = 'IdempotencyKeyReusedError';
  }
}

export function parseRecent(json: string | undefined): RecentWrite[] {
  if (!json) return [];
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? (list as RecentWrite[]) : [];
  } catch {
    return [];
  }
}

/** The list after a new write (newest first, at most RECENT_WRITES), as the pointer stores it. */
export function withWrite(recent: readonly RecentWrite[], write: RecentWrite): string {
  return JSON.stringify([write, ...recent].slice(0, RECENT_WRITES));
}

/**
 * The earlier write this one repeats, if any. With an Idempotency-Key: the remembered write with that
 * key (IdempotencyKeyReusedError when its body differs), wherever it is in the list. Without one: only
 * the latest write, when it has the same content and, for a conditional write, was made from the
 * version the If-Match names (`accepts(ifMatch, latest - 1)`): an A → B → A revert is a new version.
 */
export function repeatedWrite(recent: readonly RecentWrite[], id: WriteIdentity, accepts: (ifMatch: string, version: number) => boolean): RecentWrite | undefined {
  if (id.idempotencyKey !== undefined) {
    const hit = recent.find((w) => w.k === id.idempotencyKey);
    if (hit && hit.h !== id.contentHash) throw new IdempotencyKeyReusedError();
    return hit;
  }
  const latest = recent[0];
  if (!latest || latest.h !== id.contentHash) return undefined;
  return id.ifMatch === undefined || accepts(id.ifMatch, latest.v - 1) ? latest : undefined;
}
