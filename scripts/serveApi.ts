// Serves the function app locally without Core Tools: `PORT=7071 tsx scripts/serveApi.ts`.
// Prints "listening on <url>" once ready; stops on SIGINT/SIGTERM; a taken port is named in one line.
// API_MAIN=/abs/path/app.js serves that build of the app instead of functions/app.ts, e.g. the main
// file of the unzipped `npm run package:api` (a relative path is taken from the working directory);
// the file then loaded is logged on stderr as "app <path>". Unset: functions/app.ts, as always.
import path from 'node:path';
import { startLocalHost } from '../functions/localHost/startLocalHost';
import { assertPortFree, runMain, stopOnSignal } from './dev/processLife';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 7071);
  await assertPortFree(port, 'PORT', 'serve:api');
  const corsOrigins = (process.env.CORS_ORIGINS ?? 'https://localhost:3000').split(',').map((s) => s.trim()).filter(Boolean);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const appModule = process.env.API_MAIN ? path.resolve(process.env.API_MAIN) : undefined;
  const { server, baseUrl, appFile } = await startLocalHost(port, { corsOrigins, log, ...(appModule ? { appModule } : {}) });
  if (appModule) log(`app ${appFile}`);
  process.stdout.write(`listening on ${baseUrl}\n`);
  stopOnSignal(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

runMain(main);
