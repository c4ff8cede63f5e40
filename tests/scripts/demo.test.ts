import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = path.resolve(__dirname, '../..');

function demo(lang: string, outDir: string) {
  return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'demo.ts'), '--lang', lang], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    // A port nothing listens on, so the demo starts its own in-memory stack.
    env: { ...process.env, API_URL: 'http://127.0.0.1:9/api', ROUND_CREATION_KEY: 'demo-test-key-0123456789', OUT_DIR: outDir },
  });
}

describe('npm run demo', () => {
  it('runs a whole round on its own stack, prints the report and saves the coordinator workbook', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'demo-out-'));
    writeFileSync(path.join(outDir, 'coordinator.xlsx'), 'an earlier workbook');
    const r = demo('en', outDir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Ilmastoyhteistyö – demo round');
    expect(r.stdout).toContain('- Merilinnan kaupunki: approach «Closed paid frontrunner network» (85)');
    expect(r.stdout.match(/^\d\. visit /gm)).toHaveLength(6);
    expect(r.stdout).toContain('## Summary (participants are not compared)');
    // Every host's visit: details, questions sent, a released report, the host's sharing.
    expect(r.stdout.match(/^- [^:]+: \d{4}-\d{2}-\d{2}; questions sent; report released v1; sharing set$/gm)).toHaveLength(6);
    // The team-identified findings the hosts shared: 6 hosts × 6 items, levels in turn, so 12 anonymous and 12 named (none of the 12 `team` ones).
    const findings = r.stdout.slice(r.stdout.indexOf('### Strengths and development areas identified by the interview teams (as the hosts shared them)'));
    const items = findings.slice(0, findings.indexOf('\n\n###')).match(/^- .+: (strength|development area): «.+»( \(.+\))?$/gm) ?? [];
    expect([items.length, items.filter((l) => l.endsWith(')')).length]).toEqual([24, 12]);
    expect(r.stdout).not.toMatch(/Bearer/);
    // Reviewed, finalised and published: the public page's link (128 random bits, base64url).
    expect(r.stdout).toMatch(/^## Results\nFinal summary, version 1\nPublished openly \(no login\): http:\/\/127\.0\.0\.1:\d+\/api\/public\/results\/[A-Za-z0-9_-]{22}\.html\?lang=en$/m);
    // The coordinator key and one invite token, to open the round and submit in the pane.
    expect(r.stdout).toMatch(/^Coordinator key: \S{20,}$/m);
    expect(r.stdout).toMatch(/^Invite token \([^)]+\): \S+\.\S{10,}$/m);
    // An earlier workbook is kept; the new one goes next to it.
    expect(readFileSync(path.join(outDir, 'coordinator.xlsx'), 'utf8')).toBe('an earlier workbook');
    expect(r.stdout).toMatch(/Coordinator workbook saved to: .*coordinator-2\.xlsx$/m);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, 'coordinator-2.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Round', 'Participants', 'Summary', 'Combined data', 'Interviews', 'Visits', 'Report texts']);
    const column = (sheet: string, col: number) => wb.getWorksheet(sheet)!.getColumn(col).values.map((v) => String(v ?? ''));
    expect(column('Visits', 7).filter((v) => v.startsWith('Released v1 ('))).toHaveLength(6);
    expect(column('Report texts', 1)[2]).toMatch(/^COORDINATOR ONLY – do not pass this sheet on\./);
    // 36 report items and each host's overall summary and feedback notes.
    expect(column('Report texts', 7).filter((v) => v === 'Host, team and coordinator only')).toHaveLength(12 + 12);
    expect(column('Summary', 1)).toContain('Strengths and development areas identified by the interview teams');
  }, 100_000);

  it('speaks Swedish with --lang sv', () => {
    const r = demo('sv', mkdtempSync(path.join(os.tmpdir(), 'demo-out-')));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Klimatsamarbete – demonstrationsomgång');
    expect(r.stdout).toMatch(/^Koordinatornyckel: \S{20,}$/m);
    expect(r.stdout).toContain('## Sammanfattning (deltagarna jämförs inte)');
    expect(r.stdout).toMatch(/Koordinatorns arbetsbok sparad i: .*coordinator\.xlsx$/m);
  }, 100_000);
});
