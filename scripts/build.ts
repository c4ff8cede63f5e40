// The production build (`npm run build`): the task pane into dist/addin (hashed bundle, Office.js
// from Microsoft's CDN, a CSP allowing the deployed API), dist/manifest.xml pointing at the deployed
// pane, then `tsc -p tsconfig.build.json` (dist/functions/app.js, package.json's main, for `func
// start` in the repo root; it also type-checks shared/, functions/ and scripts/).
// `npm run build [-- --api-base URL --pane-origin URL] [--production]`; the flags override env
// API_BASE and PANE_ORIGIN. Once either is given (or --production), refuses before writing anything a
// missing, http or localhost setting: a production build never points at localhost. With neither
// (azd's own `npm run build` while packaging, before provisioning has made the origins), it builds the
// pane for the local API, writes no manifest and says so in one line. (`npm run build:addin` is the
// dev build with its own flags.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAddin } from './buildAddin';
import { productionManifest } from './dev/productionManifest';

const root = path.resolve(__dirname, '..');
/** Where `npm run build` writes: addin/ and manifest.xml (tsc adds functions/, shared/, scripts/). */
export const DIST = path.join(root, 'dist');

const SETTINGS = {
  apiBase: { env: 'API_BASE', flag: '--api-base', example: 'https://func-abc.azurewebsites.net/api', what: 'the deployed Functions API', https: 'the https pane may not call an http API' },
  paneOrigin: { env: 'PANE_ORIGIN', flag: '--pane-origin', example: 'https://nice-sea-0123.azurestaticapps.net', what: 'the https origin serving the task pane', https: 'Office loads add-ins only over https' },
} as const;
type Setting = keyof typeof SETTINGS;

const LOCAL_HOST = /^(localhost|.+\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;

function checked(key: Setting, value: string): URL {
  const { env, flag, https } = SETTINGS[key];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${env} (or ${flag}) is not a URL: ${value}`);
  }
  if (LOCAL_HOST.test(url.hostname)) {
    throw new Error(`${env} (or ${flag}) points at ${url.hostname} (${value}): a production build must name the deployed ${key === 'apiBase' ? 'API' : 'pane'}, never localhost`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`${env} (or ${flag}) must be https, got ${value}: ${https}`);
  }
  return url;
}

/**
 * The deployed API base and pane origin, checked: both set, both https, neither localhost, the pane
 * origin without a path. Throws a one-line message naming what to set.
 *
 * @example
 * productionTargets({ apiBase: 'https://func-abc.azurewebsites.net/api/', paneOrigin: 'https://nice-sea-0123.azurestaticapps.net/' })
 * // { apiBase: 'https://func-abc.azurewebsites.net/api', apiOrigin: 'https://func-abc.azurewebsites.net', paneOrigin: 'https://nice-sea-0123.azurestaticapps.net' }
 */
export function productionTargets(config: { apiBase?: string; paneOrigin?: string }): { apiBase: string; apiOrigin: string; paneOrigin: string } {
  const missing = (Object.keys(SETTINGS) as Setting[]).filter((key) => !config[key]?.trim());
  if (missing.length > 0) {
    const names = missing.map((key) => SETTINGS[key].env).join(' and ');
    const how = missing.map((key) => `${SETTINGS[key].env}=${SETTINGS[key].example} (${SETTINGS[key].what}, or ${SETTINGS[key].flag})`).join(', ');
    throw new Error(`${names} ${missing.length > 1 ? 'are' : 'is'} not set: the production build needs ${how}`);
  }
  const api = checked('apiBase', config.apiBase!.trim());
  const pane = checked('paneOrigin', config.paneOrigin!.trim());
  if (pane.pathname !== '/' || pane.search || pane.hash) {
    throw new Error(`PANE_ORIGIN (or --pane-origin) must be an origin without a path, e.g. ${SETTINGS.paneOrigin.example}, got ${config.paneOrigin}`);
  }
  return { apiBase: api.href.replace(/\/+$/, ''), apiOrigin: api.origin, paneOrigin: pane.origin };
}

/** `--api-base URL` / `--api-base=URL` and `--pane-origin …` from argv, else env API_BASE and PANE_ORIGIN. */
export function productionConfig(argv: readonly string[], env: NodeJS.ProcessEnv): { apiBase?: string; paneOrigin?: string } {
  const flag = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : argv[i + 1];
  };
  const apiBase = flag('--api-base') ?? env.API_BASE;
  const paneOrigin = flag('--pane-origin') ?? env.PANE_ORIGIN;
  return { ...(apiBase ? { apiBase } : {}), ...(paneOrigin ? { paneOrigin } : {}) };
}

/** Builds the production pane into `<outDir>/addin` and writes `<outDir>/manifest.xml` (outDir defaults to dist/). */
export async function buildProduction(config: { apiBase?: string; paneOrigin?: string; outDir?: string }): Promise<{ addinDir: string; manifestFile: string; jsFile: string; bytes: number; apiBase: string; paneOrigin: string }> {
  const { apiBase, apiOrigin, paneOrigin } = productionTargets(config);
  const manifest = productionManifest(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), paneOrigin);
  const outDir = config.outDir ?? DIST;
  const addinDir = path.join(outDir, 'addin');
  const { jsFile, bytes } = await buildAddin({ dev: false, office: 'cdn', apiBase, apiOrigin, outDir: addinDir });
  mkdirSync(outDir, { recursive: true });
  const manifestFile = path.join(outDir, 'manifest.xml');
  writeFileSync(manifestFile, manifest);
  return { addinDir, manifestFile, jsFile, bytes, apiBase, paneOrigin };
}

/** `tsc -p tsconfig.build.json` in this Node; its exit status. */
function compileWithTsc(): number {
  const tsc = require.resolve('typescript/bin/tsc');
  return spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

/** Without configuration and without --production: the pane for the local API, no manifest. */
export const UNCONFIGURED_NOTICE =
  'npm run build: API_BASE and PANE_ORIGIN are not set, so this is a local build: the pane calls http://localhost:7071/api and no dist/manifest.xml is written. Set both (azd up does) or pass --production for the deployable build.';

/** True when the production build is asked for: --production, or either setting given. */
export function wantsProduction(argv: readonly string[], config: { apiBase?: string; paneOrigin?: string }): boolean {
  return argv.includes('--production') || Boolean(config.apiBase?.trim() || config.paneOrigin?.trim());
}

async function localBuild(): Promise<void> {
  const { jsFile, bytes } = await buildAddin({ dev: false, office: 'cdn' });
  process.stderr.write(`${UNCONFIGURED_NOTICE}\n`);
  process.stdout.write(`built dist/addin/${jsFile} (${(bytes / 1024).toFixed(0)} KiB)\n`);
  if (compileWithTsc() !== 0) throw new Error('tsc -p tsconfig.build.json failed');
}

if (require.main === module) {
  const fail = (message: string) => {
    process.stderr.write(`npm run build: ${message}\n`);
    process.exit(1);
  };
  const argv = process.argv.slice(2);
  const config = productionConfig(argv, process.env);
  if (!wantsProduction(argv, config)) {
    localBuild().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
  } else buildProduction(config)
    .then(({ addinDir, manifestFile, jsFile, bytes, apiBase, paneOrigin }) => {
      const rel = (p: string) => path.relative(process.cwd(), p) || '.';
      process.stdout.write(
        `built ${rel(path.join(addinDir, jsFile))} (${(bytes / 1024).toFixed(0)} KiB), calling ${apiBase}\n` +
          `wrote ${rel(manifestFile)} for ${paneOrigin}: deploy ${rel(addinDir)}/ there\n`,
      );
      if (compileWithTsc() !== 0) fail('tsc -p tsconfig.build.json failed');
      process.stdout.write('compiled dist/functions (tsc -p tsconfig.build.json)\n');
    })
    .catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
}
