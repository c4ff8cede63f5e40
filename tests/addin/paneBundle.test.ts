import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '../..');

describe('the task pane bundle', () => {
  it('carries no zod and no response schema (the client reads answers by their types and a cheap check; the pane stays small)', async () => {
    // As scripts/buildAddin.ts builds it for production.
    const result = await build({
      entryPoints: [path.join(root, 'addin', 'index.tsx')],
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: ['es2020'],
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', __API_BASE__: '"http://localhost:7071/api"' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules/zod/') || f.includes('shared/schemas/responses/'))).toEqual([]);
    expect(inputs.some((f) => f.includes('node_modules/react-dom/'))).toBe(true);
    // The budget: 250 KiB gzipped (it was 245.6 KiB before the typed client, 246.9 KiB after).
    expect(gzipSync(result.outputFiles[0]!.contents).length).toBeLessThanOrEqual(250 * 1024);
  }, 60_000);
});
