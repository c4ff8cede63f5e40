/** Runs a script's main, printing a failure and exiting 1 instead of an unhandled rejection. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
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
