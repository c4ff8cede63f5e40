/**
 * Read-only report sheets (the coordinator's sheets and the shared recommended-model sheet) declared
 * once as data: where each line, table and chart goes. The Office.js writer (addin/excel) and the
 * xlsx writer (functions/xlsx) render the same declaration; tests read it for leaks and ordering.
 */
import { REPORT_NUMBER_FORMATS } from './sheetStyle';

export type ReportValue = string | number | null;

export type ReportFormat = 'text' | 'integer' | 'decimal';

export interface ReportColumn {
  /** Stable ASCII key (the hidden key row above the header carries it). */
  key: string;
  header: string;
  /** Width in characters. */
  width: number;
  format?: ReportFormat;
  wrap?: boolean;
  /**
   * A participant or the coordinator wrote this text (participant texts; participant, round and own
   * theme names). Every renderer writes every string as text, never as a formula; this flag also
   * formats the column's string cells as text, so editing one in Excel (F2, Enter) keeps it text.
   */
  userText?: boolean;
}

export interface ReportTable {
  kind: 'table';
  /** Workbook-unique table name; code finds data by it, never by position or sheet title. */
  name: string;
  /** Header row (1-based); the hidden key row is the row above. */
  row: number;
  columns: ReportColumn[];
  rows: ReportValue[][];
}

export interface ReportLine {
  kind: 'line';
  row: number;
  text: string;
  style: 'title' | 'heading' | 'note';
  /** Holds a name someone typed (the round's name in a title): the cell is formatted as text. */
  userText?: boolean;
}

export interface ReportChart {
  kind: 'chart';
  name: string;
  type: 'barStacked' | 'barClustered';
  title: string;
  /** The table whose columns it plots: the first key gives the categories, the rest one series each (adjacent columns). */
  table: string;
  columnKeys: string[];
  row: number;
  col: number;
  /** Size in rows and columns of the sheet. */
  rows: number;
  cols: number;
}

export type ReportBlock = ReportTable | ReportLine | ReportChart;

export type ReportSheetKey = 'round' | 'participants' | 'combined' | 'summary' | 'shared' | 'interviews' | 'visits' | 'reportTexts';

export interface ReportSheet {
  key: ReportSheetKey;
  title: string;
  /** The table that identifies the sheet in a workbook (found again by a second pull). */
  anchorTable: string;
  blocks: ReportBlock[];
}

/**
 * The number format of a table cell, for both writers: the column's declared format, text for a
 * participant's words (a number in such a column keeps the General format and stays a number).
 */
export function reportCellFormat(column: ReportColumn, value: ReportValue): string | undefined {
  if (column.format) return REPORT_NUMBER_FORMATS[column.format];
  if (column.userText) return typeof value === 'number' ? 'General' : REPORT_NUMBER_FORMATS.text;
  return undefined;
}

/** The number format of a line's cell, for both writers: text where it holds a name someone typed. */
export const reportLineFormat = (line: ReportLine): string | undefined => (line.userText ? REPORT_NUMBER_FORMATS.text : undefined);

/** How each kind of line looks, in both writers. */
export const LINE_FONT: Record<ReportLine['style'], { bold?: boolean; size?: number; italic?: boolean }> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  note: { italic: true },
};

/** A table's body rows as written: at least one row (an Excel table cannot be empty). */
export const tableBodyRows = (t: ReportTable): number => Math.max(1, t.rows.length);

/** The last row a block uses. */
function lastRow(b: ReportBlock): number {
  if (b.kind === 'table') return b.row + tableBodyRows(b);
  if (b.kind === 'chart') return b.row + b.rows - 1;
  return b.row;
}

export type Unplaced = { kind: 'line'; text: string; style: ReportLine['style']; userText?: boolean } | Omit<ReportTable, 'row'> | Omit<ReportChart, 'row' | 'col'>;

/**
 * Places blocks one under another from row 1: a line takes its row, a table a hidden key row, the
 * header and its body, a chart its height. A title or heading sits right above what follows; a note,
 * a table and a chart are followed by one empty row.
 */
export function stackBlocks(blocks: readonly Unplaced[]): ReportBlock[] {
  const out: ReportBlock[] = [];
  let row = 1;
  for (const b of blocks) {
    let placed: ReportBlock;
    if (b.kind === 'table') placed = { ...b, row: row + 1 };
    else if (b.kind === 'chart') placed = { ...b, row, col: 2 };
    else placed = { ...b, row };
    out.push(placed);
    row = lastRow(placed) + (b.kind === 'line' && b.style !== 'note' ? 1 : 2);
  }
  return out;
}

/** Every text a sheet shows (titles, headers, cells), for leak checks. */
export function reportTexts(sheet: ReportSheet): string[] {
  const out = [sheet.title];
  for (const b of sheet.blocks) {
    if (b.kind === 'line') out.push(b.text);
    else if (b.kind === 'chart') out.push(b.title);
    else {
      out.push(...b.columns.map((c) => c.header));
      for (const r of b.rows) for (const v of r) if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

/** The table of a sheet by name. */
export function reportTable(sheet: ReportSheet, name: string): ReportTable {
  const t = sheet.blocks.find((b): b is ReportTable => b.kind === 'table' && b.name === name);
  if (!t) throw new Error(`no table ${name} on ${sheet.key}`);
  return t;
}
