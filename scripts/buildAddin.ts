// Builds the task pane into dist/addin (or `outDir`): taskpane.html, the bundle (hashed in production), icons.
// `tsx scripts/buildAddin.ts [--dev] [--office local|cdn] [--api-base URL] [--api-origin https://…]`;
// local serves office.js from /office/. The API base (or env API_BASE) is the pane's default API
// (`?api=` still overrides it); its origin goes into the page's Content-Security-Policy unless
// --api-origin names another. Also writes help.html, and upload.html with its own bundle (the upload
// page for participants without the add-in, addin/upload/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PNG } from 'pngjs';
import { helpPage } from './dev/helpPage';
import { paneCsp } from './dev/paneCsp';

const root = path.resolve(__dirname, '..');
export const ADDIN_OUT = path.join(root, 'dist', 'addin');
const OFFICE_SRC = { local: 'office/office.js', cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' };

/** A simple icon: a green rounded square with a light leaf, drawn pixel by pixel. */
function icon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const r = size * 0.18;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const i = (y * size + x) * 4;
      const dx = Math.max(r - x, 0, x - (size - 1 - r));
      const dy = Math.max(r - y, 0, y - (size - 1 - r));
      const inside = dx * dx + dy * dy <= r * r;
      // Leaf: an ellipse rotated 45°, centred.
      const u = (x - size / 2 + y - size / 2) / Math.SQRT2;
      const v = (x - size / 2 - (y - size / 2)) / Math.SQRT2;
      const leaf = (u * u) / (size * 0.36) ** 2 + (v * v) / (size * 0.16) ** 2 <= 1;
      const [R, G, B] = leaf ? [220, 240, 200] : [31, 92, 58];
      png.data[i] = R; png.data[i + 1] = G; png.data[i + 2] = B; png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

/** The API the pane calls unless told otherwise (`?api=`); its origin is the one the built pane's CSP allows by default. */
export const DEFAULT_API_ORIGIN = 'http://localhost:7071';
/** The API base the pane calls by default (`__API_BASE__` in addin/index.tsx). */
export const DEFAULT_API_BASE = `${DEFAULT_API_ORIGIN}/api`;

/**
 * The API base the built pane calls by default and the origin its CSP allows: the origin of
 * `apiBase` when one is given and `apiOrigin` is not.
 *
 * @example
 * apiTargets({ apiBase: 'http://localhost:7072/api/' }) // { apiBase: 'http://localhost:7072/api', apiOrigin: 'http://localhost:7072' }
 */
export function apiTargets(options: { apiBase?: string; apiOrigin?: string }): { apiBase: string; apiOrigin: string } {
  const apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
  return { apiBase, apiOrigin: options.apiOrigin ?? (options.apiBase ? new URL(apiBase).origin : DEFAULT_API_ORIGIN) };
}

/**
 * Builds the pane into `outDir` (default dist/addin, emptied first). `apiOrigin` is written into the
 * page's Content-Security-Policy (a meta tag, so the policy holds on any static host): the pane may
 * call no other server.
 */
export async function buildAddin(options: { dev: boolean; office: 'local' | 'cdn'; apiBase?: string; apiOrigin?: string; outDir?: string }): Promise<{ jsFile: string; bytes: number }> {
  const { apiBase, apiOrigin } = apiTargets(options);
  const out = options.outDir ?? ADDIN_OUT;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: { taskpane: path.join(root, 'addin', 'index.tsx'), upload: path.join(root, 'addin', 'upload', 'index.tsx') },
    bundle: true,
    outdir: out,
    entryNames: options.dev ? '[name]' : '[name].[hash]',
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: !options.dev,
    sourcemap: options.dev ? 'inline' : false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify(options.dev ? 'development' : 'production'), __API_BASE__: JSON.stringify(apiBase) },
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile!.outputs);
  const bundleOf = (entry: string) => outputs.find(([f, o]) => f.endsWith('.js') && o.entryPoint?.endsWith(entry))!;
  const [jsOut, meta] = bundleOf('addin/index.tsx');
  const jsFile = path.basename(jsOut);
  const uploadJs = path.basename(bundleOf('addin/upload/index.tsx')[0]);
  const csp = `<meta http-equiv="Content-Security-Policy" content="${paneCsp(apiOrigin)}" />`;
  const html = readFileSync(path.join(root, 'addin', 'public', 'taskpane.html'), 'utf8')
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${csp}`)
    .replace('<!-- OFFICE_JS -->', `<script src="${OFFICE_SRC[options.office]}"></script>`)
    .replace('<!-- APP_JS -->', `<script src="${jsFile}"></script>`);
  writeFileSync(path.join(out, 'taskpane.html'), html);
  const upload = readFileSync(path.join(root, 'addin', 'public', 'upload.html'), 'utf8')
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${csp}`)
    .replace('<!-- APP_JS -->', `<script src="${uploadJs}"></script>`);
  writeFileSync(path.join(out, 'upload.html'), upload);
  writeFileSync(path.join(out, 'help.html'), helpPage(paneCsp(apiOrigin), apiBase));
  for (const size of [16, 32, 64, 80]) writeFileSync(path.join(out, 'assets', `icon-${size}.png`), icon(size));
  return { jsFile, bytes: meta.bytes };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const office = args.includes('--office') ? (args[args.indexOf('--office') + 1] as 'local' | 'cdn') : 'local';
  const apiOrigin = args.includes('--api-origin') ? args[args.indexOf('--api-origin') + 1] : undefined;
  const apiBase = args.includes('--api-base') ? args[args.indexOf('--api-base') + 1] : process.env.API_BASE || undefined;
  buildAddin({ dev: args.includes('--dev'), office, ...(apiBase ? { apiBase } : {}), ...(apiOrigin ? { apiOrigin } : {}) })
    .then(({ jsFile, bytes }) => process.stdout.write(`built dist/addin/${jsFile} (${(bytes / 1024).toFixed(0)} KiB)\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    });
}
