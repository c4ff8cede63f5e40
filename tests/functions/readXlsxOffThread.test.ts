/**
 * The upload reader in its worker thread (here from the .ts source through tsx, as under
 * `tsx scripts/serveApi.ts`): the same reading as on the calling thread, ended at the time or heap
 * limit, at most `maxParallel` reads at once with a bounded queue whose reads wait a bounded time,
 * and one read at a time per participant.
 */
import { readParticipantXlsx } from '../../functions/xlsx/readXlsx';
import { readParticipantXlsxOffThread } from '../../functions/xlsx/readXlsxOffThread';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { makeSubmission } from '../helpers/makeSubmission';

let filled: Buffer;
beforeAll(async () => {
  filled = await participantXlsx('fi', { submission: makeSubmission() });
});

describe('reading an upload off the request thread', () => {
  it('gives the same reading as on the calling thread', async () => {
    const inWorker = await readParticipantXlsxOffThread(filled);
    expect(inWorker.ok).toBe(true);
    expect(inWorker).toEqual(await readParticipantXlsx(filled));
    expect(await readParticipantXlsxOffThread(Buffer.from('not a zip'))).toEqual({ ok: false, code: 'not_a_workbook' });
  }, 60_000);

  it('ends a read at the wall-clock limit and says so', async () => {
    // No worker starts, let alone reads a workbook, within a millisecond.
    expect(await readParticipantXlsxOffThread(filled, { ...READ_LIMITS, maxMillis: 1 })).toEqual({ ok: false, code: 'too_large', limit: 'time', max: 1 });
  }, 60_000);

  it('ends a read at the heap limit and says so', async () => {
    expect(await readParticipantXlsxOffThread(filled, { ...READ_LIMITS, maxHeapMb: 2 })).toEqual({ ok: false, code: 'too_large', limit: 'memory', max: 2 });
  }, 60_000);

  it('runs at most maxParallel reads, queues maxWaiting more and answers busy beyond', async () => {
    const limits = { ...READ_LIMITS, maxParallel: 1, maxWaiting: 1 };
    const results = await Promise.all([0, 1, 2].map(() => readParticipantXlsxOffThread(filled, limits)));
    expect(results.map((r) => (r.ok ? 'read' : r.code))).toEqual(['read', 'read', 'busy']);
    // The slots are free again afterwards.
    expect((await readParticipantXlsxOffThread(filled, { ...limits, maxWaiting: 0 })).ok).toBe(true);
  }, 120_000);

  it('reads one upload at a time per participant: a second one while the first is read is busy', async () => {
    const results = await Promise.all(['round-a/p1', 'round-a/p1', 'round-a/p2'].map((key) => readParticipantXlsxOffThread(filled, READ_LIMITS, key)));
    expect(results.map((r) => (r.ok ? 'read' : r.code))).toEqual(['read', 'busy', 'read']);
    expect((await readParticipantXlsxOffThread(filled, READ_LIMITS, 'round-a/p1')).ok).toBe(true);
  }, 120_000);

  it('answers busy to a read that waited maxWaitMillis for a reader', async () => {
    // No worker starts, let alone reads a workbook, within a millisecond, so the second read waits longer.
    const limits = { ...READ_LIMITS, maxParallel: 1, maxWaiting: 1, maxWaitMillis: 1 };
    const results = await Promise.all([0, 1].map(() => readParticipantXlsxOffThread(filled, limits)));
    expect(results.map((r) => (r.ok ? 'read' : r.code))).toEqual(['read', 'busy']);
    expect([READ_LIMITS.maxWaitMillis, READ_LIMITS.maxMillis]).toEqual([20_000, 20_000]);
  }, 120_000);
});
