import type { TableServiceClientOptions } from '@azure/data-tables';

/** The SDK's additional-policy entry (`@azure/core-rest-pipeline`'s PipelinePolicy and where it runs). */
type AdditionalPolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number];
type PipelinePolicy = AdditionalPolicy['policy'];

/**
 * What a request to Table Storage is: `point` a read of one entity, `query` one page of a query,
 * `batch` one transaction, `write` a single-entity create, update or delete, `table` the table itself.
 */
export type RequestKind = 'point' | 'query' | 'batch' | 'write' | 'table';

/** Requests sent since the counter started (or was reset): in all, per client label and per kind. */
export interface RequestCounts {
  total: number;
  byClient: Record<string, number>;
  byKind: Partial<Record<RequestKind, number>>;
}

let counts: RequestCounts = { total: 0, byClient: {}, byKind: {} };

function kindOf(method: string, url: string): RequestKind {
  const path = new URL(url).pathname;
  if (path.endsWith('/$batch')) return 'batch';
  if (/\/Tables(\(|$)/.test(path)) return 'table';
  if (method === 'GET') return /\(PartitionKey=/.test(decodeURIComponent(path)) ? 'point' : 'query';
  return 'write';
}

/**
 * Counts every HTTP request a Table client sends, retries included (the policy runs per retry), in
 * one process-wide tally: two additions per request, nothing else. Tests and the bench read it.
 */
export const storageRequests = {
  /** A copy of the counts so far. */
  snapshot(): RequestCounts {
    return { total: counts.total, byClient: { ...counts.byClient }, byKind: { ...counts.byKind } };
  },
  /** The counts since `before` (a snapshot), zeros left out. */
  since(before: RequestCounts): RequestCounts {
    return countsBetween(before, storageRequests.snapshot());
  },
  reset(): void {
    counts = { total: 0, byClient: {}, byKind: {} };
  },
};

/** What was counted between two snapshots (of this process or another's), zeros left out. */
export function countsBetween(before: RequestCounts, after: RequestCounts): RequestCounts {
  const minus = <K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>) =>
    Object.fromEntries(Object.entries<number | undefined>(a).map(([k, n]) => [k, (n ?? 0) - (b[k as K] ?? 0)]).filter(([, n]) => n !== 0)) as Partial<Record<K, number>>;
  return { total: after.total - before.total, byClient: minus(after.byClient, before.byClient) as Record<string, number>, byKind: minus(after.byKind, before.byKind) };
}

/** The policy that counts the requests of the client labelled `client` (e.g. `rounds`, `visits`). */
export function requestCountingPolicy(client: string): PipelinePolicy {
  return {
    name: `storageRequestCounter-${client}`,
    sendRequest(request, next) {
      const kind = kindOf(request.method, request.url);
      counts.total += 1;
      counts.byClient[client] = (counts.byClient[client] ?? 0) + 1;
      counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
      return next(request);
    },
  };
}

/** Client options that add the counting policy (per retry, so every attempt on the wire counts). */
export function countedClientOptions(client: string): Pick<TableServiceClientOptions, 'additionalPolicies'> {
  return { additionalPolicies: [{ policy: requestCountingPolicy(client), position: 'perRetry' }] };
}
