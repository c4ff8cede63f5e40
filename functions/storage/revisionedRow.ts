import type { TableClient, TableEntity } from '@azure/data-tables';
import { retryOnConflict } from './retryOnConflict';
import { StoreError, WriteConflictError } from './RoundStore';
import { statusOf, storageCall } from './storageCall';

/** Another writer created or replaced the row since it was read. */
class RowRaceError extends StoreError {}

/**
 * Writes one row read with `etag` (undefined: it did not exist) only if nobody changed it since:
 * created, or replaced under its ETag. A lost race throws RowRaceError for retryRevisioned.
 */
export async function replaceIfUnchanged(t: TableClient, entity: TableEntity, etag: string | undefined): Promise<void> {
  await storageCall(async (abortSignal) => {
    try {
      if (etag !== undefined) await t.updateEntity(entity, 'Replace', { etag, abortSignal });
      else await t.createEntity(entity, { abortSignal });
    } catch (err) {
      const status = statusOf(err);
      if (status === 409 || status === 412) throw new RowRaceError();
      throw err;
    }
  });
}

/** Runs a read–change–replaceIfUnchanged cycle again while it loses races (WriteConflictError when it keeps losing). */
export function retryRevisioned<T>(work: () => Promise<T>): Promise<T> {
  return retryOnConflict(work, (err) => err instanceof RowRaceError).catch((err: unknown) => {
    throw err instanceof RowRaceError ? new WriteConflictError() : err;
  });
}
