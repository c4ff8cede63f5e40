import { StorageUnavailableError, StoreError } from './RoundStore';

/**
 * How long one store operation may take, SDK retries included. A user waiting in Excel is better
 * served by a 503 with Retry-After than by a request that hangs while storage does not answer.
 */
export const STORAGE_TIMEOUT_MS = 4000;

/** The HTTP status of an SDK error; undefined when the request never got an answer (refused, reset, DNS, aborted). */
export function statusOf(err: unknown): number | undefined {
  const status = typeof err === 'object' && err !== null ? Number((err as { statusCode?: unknown }).statusCode) : Number.NaN;
  return Number.isFinite(status) && status > 0 ? status : undefined;
}

/**
 * Runs one storage operation with a deadline (its signal goes to the SDK, which aborts the request)
 * and maps failures to our errors: unreachable, timed out or 5xx → StorageUnavailableError; the
 * store's own errors (StoreError) pass through; other statuses are rethrown for the caller to read.
 */
export async function storageCall<T>(op: (abortSignal: AbortSignal) => Promise<T>, timeoutMs = STORAGE_TIMEOUT_MS): Promise<T> {
  try {
    return await op(AbortSignal.timeout(timeoutMs));
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const status = statusOf(err);
    if (status === undefined || status >= 500 || status === 408) throw new StorageUnavailableError(err);
    throw err;
  }
}

/** A read that answers undefined for 404 (no such entity). */
export function storageRead<T>(op: (abortSignal: AbortSignal) => Promise<T>, timeoutMs = STORAGE_TIMEOUT_MS): Promise<T | undefined> {
  return storageCall(async (signal) => {
    try {
      return await op(signal);
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }, timeoutMs);
}
