import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's python3 with python3-openpyxl (.ci/run installs it); OPENPYXL_PYTHON to use another. */
const PYTHON = process.env.OPENPYXL_PYTHON ?? '/usr/bin/python3';

export interface CellEdit {
  sheet: string;
  cell: string;
  /** A string starting with "=" is a formula; other strings stay text, numbers numbers. */
  value: string | number;
}

/**
 * A workbook loaded, edited and saved by openpyxl, as a script filling the template would: absolute
 * relationship targets, inline strings and formulas without calculated values, as openpyxl writes them.
 */
export function editWithOpenpyxl(bytes: Buffer, edits: CellEdit[]): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ilm-openpyxl-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const output = path.join(dir, 'out.xlsx');
    writeFileSync(input, bytes);
    const run = spawnSync(PYTHON, [path.join(__dirname, 'openpyxlEdit.py'), input, output], { input: JSON.stringify(edits), encoding: 'utf8', timeout: 60_000 });
    if (run.error || run.status !== 0) {
      throw new Error(
        `openpyxl could not edit the workbook (${PYTHON}): ${run.error?.message ?? run.stderr}\n` +
          'The tests use Debian’s openpyxl: `apt-get install python3-openpyxl` (.ci/run does this) or set OPENPYXL_PYTHON.',
      );
    }
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
