/** What admission needs to know of the read limits (workbookLimits.ts). */
export interface SlotLimits {
  maxParallel: number;
  maxWaiting: number;
  maxWaitMillis: number;
}

interface Waiting {
  admit: () => void;
}

/**
 * Who may read an upload now: at most `maxParallel` tasks at once and `maxWaiting` more queued,
 * each queued task for at most `maxWaitMillis` (its client has likely given up by then, and a
 * retry after Retry-After costs nothing); and at most one task, running or queued, per key (a
 * participant), so one invite token cannot fill the readers and the queue. Everything else is
 * answered 'busy' at once: a second import from the same participant while its first is still
 * read is refused, not queued, since it would only be read after the first anyway.
 */
export class ReaderSlots {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private readonly keys = new Set<string>();

  /** Tasks running now and tasks queued (for tests and diagnostics). */
  get load(): { running: number; waiting: number; keys: number } {
    return { running: this.running, waiting: this.waiting.length, keys: this.keys.size };
  }

  async run<T>(key: string | undefined, limits: SlotLimits, task: () => Promise<T>): Promise<T | 'busy'> {
    if (key !== undefined && this.keys.has(key)) return 'busy';
    if (this.running >= limits.maxParallel) {
      if (this.waiting.length >= limits.maxWaiting) return 'busy';
      if (key !== undefined) this.keys.add(key);
      // A finishing task hands its slot over directly, so `running` never overshoots.
      const admitted = await new Promise<boolean>((resolve) => {
        const entry: Waiting = {
          admit: () => {
            clearTimeout(timer);
            resolve(true);
          },
        };
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          resolve(false);
        }, limits.maxWaitMillis);
        this.waiting.push(entry);
      });
      if (!admitted) {
        if (key !== undefined) this.keys.delete(key);
        return 'busy';
      }
    } else {
      this.running += 1;
      if (key !== undefined) this.keys.add(key);
    }
    try {
      return await task();
    } finally {
      if (key !== undefined) this.keys.delete(key);
      const next = this.waiting.shift();
      if (next) next.admit();
      else this.running -= 1;
    }
  }
}
