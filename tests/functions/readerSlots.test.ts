/**
 * Admission to the upload readers, with tasks the test finishes itself: at most maxParallel at
 * once, maxWaiting queued for at most maxWaitMillis, one task per participant; the rest busy.
 */
import { ReaderSlots } from '../../functions/xlsx/readerSlots';

/** A task that runs until the test calls `finish`. */
function held<T>(value: T) {
  let finish!: () => void;
  const started = jest.fn();
  const task = () => {
    started();
    return new Promise<T>((resolve) => (finish = () => resolve(value)));
  };
  return { task, started, finish: () => finish() };
}

/** Lets every promise that can settle do so (a handed-over slot starts its task). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

const LIMITS = { maxParallel: 1, maxWaiting: 2, maxWaitMillis: 60_000 };

describe('reader slots', () => {
  it('runs maxParallel tasks, queues maxWaiting more in order and answers busy beyond', async () => {
    const slots = new ReaderSlots();
    const [a, b, c] = [held('a'), held('b'), held('c')];
    const runs = [slots.run('p1', LIMITS, a.task), slots.run('p2', LIMITS, b.task), slots.run('p3', LIMITS, c.task)];
    expect(await slots.run('p4', LIMITS, held('d').task)).toBe('busy');
    expect([a.started.mock.calls.length, b.started.mock.calls.length, slots.load]).toEqual([1, 0, { running: 1, waiting: 2, keys: 3 }]);
    a.finish();
    expect(await runs[0]).toBe('a');
    await settled();
    expect([b.started.mock.calls.length, c.started.mock.calls.length]).toEqual([1, 0]);
    b.finish();
    await runs[1];
    await settled();
    c.finish();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
    expect(slots.load).toEqual({ running: 0, waiting: 0, keys: 0 });
  });

  it('answers busy to a second task of the same participant, running or queued, and takes it again afterwards', async () => {
    const slots = new ReaderSlots();
    const limits = { ...LIMITS, maxParallel: 2 };
    const first = held('first');
    const running = slots.run('round/p1', limits, first.task);
    expect(await slots.run('round/p1', limits, held('again').task)).toBe('busy');
    // Another participant still gets the second reader.
    const other = held('other');
    const otherRun = slots.run('round/p2', limits, other.task);
    other.finish();
    expect(await otherRun).toBe('other');
    first.finish();
    expect(await running).toBe('first');
    expect(await slots.run('round/p1', limits, () => Promise.resolve('later'))).toBe('later');

    const queuedSlots = new ReaderSlots();
    const blocker = held('blocker');
    const blocking = queuedSlots.run('round/p9', LIMITS, blocker.task);
    const queued = queuedSlots.run('round/p1', LIMITS, () => Promise.resolve('queued'));
    expect(await queuedSlots.run('round/p1', LIMITS, held('again').task)).toBe('busy');
    blocker.finish();
    expect([await blocking, await queued]).toEqual(['blocker', 'queued']);
  });

  it('answers busy to a queued task not admitted within maxWaitMillis, and frees its place', async () => {
    const slots = new ReaderSlots();
    const limits = { ...LIMITS, maxWaiting: 1, maxWaitMillis: 1 };
    const first = held('first');
    const running = slots.run('p1', limits, first.task);
    const waited = held('waited');
    // The first task runs until the test ends it, so the second cannot be admitted in time.
    expect(await slots.run('p2', limits, waited.task)).toBe('busy');
    expect([waited.started.mock.calls.length, slots.load]).toEqual([0, { running: 1, waiting: 0, keys: 1 }]);
    const next = slots.run('p2', { ...limits, maxWaitMillis: 60_000 }, () => Promise.resolve('next'));
    first.finish();
    expect([await running, await next]).toEqual(['first', 'next']);
    expect(slots.load).toEqual({ running: 0, waiting: 0, keys: 0 });
  });

  it('frees the slot and the participant when a task fails', async () => {
    const slots = new ReaderSlots();
    await expect(slots.run('p1', LIMITS, () => Promise.reject(new Error('worker stopped')))).rejects.toThrow('worker stopped');
    expect(slots.load).toEqual({ running: 0, waiting: 0, keys: 0 });
  });
});
