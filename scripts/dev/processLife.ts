import net from 'node:net';

/** A port a script needs is taken; runMain prints only the message (no stack trace). */
export class PortTakenError extends Error {}

/**
 * Resolves when `port` on 127.0.0.1 is free, or fails with a PortTakenError naming the port and the
 * environment variable that chooses another (for `npm run <script>`). Port 0 (any free port) is always free.
 */
export function assertPortFree(port: number, variable: string, script = 'start:api'): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortTakenError(`Port ${port} is already in use (is the API already running?). Stop that process or choose another port: ${variable}=7072 npm run ${script}`) : err),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Runs a script's main, printing a failure and exiting 1 instead of an unhandled rejection. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    const inUse = err instanceof PortTakenError || (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
    process.stderr.write(`${inUse ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`);
    process.exit(1);
  });
}

/** On Ctrl-C or SIGTERM, runs `stop` once and exits. */
export function stopOnSignal(stop: () => Promise<void> | void): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    void Promise.resolve(stop()).then(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
