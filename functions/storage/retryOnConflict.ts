/** How long a write keeps trying when other writes to the same rows win the race. */
export const CONFLICT_BUDGET_MS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, retrying while `isConflict(err)` with exponential backoff and
 * full jitter (so racing writers spread out instead of colliding again in step), for at most
 * `budgetMs`; then the last conflict is thrown. Any other error is thrown at once.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, isConflict: (err: unknown) => boolean, budgetMs = CONFLICT_BUDGET_MS, random: () => number = Math.random): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let n = 0; ; n += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (!isConflict(err) || Date.now() >= deadline) throw err;
      await sleep(random() * Math.min(500, 10 * 2 ** Math.min(n, 6)));
    }
  }
}
