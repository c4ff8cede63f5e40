// `npm run start:api`: Azurite (data in .data/azurite) and the local Functions host on port 7071.
// Ctrl-C stops both.
import { startLocalStack } from './dev/localStack';

async function main(): Promise<void> {
  const stack = await startLocalStack({ apiPort: Number(process.env.PORT ?? 7071), azuritePort: Number(process.env.AZURITE_TABLE_PORT ?? 10002) });
  process.stdout.write(
    [
      `API:      ${stack.baseUrl}   (try: curl ${stack.baseUrl}/health)`,
      `Storage:  Azurite table service on 127.0.0.1:${stack.azurite.port}, data in .data/azurite`,
      `Rounds:   create with  Authorization: Bearer <the key in .data/round-creation-key>`,
      'Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void stack.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
