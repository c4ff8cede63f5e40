import type { TableClient } from '@azure/data-tables';
import { storageCall } from './storageCall';

/**
 * The client once its table exists: created on first use (within the storage deadline), remembered
 * once it succeeded and tried again after a failure.
 */
export function lazyTable(client: TableClient): () => Promise<TableClient> {
  let ready: Promise<void> | undefined;
  return async () => {
    ready ??= storageCall(async (abortSignal) => {
      await client.createTable({ abortSignal });
    }).catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
    await ready;
    return client;
  };
}
