import { LANGS } from '../i18n/lang';
import { VISIT_SHEET_STRINGS as S } from '../i18n/visitSheetStrings';
import { makeIssue, type IssuePath } from '../schemas/fieldIssue';
import type { Lang } from '../i18n/lang';
import { a1 } from './a1';
import { alignRows } from './alignRows';
import { parseChoice } from './choices';
import type { ColumnSpec } from './modelsLayout';
import { sheetThemeName, type SheetTheme } from './renderWorkbookValues';
import { NOTE_FIELDS, NOTES_COLUMNS, QUESTION_COLUMNS, REPORT_COLUMNS, REPORT_KIND_CHOICES, REPORT_KINDS, sheetText, type ReportKind, type SheetReport, type SheetReportItem } from './visitSheet';

/** A form table as an adapter reads it: the hidden key row, the body, where its header is. */
export interface FormTableValues {
  /** The sheet's name as it is now (shown beside each error). */
  sheet: string;
  /** 1-based header row; the body starts below it. */
  headerRow: number;
  keys: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** A cell of a form sheet, found again by its table's name. */
export interface FormCellRef {
  table: string;
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** A cell the user fills in (it gets the input colour back once fixed). */
  input: boolean;
}

/** A request body read from a sheet, and the cell each path of it came from. */
export interface FormReading<T> {
  input: T;
  cellFor(path: IssuePath): FormCellRef | undefined;
}

const isBlank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
const text = (v: unknown) => (isBlank(v) ? '' : String(v).trim());

/** The cells of one table: values by column key, and each key's cell. */
export function tableCells(table: string, values: FormTableValues, columns: readonly ColumnSpec[]) {
  const rows = alignRows(values.keys, values.rows, columns);
  const colOf = (key: string) => {
    const i = values.keys.indexOf(key);
    return (i >= 0 ? i : columns.findIndex((c) => c.key === key)) + 1;
  };
  const at = (i: number, key: string): FormCellRef => {
    const row = values.headerRow + 1 + i;
    return { table, sheet: values.sheet, row, col: colOf(key), address: a1(row, colOf(key)), input: columns.find((c) => c.key === key)?.role === 'input' };
  };
  const get = (i: number, key: string) => rows[i]?.[columns.findIndex((c) => c.key === key)];
  return { count: rows.length, get, at };
}

/** Looks paths up from the longest prefix: an error about a question points at its theme's cell. */
export function cellLookup(cells: Map<string, FormCellRef>) {
  return (path: IssuePath) => {
    for (let n = path.length; n > 0; n -= 1) {
      const hit = cells.get(path.slice(0, n).join('/'));
      if (hit) return hit;
    }
    return undefined;
  };
}

/** A theme named in the sheet, in any language (a sheet made in Swedish may be read in Finnish), or by its id. */
function themeIdOf(themes: readonly SheetTheme[], cell: unknown): string | undefined {
  const name = text(cell).toLowerCase();
  for (const t of themes) {
    const id = typeof t === 'string' ? t : t.id;
    if (id.toLowerCase() === name || LANGS.some((l) => sheetThemeName(t, l).toLowerCase() === name)) return id;
  }
  return undefined;
}

export interface VisitSheetValues {
  questions: FormTableValues;
  report: FormTableValues;
  notes: FormTableValues;
}

export interface VisitSheetReading {
  questions: FormReading<{ themes: { themeId: string; questions: string[] }[] }>;
  report: FormReading<SheetReport>;
  /** What cannot be sent as it is (a theme or kind the sheet does not know), at its cell. */
  issues: { message: string; code: string; cell: FormCellRef }[];
}

/**
 * Turns the team's Vierailu sheet back into the questions and report request bodies. Questions: a
 * line of a theme's cell is a question. Report: a row with text is an item of its theme and kind,
 * keeping the id in its hidden cell (a copied row's repeated id is dropped, so the copy becomes a new
 * item); rows without text are the form's empty rows. Themes are the round's, named in any language.
 *
 * @example
 * const r = readVisitSheet(values, names, roundThemes, 'fi');
 * api.putVisitReport(ref, r.report.input) // 422 → r.report.cellFor(error.path)
 */
export function readVisitSheet(values: VisitSheetValues, tables: { questions: string; report: string; notes: string }, themes: readonly SheetTheme[], lang: Lang): VisitSheetReading {
  const issues: VisitSheetReading['issues'] = [];
  const unknownTheme = (cell: FormCellRef, value: string) => {
    issues.push({ message: makeIssue(['themes'], 'unknown_theme', { value }).message[lang], code: 'unknown_theme', cell });
  };

  const qCells = new Map<string, FormCellRef>();
  const q = tableCells(tables.questions, values.questions, QUESTION_COLUMNS);
  const questionThemes: { themeId: string; questions: string[] }[] = [];
  for (let i = 0; i < q.count; i += 1) {
    const lines = String(q.get(i, 'questions') ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    const n = questionThemes.length;
    questionThemes.push({ themeId: text(q.get(i, 'themeId')), questions: lines });
    qCells.set(['themes', n].join('/'), q.at(i, 'theme'));
    qCells.set(['themes', n, 'questions'].join('/'), q.at(i, 'questions'));
  }

  const rCells = new Map<string, FormCellRef>();
  const r = tableCells(tables.report, values.report, REPORT_COLUMNS);
  const byTheme = new Map<string, { strengths: { item: SheetReportItem; row: number }[]; developmentAreas: { item: SheetReportItem; row: number }[] }>();
  const seen = new Set<string>();
  for (let i = 0; i < r.count; i += 1) {
    const itemText = text(r.get(i, 'text'));
    if (!itemText) continue;
    const themeId = themeIdOf(themes, r.get(i, 'theme'));
    if (!themeId) {
      unknownTheme(r.at(i, 'theme'), text(r.get(i, 'theme')));
      continue;
    }
    const kind = parseChoice(REPORT_KIND_CHOICES, r.get(i, 'kind'));
    if (!REPORT_KINDS.includes(kind as ReportKind)) {
      const allowed = REPORT_KIND_CHOICES.map((c) => c.label[lang]).join(', ');
      issues.push({ message: sheetText('chooseOne', lang, { field: S.kind[lang], allowed }), code: 'invalid_value', cell: r.at(i, 'kind') });
      continue;
    }
    const id = text(r.get(i, 'itemId'));
    const item: SheetReportItem = id && !seen.has(id) ? { id, text: itemText } : { text: itemText };
    if (id) seen.add(id);
    const entry = byTheme.get(themeId) ?? { strengths: [], developmentAreas: [] };
    byTheme.set(themeId, entry);
    entry[kind as ReportKind].push({ item, row: i });
  }
  const order = themes.map((t) => (typeof t === 'string' ? t : t.id)).filter((id) => byTheme.has(id));
  const reportThemes = order.map((themeId, ti) => {
    const entry = byTheme.get(themeId)!;
    const out = { themeId, strengths: [] as SheetReportItem[], developmentAreas: [] as SheetReportItem[] };
    for (const kind of REPORT_KINDS) {
      entry[kind].forEach(({ item, row }, j) => {
        out[kind].push(item);
        rCells.set(['themes', ti, kind, j].join('/'), r.at(row, 'text'));
      });
    }
    const first = entry.strengths[0] ?? entry.developmentAreas[0]!;
    rCells.set(['themes', ti].join('/'), r.at(first.row, 'theme'));
    return out;
  });

  const notes = tableCells(tables.notes, values.notes, NOTES_COLUMNS);
  const noteText: Record<string, string> = {};
  for (let i = 0; i < notes.count; i += 1) {
    const key = text(notes.get(i, 'field'));
    if (!(NOTE_FIELDS as readonly string[]).includes(key)) continue;
    noteText[key] = text(notes.get(i, 'text'));
    rCells.set(key, notes.at(i, 'text'));
  }

  return {
    questions: { input: { themes: questionThemes }, cellFor: cellLookup(qCells) },
    report: { input: { themes: reportThemes, summary: noteText.summary ?? '', feedbackNotes: noteText.feedbackNotes ?? '' }, cellFor: cellLookup(rCells) },
    issues,
  };
}
