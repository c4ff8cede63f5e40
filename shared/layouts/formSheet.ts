import type { Choice } from './choices';
import type { ColumnSpec } from './modelsLayout';

/**
 * A sheet that mixes read-only lines with tables, some of whose columns the user fills in (the
 * peer-learning visit's sheets). Declared once here as data; the Office.js writer
 * (addin/excel/writeFormSheet.ts) renders it and the readers find its tables by name.
 */
export type FormValue = string | number;

/** A line of cells from column B (column A is every form sheet's hidden key column). */
export interface FormLine {
  kind: 'line';
  row: number;
  cells: FormValue[];
  style: 'title' | 'heading' | 'note' | 'field';
}

export interface FormTable {
  kind: 'table';
  /** Workbook-unique ASCII name: code finds the data by it, never by the sheet's title. */
  name: string;
  /** Header row (1-based); the hidden row of column keys is the row above. */
  row: number;
  columns: readonly ColumnSpec[];
  rows: FormValue[][];
  /** A dropdown whose list is a range of this sheet (e.g. the theme names of another table), by column key. */
  rangeLists?: Record<string, string>;
  /** A dropdown that differs by row (e.g. only the levels at or below an item's own), by column key: one list per body row. */
  rowChoices?: Record<string, readonly (readonly Choice<string>[])[]>;
}

export type FormBlock = FormLine | FormTable;

export interface FormSheet {
  title: string;
  /** The table that identifies the sheet in a workbook (found again on the next write). */
  anchorTable: string;
  blocks: FormBlock[];
  /** Its own column widths (A first); FORM_COLUMN_WIDTHS when left out. */
  columnWidths?: readonly { width: number; hidden?: boolean }[];
}

/**
 * The columns every visit sheet shares (Excel widths are per column, so they are stated once):
 * A hidden keys (theme and item ids), B theme or label, C text, D kind, E sharing.
 */
export const FORM_COLUMN_WIDTHS: readonly { width: number; hidden?: boolean }[] = [{ width: 12, hidden: true }, { width: 28 }, { width: 70 }, { width: 22 }, { width: 28 }];

/** Rows a table occupies: its key row, header and body (at least one row: an Excel table cannot be empty). */
export const formTableRows = (t: Pick<FormTable, 'rows'>) => 2 + Math.max(1, t.rows.length);

export type UnplacedBlock = Omit<FormLine, 'row'> | Omit<FormTable, 'row'> | { kind: 'gap' };

/**
 * Places blocks one under another from row 1: a line takes its row, a table its key row, header and
 * body, a gap one empty row.
 *
 * @example
 * stackForm([{ kind: 'line', cells: ['Otsikko'], style: 'title' }, { kind: 'gap' }, table]) // table.row === 4
 */
export function stackForm(blocks: readonly UnplacedBlock[]): FormBlock[] {
  const out: FormBlock[] = [];
  let row = 1;
  for (const b of blocks) {
    if (b.kind === 'gap') {
      row += 1;
    } else if (b.kind === 'table') {
      out.push({ ...b, row: row + 1 });
      row += formTableRows(b);
    } else {
      out.push({ ...b, row });
      row += 1;
    }
  }
  return out;
}

/** The table of a form sheet by name. */
export function formTable(sheet: FormSheet, name: string): FormTable {
  const t = sheet.blocks.find((b): b is FormTable => b.kind === 'table' && b.name === name);
  if (!t) throw new Error(`no table ${name} on ${sheet.title}`);
  return t;
}

/** 1-based column of a key in a table's columns. */
export function formColumn(columns: readonly ColumnSpec[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i + 1;
}
