import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readParticipantXlsx } from './readXlsx';
import { readVisitFormXlsx } from './readVisitFormXlsx';
import type { ReadLimits } from './workbookLimits';

/**
 * Lowers this thread's scheduling priority: on Linux every thread has its own nice value, so on a
 * busy machine the request thread (health checks, other requests) gets the CPU before the reader.
 * Elsewhere (no /proc/thread-self) the thread keeps the process's priority.
 */
function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 10);
  } catch {
    // Not Linux, or not permitted: only the priority is lost, not the isolation.
  }
}

/**
 * Worker-thread entry of readXlsxOffThread: reads the upload it was given (a participant's
 * template, or with `kind: 'visitForm'` the team's report form) and posts the reading
 * (plain data) back. A throw ends the worker with an 'error' event the caller turns into a 500.
 */
const { bytes, limits, kind } = workerData as { bytes: Uint8Array; limits: ReadLimits; kind?: 'participant' | 'visitForm' };
yieldToRequests();
const read = kind === 'visitForm' ? readVisitFormXlsx : readParticipantXlsx;
void read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits).then((reading) => parentPort!.postMessage(reading));
