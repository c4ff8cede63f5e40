// Serves the function app locally without Core Tools: `PORT=7071 tsx scripts/serveApi.ts`.
// Prints "listening on <url>" once ready; stops on SIGINT/SIGTERM; a taken port is named in one line.
import { startLocalHost } from '../functions/localHost/startLocalHost';
import { assertPortFree, runMain, stopOnSignal } from './dev/processLife';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 7071);
  await assertPortFree(port, 'PORT', 'serve:api');
  const corsOrigins = (process.env.CORS_ORIGINS ?? 'https://localhost:3000').split(',').map((s) => s.trim()).filter(Boolean);
  const { server, baseUrl } = await startLocalHost(port, { corsOrigins, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`listening on ${baseUrl}\n`);
  stopOnSignal(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

runMain(main);
