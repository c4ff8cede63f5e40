import { a1, columnLetter } from '../../shared/layouts/a1';
import { chartColumns, checkReportSheets } from '../../shared/layouts/checkReportSheets';
import { LINE_FONT, reportLineFormat, tableBodyRows, type ReportChart, type ReportSheet, type ReportTable } from '../../shared/layouts/reportSheet';
import { cleanText } from '../../shared/text/cleanText';
import { charsToPoints, HEADER_FILL, type ExcelRun } from './excelRun';
import { cellOf, DEFAULT_CHUNK_BYTES, jsonLength, planBatches, prepare, type Cell } from './planReportBatches';
import { freeTitle, sheetKey } from './sheetTitles';

/** Sheets being replaced are renamed to this prefix first; an interrupted run's leftovers are deleted by the next. */
const RETIRED_PREFIX = '~ilm-old-';

export interface WriteReportOptions {
  /** Called after each sheet is complete with (sheets done, sheets in all). */
  onProgress?: (done: number, total: number) => void;
  /** Cell data per sync; table bodies past it go in further syncs. */
  chunkBytes?: number;
}

export interface WriteReportResult {
  /** The sheet names as written, in the order given. */
  written: string[];
  /** context.sync() calls made. */
  syncs: number;
  /** Per sync: JSON length of the values and number-format matrices it wrote (0 for the look-ups). */
  requestBytes: number[];
}

const CHART_TYPE = { barStacked: 'BarStacked', barClustered: 'BarClustered' } as const satisfies Record<ReportChart['type'], `${Excel.ChartType}`>;

/**
 * Writes report sheets (the coordinator's pull, the interview plan, the shared model sheet) from
 * their declarations, replacing earlier versions in place: a sheet is found again by its anchor
 * table, its tables give up their names, it is renamed out of the way, the new sheet takes its title
 * and place, and the old one is deleted once the new one is complete. A user's own sheet with the
 * same title is left alone (the new sheet takes "Title (2)").
 *
 * Syncs: one to look up what exists (two when something does), then one per sheet, plus one per
 * further `chunkBytes` of cell data in a big sheet; never one per row.
 */
export async function writeReportSheets(run: ExcelRun, sheets: readonly ReportSheet[], options: WriteReportOptions = {}): Promise<WriteReportResult> {
  checkReportSheets(sheets);
  if (sheets.length === 0) return { written: [], syncs: 0, requestBytes: [] };
  const budget = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const plans = sheets.map((s) => {
    const prepared = s.blocks.filter((b): b is ReportTable => b.kind === 'table').map(prepare);
    return { prepared, batches: planBatches(s, prepared, budget) };
  });
  return run(async (context) => {
    const wb = context.workbook;
    const requestBytes: number[] = [];
    let pending = 0;
    const sync = async () => {
      await context.sync();
      requestBytes.push(pending);
      pending = 0;
    };
    const write = (range: Excel.Range, what: 'values' | 'numberFormat', matrix: Cell[][]) => {
      pending += jsonLength(matrix);
      range[what] = matrix;
    };
    /**
     * One number format for every cell of a range, sent once: Office.js applies a single (non-array)
     * value to all cells of the range ("Update all cells in a range", Excel JavaScript API docs);
     * its typings declare only the matrix form.
     */
    const formatAll = (range: Excel.Range, format: string) => {
      pending += jsonLength(format);
      (range as unknown as { numberFormat: string }).numberFormat = format;
    };

    // What exists: every sheet, and every table these sheets declare, wherever it is.
    const sheetList = wb.worksheets.load('items/name,items/position');
    const tableNames = sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.name] : [])));
    const found = new Map(tableNames.map((n) => [n, wb.tables.getItemOrNullObject(n).load('name')]));
    await sync();
    const present = [...found].filter(([, t]) => !t.isNullObject);
    const tableSheet = new Map(present.map(([n, t]) => [n, t.worksheet.load('name')]));
    if (present.length > 0) await sync();

    /** Sheet names in tab order as they will be after the queued commands (Excel runs them in order). */
    const order = [...sheetList.items].sort((a, b) => a.position - b.position).map((s) => s.name);
    /** Sheets present at the start that the queued commands have deleted (their tables went with them). */
    const gone = new Set<string>();
    const leftovers = order.filter((n) => n.startsWith(RETIRED_PREFIX));
    const claimed = new Set<string>();
    const oldSheets = sheets.map((s) => {
      const name = tableSheet.get(s.anchorTable)?.name;
      if (name === undefined || name.startsWith(RETIRED_PREFIX) || claimed.has(name)) return undefined;
      claimed.add(name);
      return name;
    });
    const stamp = Date.now().toString(36);
    const written: string[] = [];
    let first: Excel.Worksheet | undefined;

    for (const [k, sheet] of sheets.entries()) {
      const { batches } = plans[k]!;
      // The old tables give up their names before the new ones take them (unless their sheet is gone).
      for (const b of sheet.blocks) {
        const old = b.kind === 'table' ? tableSheet.get(b.name) : undefined;
        if (b.kind === 'table' && old && !gone.has(old.name)) found.get(b.name)!.name = `${b.name}_old_${stamp}`;
      }
      const oldName = oldSheets[k];
      const retired = `${RETIRED_PREFIX}${stamp}-${k}`;
      let oldSheet: Excel.Worksheet | undefined;
      if (oldName !== undefined) {
        oldSheet = wb.worksheets.getItem(oldName);
        oldSheet.name = retired;
        order[order.indexOf(oldName)] = retired;
      }
      const title = freeTitle(cleanText(sheet.title), new Set(order.map(sheetKey)));
      const ws = wb.worksheets.add(title);
      order.push(title);
      first ??= ws;
      written.push(title);
      // Its place: the old sheet's; else after the sheet written before it; else before the first later one that exists.
      const later = oldSheets.slice(k + 1).flatMap((n) => (n === undefined ? [] : [order.indexOf(n)]));
      const place = oldSheet ? order.indexOf(retired) : k > 0 ? order.indexOf(written[k - 1]!) + 1 : later.length > 0 ? Math.min(...later) : undefined;
      if (place !== undefined && place !== order.length - 1) {
        ws.position = place;
        order.splice(order.length - 1, 1);
        order.splice(place, 0, title);
      }

      // Lines and each table's key row, header, table object, wrapping; widths per sheet.
      const widths = new Map<number, number>();
      for (const b of sheet.blocks) {
        if (b.kind === 'line') {
          const cell = ws.getRange(`A${b.row}`);
          // A name someone typed is formatted as text before it is written, so an edit keeps it text.
          const fmt = reportLineFormat(b);
          if (fmt) write(cell, 'numberFormat', [[fmt]]);
          write(cell, 'values', [[cellOf(b.text)]]);
          const font = LINE_FONT[b.style];
          if (font.bold) cell.format.font.bold = true;
          if (font.size) cell.format.font.size = font.size;
          if (font.italic) cell.format.font.italic = true;
        } else if (b.kind === 'table') {
          const last = columnLetter(b.columns.length);
          const end = b.row + tableBodyRows(b);
          const keyRow = ws.getRange(`A${b.row - 1}:${last}${b.row - 1}`);
          write(keyRow, 'values', [b.columns.map((c) => cellOf(c.key))]);
          keyRow.rowHidden = true;
          const header = ws.getRange(`A${b.row}:${last}${b.row}`);
          write(header, 'values', [b.columns.map((c) => cellOf(c.header))]);
          header.format.font.bold = true;
          header.format.font.color = '#FFFFFF';
          header.format.fill.color = HEADER_FILL;
          header.format.wrapText = true;
          header.format.verticalAlignment = 'Top';
          b.columns.forEach((c, i) => {
            widths.set(i + 1, Math.max(widths.get(i + 1) ?? 0, c.width));
            if (!c.wrap) return;
            const body = ws.getRange(`${columnLetter(i + 1)}${b.row + 1}:${columnLetter(i + 1)}${end}`);
            body.format.wrapText = true;
            body.format.verticalAlignment = 'Top';
          });
          const table = ws.tables.add(`A${b.row}:${last}${end}`, true);
          table.name = b.name;
          table.style = 'TableStyleLight1';
        }
      }
      for (const [col, width] of widths) ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = charsToPoints(width);
      for (const b of sheet.blocks) {
        if (b.kind !== 'chart') continue;
        const { table, first: c1, last: c2 } = chartColumns(sheet, b);
        const source = ws.getRange(`${columnLetter(c1)}${table.row}:${columnLetter(c2)}${table.row + tableBodyRows(table)}`);
        const chart = ws.charts.add(CHART_TYPE[b.type], source, 'Columns');
        chart.name = b.name;
        chart.title.text = cleanText(b.title);
        chart.setPosition(a1(b.row, b.col), a1(b.row + b.rows - 1, b.col + b.cols - 1));
      }

      // Table bodies, chunk by chunk: number formats before values, so text stays text ("2026-01-15", "00123").
      for (const [j, batch] of batches.entries()) {
        for (const { prepared: p, from, to } of batch) {
          const r1 = p.table.row + 1 + from;
          const r2 = p.table.row + to;
          for (const f of p.formats) {
            const col = columnLetter(f.col + 1);
            const range = ws.getRange(`${col}${r1}:${col}${r2}`);
            if ('all' in f) formatAll(range, f.all);
            else write(range, 'numberFormat', f.perRow.slice(from, to).map((x) => [x]));
          }
          write(ws.getRange(`A${r1}:${columnLetter(p.table.columns.length)}${r2}`), 'values', p.cells.slice(from, to));
        }
        if (j === batches.length - 1) {
          // The old sheet goes once the new one is complete; an interrupted run's leftovers with the first sheet.
          if (oldSheet && oldName !== undefined) {
            oldSheet.delete();
            order.splice(order.indexOf(retired), 1);
            gone.add(oldName);
          }
          if (k === 0) {
            for (const n of leftovers) {
              wb.worksheets.getItem(n).delete();
              order.splice(order.indexOf(n), 1);
              gone.add(n);
            }
          }
          if (k === sheets.length - 1) first!.activate();
        }
        await sync();
      }
      options.onProgress?.(k + 1, sheets.length);
    }
    return { written, syncs: requestBytes.length, requestBytes };
  });
}
