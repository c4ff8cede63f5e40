import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { loadWorkbook, zipEntries } from './xlsxTestData';

/** A cell's look as a reader sees it: number format (none is General), font, fill, alignment. */
function look(cell: ExcelJS.Cell): string {
  const s = cell.style ?? {};
  return JSON.stringify([s.numFmt ?? 'General', s.font ?? {}, s.fill ?? {}, s.alignment ?? {}]);
}

/**
 * What a workbook holds, sheet by sheet, as lines of text read back with ExcelJS: sheet names and
 * views, column widths, hidden rows, every cell (value and look, empty styled cells too), tables
 * (name, range, columns, style), validations and merges; and the chart and drawing parts as they
 * are. Two files with the same digest show the same cells, formats, tables and charts.
 */
export async function workbookDigest(bytes: Buffer): Promise<Map<string, string[]>> {
  const wb = await loadWorkbook(bytes);
  const out = new Map<string, string[]>();
  for (const ws of wb.worksheets) {
    const lines: string[] = [`views ${JSON.stringify(ws.views)}`];
    for (let c = 1; c <= ws.columnCount; c += 1) {
      const col = ws.getColumn(c);
      lines.push(`col ${c} width ${col.width ?? '-'}${col.hidden ? ' hidden' : ''}`);
    }
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      lines.push(`row ${r}${row.hidden ? ' hidden' : ''}${row.height ? ` height ${row.height}` : ''}`);
      row.eachCell({ includeEmpty: true }, (cell) => lines.push(`${cell.address} ${JSON.stringify(cell.value)} ${look(cell)}`));
    });
    const model = ws.model as unknown as { tables?: unknown[]; merges?: string[] };
    const validations = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
    for (const t of model.tables ?? []) lines.push(`table ${JSON.stringify(t)}`);
    lines.push(`merges ${JSON.stringify(model.merges ?? [])}`, `validations ${JSON.stringify(validations)}`);
    out.set(ws.name, lines);
  }
  const parts = zipEntries(bytes);
  for (const name of [...parts.keys()].filter((k) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(k)).sort()) out.set(name, [parts.get(name)!]);
  return out;
}

/** The digest's lines of each sheet and part hashed (SHA-256, hex, first 16 characters). */
export async function workbookDigestHashes(bytes: Buffer): Promise<Record<string, string>> {
  const digest = await workbookDigest(bytes);
  return Object.fromEntries([...digest].map(([name, lines]) => [name, createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)]));
}
