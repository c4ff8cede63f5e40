import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '../..');

describe('the task pane bundle', () => {
  it('carries no zod (validation is the server’s; the pane stays small)', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'addin', 'index.tsx')],
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: 'iife',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs.some((f) => f.includes('node_modules/react-dom/'))).toBe(true);
  }, 60_000);
});
