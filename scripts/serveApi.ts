// Serves the function app locally without Core Tools: `PORT=7071 tsx scripts/serveApi.ts`.
// Prints "listening on <url>" once ready; stops on SIGINT/SIGTERM.
import { startLocalHost } from '../functions/localHost/startLocalHost';
import { runMain, stopOnSignal } from './dev/processLife';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 7071);
  const corsOrigins = (process.env.CORS_ORIGINS ?? 'https://localhost:3000').split(',').map((s) => s.trim()).filter(Boolean);
  const { server, baseUrl } = await startLocalHost(port, { corsOrigins, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`listening on ${baseUrl}\n`);
  stopOnSignal(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

runMain(main);
