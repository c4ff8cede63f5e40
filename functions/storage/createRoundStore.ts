import { TableClient } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import { countedClientOptions } from './requestCounter';
import type { RoundStore } from './RoundStore';
import { TableRoundStore } from './TableRoundStore';

export const TABLE_NAME = 'ilmastoyhteistyo';

/** Fail fast: a user waiting in Excel is better served by a 503 with Retry-After than by a long hang. */
const RETRY = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };

/**
 * The one place that chooses storage, from configuration:
 * `STORAGE_CONNECTION_STRING` (Azurite locally; http endpoints allowed) or `STORAGE_TABLE_URL`
 * (an account URL in Azure, reached with managed identity through DefaultAzureCredential).
 * Its requests are counted under `label` (requestCounter: the store it serves).
 */
export function createTableClient(env: NodeJS.ProcessEnv = process.env, label = 'rounds'): TableClient {
  const table = env.STORAGE_TABLE_NAME ?? TABLE_NAME;
  const options = { retryOptions: RETRY, ...countedClientOptions(label) };
  if (env.STORAGE_CONNECTION_STRING) {
    const insecure = /TableEndpoint=http:|UseDevelopmentStorage=true/i.test(env.STORAGE_CONNECTION_STRING);
    return TableClient.fromConnectionString(env.STORAGE_CONNECTION_STRING, table, { allowInsecureConnection: insecure, ...options });
  }
  if (env.STORAGE_TABLE_URL) {
    return new TableClient(env.STORAGE_TABLE_URL, table, new DefaultAzureCredential(), options);
  }
  throw new Error('Set STORAGE_CONNECTION_STRING (Azurite) or STORAGE_TABLE_URL (Azure, managed identity).');
}

/** The round store on the configured table (createTableClient). */
export function createRoundStore(env: NodeJS.ProcessEnv = process.env): RoundStore {
  return new TableRoundStore(createTableClient(env));
}

let shared: RoundStore | undefined;

/** The process-wide store, created on first use. */
export function roundStore(): RoundStore {
  shared ??= createRoundStore();
  return shared;
}
