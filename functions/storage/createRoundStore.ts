import { TableClient } from '@azure/data-tables';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
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
    return new TableClient(env.STORAGE_TABLE_URL, table, managedIdentity(), options);
  }
  throw new Error('Set STORAGE_CONNECTION_STRING (Azurite) or STORAGE_TABLE_URL (Azure, managed identity).');
}

/**
 * DefaultAzureCredential, loaded on the first token request: @azure/identity (with MSAL) is a large
 * part of the app, and locally (Azurite, a connection string) it is never needed, so start-up skips it.
 */
function managedIdentity(): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      credential ??= import('@azure/identity').then(({ DefaultAzureCredential }) => new DefaultAzureCredential());
      return (await credential).getToken(scopes, options);
    },
  };
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
