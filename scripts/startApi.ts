// `npm run start:api`: Azurite (data in .data/azurite) and the local Functions host on port 7071.
// Ctrl-C stops both. PORT and AZURITE_TABLE_PORT choose other ports; a taken port is named in one line.
import { startLocalStack } from './dev/localStack';
import { assertPortFree, runMain, stopOnSignal } from './dev/processLife';

async function main(): Promise<void> {
  const apiPort = Number(process.env.PORT ?? 7071);
  // Checked before Azurite starts, so a second start:api says so in one line and leaves nothing behind.
  await assertPortFree(apiPort, 'PORT');
  const stack = await startLocalStack({ apiPort, azuritePort: Number(process.env.AZURITE_TABLE_PORT ?? 10002) });
  process.stdout.write(
    [
      `API:      ${stack.baseUrl}   (try: curl ${stack.baseUrl}/health)`,
      `Storage:  Azurite table service on 127.0.0.1:${stack.azurite.port}, data in .data/azurite`,
      `Rounds:   create with  Authorization: Bearer <the key in .data/round-creation-key>`,
      'Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
  stopOnSignal(() => stack.stop());
}

runMain(main);
