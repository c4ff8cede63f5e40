import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('npm run demo', () => {
  it('runs a whole round on its own stack and prints the report', () => {
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'demo.ts'), '--lang', 'en'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 90_000,
      // A port nothing listens on, so the demo starts its own in-memory stack.
      env: { ...process.env, API_URL: 'http://127.0.0.1:9/api', ROUND_CREATION_KEY: 'demo-test-key-0123456789' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Ilmastoyhteistyö – demo round');
    expect(r.stdout).toContain('- Merilinnan kaupunki: approach «Closed paid frontrunner network» (85)');
    expect(r.stdout.match(/^\d\. visit /gm)).toHaveLength(6);
    expect(r.stdout).toContain('## Summary (participants are not compared)');
    expect(r.stdout).not.toMatch(/Bearer|coordinator\.[A-Za-z0-9_-]{20}/);
  }, 100_000);
});
