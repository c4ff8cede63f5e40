import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = path.resolve(__dirname, '../..');

describe('npm run demo', () => {
  it('runs a whole round on its own stack, prints the report and saves the coordinator workbook', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'demo-out-'));
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'demo.ts'), '--lang', 'en'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 90_000,
      // A port nothing listens on, so the demo starts its own in-memory stack.
      env: { ...process.env, API_URL: 'http://127.0.0.1:9/api', ROUND_CREATION_KEY: 'demo-test-key-0123456789', OUT_DIR: outDir },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Ilmastoyhteistyö – demo round');
    expect(r.stdout).toContain('- Merilinnan kaupunki: approach «Closed paid frontrunner network» (85)');
    expect(r.stdout.match(/^\d\. visit /gm)).toHaveLength(6);
    expect(r.stdout).toContain('## Summary (participants are not compared)');
    expect(r.stdout).not.toMatch(/Bearer|coordinator\.[A-Za-z0-9_-]{20}/);
    expect(r.stdout).toContain('Coordinator workbook saved to');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, 'coordinator.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Round', 'Participants', 'Summary', 'Combined data', 'Interviews']);
  }, 100_000);
});
