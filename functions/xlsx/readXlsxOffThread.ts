import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { XlsxReading } from './readXlsx';
import type { VisitFormReading } from './readVisitFormXlsx';
import { ReaderSlots } from './readerSlots';
import { READ_LIMITS, type ReadLimits } from './workbookLimits';

export type OffThreadReading = XlsxReading | { ok: false; code: 'busy' };
export type OffThreadFormReading = VisitFormReading | { ok: false; code: 'busy' };

type WorkerKind = 'participant' | 'visitForm';

/**
 * The worker's file next to this one: .js once compiled (dist/), .ts under ts-jest and tsx, where
 * the worker loads it through tsx's require hook (a dev dependency, present wherever .ts runs).
 */
function workerScript(): { file: string; execArgv: string[] } {
  const fromSource = __filename.endsWith('.ts');
  return {
    file: path.join(__dirname, `readXlsxWorker${fromSource ? '.ts' : '.js'}`),
    execArgv: fromSource ? ['--require', require.resolve('tsx/cjs')] : [],
  };
}

/** One read in a fresh worker with a heap cap and a wall-clock cap; the worker is ended at either. */
function readInWorker<R>(bytes: Buffer, limits: ReadLimits, kind: WorkerKind): Promise<R | Extract<XlsxReading, { code: 'too_large' }>> {
  return new Promise((resolve, reject) => {
    const { file, execArgv } = workerScript();
    const worker = new Worker(file, {
      execArgv,
      workerData: { bytes, limits, kind },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => settle(() => {
      void worker.terminate();
      resolve({ ok: false, code: 'too_large', limit: 'time', max: limits.maxMillis });
    }), limits.maxMillis);
    worker.once('message', (reading: R) => settle(() => resolve(reading)));
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => (err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ ok: false, code: 'too_large', limit: 'memory', max: limits.maxHeapMb }) : reject(err))),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the xlsx reader stopped (exit code ${code}) without an answer`))));
  });
}

/** The process's readers: every import shares them (a test holds a participant's place through it). */
export const READERS = new ReaderSlots();

/**
 * readParticipantXlsx in a worker thread, so the request thread (and every other request, health
 * checks included) never waits for ExcelJS: at most `maxParallel` reads at once, up to `maxWaiting`
 * more queued for at most `maxWaitMillis`, and one read at a time per `key` (the participant);
 * beyond that `busy` (the route answers 503 with Retry-After). Over the time or heap limit the
 * worker is ended and the reading says which limit (the route answers 413).
 */
export async function readParticipantXlsxOffThread(bytes: Buffer, limits: ReadLimits = READ_LIMITS, key?: string): Promise<OffThreadReading> {
  const reading = await READERS.run(key, limits, () => readInWorker<XlsxReading>(bytes, limits, 'participant'));
  return reading === 'busy' ? { ok: false, code: 'busy' } : reading;
}

/** The team's report form (readVisitFormXlsx) read the same way, sharing the same readers and limits. */
export async function readVisitFormXlsxOffThread(bytes: Buffer, limits: ReadLimits = READ_LIMITS, key?: string): Promise<OffThreadFormReading> {
  const reading = await READERS.run(key, limits, () => readInWorker<VisitFormReading>(bytes, limits, 'visitForm'));
  return reading === 'busy' ? { ok: false, code: 'busy' } : reading;
}
