/**
 * Cold start: a fresh Node process that loads the deployed function app (the bundles
 * `npm run package:api` makes, app.js as an ES module), beside its floor, a bare `@azure/functions`
 * app with one route bundled the same way. Runs are interleaved (bare, app, bare, …) so a busy
 * machine slows both alike; the ratio is the median app time ÷ the median bare time. Node alone
 * (`node -e ""`) is printed for scale. What start-up loads is also listed: the files app.js
 * imports before its first request, and their size. Each route's code loads with its first request,
 * so the first request of a route also pays for its handler's chunks: `firstRequestMs` times node +
 * app.js + the handler's module for a route without storage (recommend) and one with it (PUT
 * submission), beside the same bare app.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { API_BUNDLE, packageApi } from '../scripts/packageApi';
import { median } from './measure';

const root = path.resolve(__dirname, '..');

const BARE_APP = `import { app } from '@azure/functions';
app.http('echo', { methods: ['POST'], authLevel: 'anonymous', route: 'echo', handler: async (request) => ({ body: await request.text() }) });
`;

export interface ColdStartBench {
  runs: number;
  nodeAloneMs: number;
  bareMs: number;
  appMs: number;
  /** Median app ÷ median bare. */
  ratio: number;
  /** The files loaded at start-up (app.js and the chunks it imports statically) and their bytes. */
  startupFiles: number;
  startupBytes: number;
  packageBytes: number;
  /** Node + app.js + one route's handler module (what its first request loads), median ms, and ÷ bare. */
  firstRequestMs: Record<string, number>;
  firstRequestRatios: Record<string, number>;
}

/** The routes whose first load is timed: one without storage, one with it. */
const FIRST_ROUTES = ['recommend-post', 'submission-put'] as const;

/** The chunk that holds a handler's module, found through the source maps packageApi sets aside. */
function chunkOfHandler(stagingDir: string, handler: string): string {
  const mapsDir = path.join(path.dirname(stagingDir), 'api-sourcemaps');
  const chunk = readdirSync(stagingDir).find((f) => f.startsWith('chunk-') && f.endsWith('.js')
    && (JSON.parse(readFileSync(path.join(mapsDir, `${f}.map`), 'utf8')) as { sources: string[] }).sources.some((s) => s.endsWith(`functions/handlers/${handler}.ts`)));
  if (!chunk) throw new Error(`no chunk holds the handler ${handler}`);
  return path.join(stagingDir, chunk);
}

function timeProcess(args: readonly string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

const loadArgs = (file: string, then?: string) => ['-e', `import(${JSON.stringify(pathToFileURL(file).href)})${then ? `.then(() => import(${JSON.stringify(pathToFileURL(then).href)}))` : ''}`];

export async function coldStartBench(runs = 11): Promise<ColdStartBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cold-start-'));
  try {
    const { stagingDir, zipBytes, startup } = await packageApi({ outDir: dir });
    const bareDir = path.join(dir, 'bare');
    await build({
      stdin: { contents: BARE_APP, resolveDir: root, loader: 'ts' },
      outfile: path.join(bareDir, 'app.mjs'),
      ...API_BUNDLE, splitting: false, logLevel: 'warning',
    });
    const app = path.join(stagingDir, 'app.js');
    const bare = path.join(bareDir, 'app.mjs');
    const chunks = FIRST_ROUTES.map((route) => chunkOfHandler(stagingDir, route));
    const times = { node: [] as number[], bare: [] as number[], app: [] as number[], first: FIRST_ROUTES.map(() => [] as number[]) };
    for (let r = -1; r < runs; r += 1) {
      const n = await timeProcess(['-e', '']);
      const b = await timeProcess(loadArgs(bare));
      const a = await timeProcess(loadArgs(app));
      const f: number[] = [];
      for (const chunk of chunks) f.push(await timeProcess(loadArgs(app, chunk)));
      if (r < 0) continue;
      times.node.push(n);
      times.bare.push(b);
      times.app.push(a);
      f.forEach((ms, i) => times.first[i]!.push(ms));
    }
    const files = startup.files;
    const bareMs = median(times.bare);
    const appMs = median(times.app);
    return {
      runs,
      nodeAloneMs: Number(median(times.node).toFixed(1)),
      bareMs: Number(bareMs.toFixed(1)),
      appMs: Number(appMs.toFixed(1)),
      ratio: Number((appMs / bareMs).toFixed(2)),
      startupFiles: files.length,
      startupBytes: files.reduce((sum, f) => sum + statSync(path.join(stagingDir, f)).size, 0),
      packageBytes: zipBytes,
      firstRequestMs: Object.fromEntries(FIRST_ROUTES.map((route, i) => [route, Number(median(times.first[i]!).toFixed(1))])),
      firstRequestRatios: Object.fromEntries(FIRST_ROUTES.map((route, i) => [route, Number((median(times.first[i]!) / bareMs).toFixed(2))])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  coldStartBench()
    .then((r) => console.log(r))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
