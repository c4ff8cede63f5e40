import { reportCellFormat, reportLineFormat, type ReportSheet, type ReportTable, type ReportValue } from '../../shared/layouts/reportSheet';
import { asSheetText } from '../../shared/layouts/sheetText';

/**
 * Bytes of cell data (values and number formats, as JSON) one sync may carry. Excel on the web
 * rejects requests over 5 MB; the rest of a request (addresses, formats, names) is small beside this.
 */
export const DEFAULT_CHUNK_BYTES = 2_000_000;

export type Cell = string | number;

/**
 * A formatted column's number formats: one for the whole column when every body cell has the same
 * (a fixed format, or a column of typed text holding no numbers), else one per body row.
 */
export type ColumnFormat = { col: number; all: string } | { col: number; perRow: string[] };

/** A table as it will be written: cell values made safe, its columns' number formats, per-row cost. */
export interface PreparedTable {
  table: ReportTable;
  /** Body rows (one empty row for an empty table). */
  cells: Cell[][];
  formats: ColumnFormat[];
  rowBytes: number[];
}

/** Rows [from, to) of a prepared table. */
export interface Chunk {
  prepared: PreparedTable;
  from: number;
  to: number;
}

/** A participant's string can never become a formula, nor carry what a saved file cannot hold (asSheetText); null is an empty cell. */
export const cellOf = (v: ReportValue): Cell => (v === null ? '' : typeof v === 'string' ? asSheetText(v) : v);

export const jsonLength = (m: unknown): number => JSON.stringify(m).length;

export function prepare(t: ReportTable): PreparedTable {
  t.rows.forEach((r, i) => {
    if (r.length !== t.columns.length) throw new Error(`${t.name}: row ${i + 1} has ${r.length} cells for ${t.columns.length} columns`);
  });
  const rows: ReportValue[][] = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
  const cells = rows.map((r) => r.map(cellOf));
  const formats = t.columns.flatMap((c, col): ColumnFormat[] => {
    if (reportCellFormat(c, null) === undefined) return [];
    const perRow = rows.map((r) => reportCellFormat(c, r[col]!)!);
    return perRow.every((f) => f === perRow[0]) ? [{ col, all: perRow[0]! }] : [{ col, perRow }];
  });
  // A matrix's JSON is 2 + Σ rows + (rows − 1) commas: each row costs its JSON and at most one comma,
  // and its formats where they go row by row (a whole column's format is counted with the chunk).
  const rowBytes = cells.map((r, i) => jsonLength(r) + 1 + formats.reduce((n, f) => n + ('perRow' in f ? jsonLength([f.perRow[i]]) + 1 : 0), 0));
  return { table: t, cells, formats, rowBytes };
}

/** The JSON overhead of one chunk: the brackets of its values matrix and each column's format(s). */
const chunkOverhead = (p: PreparedTable) => 2 + p.formats.reduce((n, f) => n + ('all' in f ? jsonLength(f.all) : 2), 0);

/** Lines, key rows and headers: written with the sheet's first sync. */
function structureBytes(sheet: ReportSheet): number {
  let n = 0;
  for (const b of sheet.blocks) {
    if (b.kind === 'line') {
      const fmt = reportLineFormat(b);
      n += jsonLength([[cellOf(b.text)]]) + (fmt === undefined ? 0 : jsonLength([[fmt]]));
    }
    if (b.kind === 'table') n += jsonLength([b.columns.map((c) => cellOf(c.key))]) + jsonLength([b.columns.map((c) => cellOf(c.header))]);
  }
  return n;
}

/**
 * Splits a sheet's table bodies into syncs: the first carries the structure and as many rows as fit
 * in `budget`, each further one as many as fit (always at least one row).
 */
export function planBatches(sheet: ReportSheet, prepared: readonly PreparedTable[], budget: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let batch: Chunk[] = [];
  let bytes = structureBytes(sheet);
  for (const p of prepared) {
    let from = 0;
    for (let i = 0; i < p.cells.length; i += 1) {
      const add = p.rowBytes[i]! + (i === from ? chunkOverhead(p) : 0);
      if (bytes > 0 && bytes + add > budget) {
        if (i > from) batch.push({ prepared: p, from, to: i });
        batches.push(batch);
        batch = [];
        bytes = 0;
        from = i;
        bytes += p.rowBytes[i]! + chunkOverhead(p);
      } else {
        bytes += add;
      }
    }
    batch.push({ prepared: p, from, to: p.cells.length });
  }
  batches.push(batch);
  return batches;
}
