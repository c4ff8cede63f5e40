import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice Calc (headless) as a second spreadsheet program for the xlsx tests: it opens a file,
 * recalculates every formula (never trusting cached results) and saves it again as .xlsx, so the
 * tests can read LibreOffice's own numbers and cell types back with exceljs.
 *
 * Each call gets its own fresh user profile (two conversions never share a profile lock) and one
 * LibreOffice process converts all the files it is given, so a test file pays the start-up once.
 */

/** OOXMLRecalcMode 0 = always recalculate on load (1 = never, 2 = ask). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const DEFAULT_TIMEOUT_MS = 90_000;

let checked: string | undefined;

/** The LibreOffice binary, or a clear error saying how to get it. */
export function libreOfficeBinary(): string {
  if (checked) return checked;
  for (const candidate of [process.env.LIBREOFFICE_BIN, 'libreoffice', 'soffice'].filter((c): c is string => !!c)) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (!probe.error && probe.status === 0 && /LibreOffice/.test(probe.stdout)) {
      checked = candidate;
      return candidate;
    }
  }
  throw new Error(
    'LibreOffice is not installed (no `libreoffice` or `soffice` on PATH). The xlsx tests open files in LibreOffice Calc: ' +
      'install it with `apt-get install --no-install-recommends libreoffice-calc` (.ci/run does this) or set LIBREOFFICE_BIN.',
  );
}

/**
 * Opens each file in LibreOffice Calc headless, recalculates and saves it as .xlsx; returns the
 * converted bytes under the same keys. Names are file stems (letters, digits, '-', '_').
 */
export async function convertWithLibreOffice(files: Record<string, Buffer>, options: { timeoutMs?: number } = {}): Promise<Record<string, Buffer>> {
  const bin = libreOfficeBinary();
  const names = Object.keys(files);
  for (const n of names) if (!/^[\w-]+$/.test(n)) throw new Error(`convertWithLibreOffice: bad file name ${JSON.stringify(n)}`);
  if (names.length === 0) return {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ilm-lo-'));
  try {
    const profile = path.join(dir, 'profile');
    const input = path.join(dir, 'in');
    const output = path.join(dir, 'out');
    for (const d of [path.join(profile, 'user'), input, output]) mkdirSync(d, { recursive: true });
    writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), REGISTRY);
    const inputs = names.map((n) => {
      const p = path.join(input, `${n}.xlsx`);
      writeFileSync(p, files[n]!);
      return p;
    });
    const args = [
      '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', output, ...inputs,
    ];
    const log = await run(bin, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const out: Record<string, Buffer> = {};
    for (const n of names) {
      try {
        out[n] = readFileSync(path.join(output, `${n}.xlsx`));
      } catch {
        throw new Error(`LibreOffice did not convert ${n}.xlsx:\n${log}`);
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One file through LibreOffice (see convertWithLibreOffice). */
export async function recalcWithLibreOffice(bytes: Buffer, options: { timeoutMs?: number } = {}): Promise<Buffer> {
  return (await convertWithLibreOffice({ file: bytes }, options)).file!;
}

/** Runs LibreOffice in its own process group, so a timeout can end it and its soffice.bin child together. */
function run(bin: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    let log = '';
    child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`LibreOffice could not start (${bin}): ${e.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(log);
      else reject(new Error(`LibreOffice exited with ${code ?? signal}:\n${log}`));
    });
  });
}
