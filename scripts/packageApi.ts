// Makes the package the Azure Functions Flex Consumption plan deploys: `npm run package:api`.
// esbuild bundles functions/app.ts and the xlsx reader's worker (functions/xlsx/readXlsxWorker.ts,
// started from a file beside app.js by readXlsxOffThread) into dist/api-package/ with host.json and a
// package.json ("type": "module", main app.js) that has NO dependencies: every runtime dependency is
// in the bundles, and only `@azure/functions-core` stays external (the Functions worker provides it).
// The bundles are ES modules split at the app's lazy `import()`s, so start-up loads only app.js and
// the chunks it needs (@azure/functions, the route table, the error wrapper): each route's handler,
// with storage, zod, ExcelJS, @azure/identity or the OpenAPI builder as it uses them, loads with that
// route's first request (functions/routes.ts; cold start, `npm run bench`). The Functions worker loads an ES module main with import()
// (Azure/azure-functions-nodejs-worker, loadScriptFile.ts). Then zips the files, at the zip's root as
// Flex Consumption expects, into dist/api.zip and prints one line: its path and size. The source maps
// go to dist/api-sourcemaps/ for reading minified stack traces; they are not shipped (azd deploys the
// whole staging folder, see azure.yaml).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import JSZip from 'jszip';

const root = path.resolve(__dirname, '..');

/** What the zip holds first, at its root; the shared chunks (`chunk-*.js`) follow, by name. */
export const PACKAGE_FILES = ['host.json', 'package.json', 'app.js', 'readXlsxWorker.js'] as const;

/**
 * Each ES module bundle gets back what its CommonJS dependencies expect of Node: `require` (for
 * built-ins and the worker-provided `@azure/functions-core`), `__filename` and `__dirname` (its own
 * folder: chunks stay beside app.js, where readXlsxOffThread finds the worker's file).
 */
export const ESM_PRELUDE = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join('\n');

/**
 * How the deployed code is bundled: ES modules split at lazy imports, minified, for Node 20. The
 * bench's load host is bundled the same way, so it measures the code that runs in Azure.
 */
export const API_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  banner: { js: ESM_PRELUDE },
  minify: true,
  // tsx/cjs is only named (require.resolve) by readXlsxOffThread when it runs from .ts, never from a bundle.
  external: ['@azure/functions-core', 'tsx/cjs'],
} satisfies BuildOptions;

/** A fixed timestamp for every entry, so the same bundles always give the same zip. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

interface RootPackage {
  name: string;
  version: string;
  devDependencies?: Record<string, string>;
}

export interface ApiPackage {
  /** The staging folder (`<outDir>/api-package`). */
  stagingDir: string;
  /** The zip to deploy (`<outDir>/api.zip`). */
  zipPath: string;
  zipBytes: number;
  /** What start-up loads: the files and the npm packages bundled into them (startupOf). */
  startup: { files: string[]; packages: string[] };
}

/** The package name of a bundled input under node_modules (`@scope/name` or `name`), else undefined. */
function packageOf(input: string): string | undefined {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m?.[1];
}

/**
 * Refuses a bundle that took in code the deployed app must not carry: a dev dependency (tsx, jest, …)
 * or anything from tests/, scripts/, bench/, addin/ or the local host (functions/localHost/).
 */
function assertRuntimeOnly(metafile: Metafile, devDependencies: Record<string, string>): void {
  const offending = Object.keys(metafile.inputs).filter((input) => {
    const pkg = packageOf(input);
    if (pkg) return pkg in devDependencies;
    return /^(tests|scripts|bench|addin|functions\/localHost)\//.test(input);
  });
  if (offending.length > 0) throw new Error(`the API bundle must not include dev-only code: ${offending.join(', ')}`);
}

/** The deployed package.json: the app's entry point and Node version, and nothing to install. */
function deployedPackageJson(pkg: RootPackage): string {
  return `${JSON.stringify(
    {
      name: `${pkg.name}-api`,
      version: pkg.version,
      private: true,
      description: 'The Azure Functions app, bundled: app.js, readXlsxWorker.js and their chunks hold every runtime dependency, so there are no dependencies to install.',
      main: 'app.js',
      type: 'module',
      engines: { node: '20' },
    },
    null,
    2,
  )}\n`;
}

/**
 * What Node loads to start the packaged app, from esbuild's metafile: app.js and every chunk it
 * reaches through static imports (not through a lazy `import()`), and the packages bundled into them.
 */
function startupOf(metafile: Metafile, stagingDir: string): ApiPackage['startup'] {
  const outputs = new Map(Object.entries(metafile.outputs).map(([file, output]) => [path.resolve(root, file), output]));
  const app = path.join(stagingDir, 'app.js');
  const seen = new Set<string>([app]);
  const queue = [app];
  while (queue.length > 0) {
    for (const i of outputs.get(queue.pop()!)?.imports ?? []) {
      const file = path.resolve(root, i.path);
      if (i.kind === 'import-statement' && !i.external && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  const packages = new Set<string>();
  for (const file of seen) for (const input of Object.keys(outputs.get(file)?.inputs ?? {})) {
    const pkg = packageOf(input);
    if (pkg) packages.add(pkg);
  }
  return { files: [...seen].map((file) => path.relative(stagingDir, file)).sort(), packages: [...packages].sort() };
}

/** Bundles the app and its worker into `<outDir>/api-package/` and zips it to `<outDir>/api.zip`. */
export async function packageApi(options: { outDir?: string } = {}): Promise<ApiPackage> {
  const outDir = path.resolve(options.outDir ?? path.join(root, 'dist'));
  const stagingDir = path.join(outDir, 'api-package');
  const zipPath = path.join(outDir, 'api.zip');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as RootPackage;

  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  const result = await build({
    ...API_BUNDLE,
    entryPoints: { app: path.join(root, 'functions', 'app.ts'), readXlsxWorker: path.join(root, 'functions', 'xlsx', 'readXlsxWorker.ts') },
    outdir: stagingDir,
    // Without a sourceMappingURL comment: the runtime never looks for them. They are moved out of the
    // staging folder below, because azd deploys that whole folder.
    sourcemap: 'external',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  assertRuntimeOnly(result.metafile, pkg.devDependencies ?? {});
  const mapsDir = path.join(outDir, 'api-sourcemaps');
  rmSync(mapsDir, { recursive: true, force: true });
  mkdirSync(mapsDir, { recursive: true });
  for (const file of readdirSync(stagingDir).filter((f) => f.endsWith('.map'))) renameSync(path.join(stagingDir, file), path.join(mapsDir, file));
  writeFileSync(path.join(stagingDir, 'host.json'), readFileSync(path.join(root, 'host.json')));
  writeFileSync(path.join(stagingDir, 'package.json'), deployedPackageJson(pkg));

  const chunks = readdirSync(stagingDir).filter((f) => f.startsWith('chunk-') && f.endsWith('.js')).sort();
  const zip = new JSZip();
  for (const file of [...PACKAGE_FILES, ...chunks]) zip.file(file, readFileSync(path.join(stagingDir, file)), { date: ZIP_DATE, unixPermissions: 0o644 });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  writeFileSync(zipPath, bytes);
  return { stagingDir, zipPath, zipBytes: statSync(zipPath).size, startup: startupOf(result.metafile, stagingDir) };
}

if (require.main === module) {
  packageApi()
    .then(({ zipPath, zipBytes }) =>
      process.stdout.write(`packaged ${path.relative(process.cwd(), zipPath) || zipPath} (${(zipBytes / 1024).toFixed(0)} KiB)\n`),
    )
    .catch((err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    });
}
