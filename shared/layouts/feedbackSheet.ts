import { helsinkiTime } from '../i18n/formatTime';
import type { Lang } from '../i18n/lang';
import { VISIT_SHEET_STRINGS as S } from '../i18n/visitSheetStrings';
import type { SharingLevel } from '../schemas/submissionSchema';
import type { VisitReportDoc } from '../schemas/visitReportSchema';
import { SHARING_CHOICES } from './choices';
import { FORM_COLUMN_WIDTHS, stackForm, type FormSheet, type FormValue } from './formSheet';
import type { ColumnSpec } from './modelsLayout';
import { sheetThemeName, type SheetTheme } from './renderWorkbookValues';
import { REPORT_KIND_CHOICES, REPORT_KINDS, sheetText } from './visitSheet';

/** The host's sheet: one per workbook (a participant has one report about itself). */
export const FEEDBACK_SHEET = {
  title: { fi: 'Palauteraportti', sv: 'Återkopplingsrapport', en: 'Feedback report' },
  tableName: 'IlmFeedbackReport',
} as const;

/** What the host's Palauteraportti shows: the released version and the sharing chosen so far. */
export interface FeedbackSheetData {
  themes: readonly SheetTheme[];
  report: VisitReportDoc;
  version: number;
  releasedAt: string;
  /** Item id → level; an item missing here shows the default, `team`. */
  sharing: Readonly<Record<string, SharingLevel>>;
}

export const FEEDBACK_COLUMNS: readonly ColumnSpec[] = [
  { key: 'itemId', role: 'key', header: S.id },
  { key: 'theme', role: 'fixed', wrap: true, header: S.theme },
  { key: 'text', role: 'fixed', wrap: true, header: S.item },
  { key: 'kind', role: 'fixed', header: S.kind },
  { key: 'sharing', role: 'input', choices: SHARING_CHOICES, header: S.sharing },
].map((c, i) => ({ ...c, width: FORM_COLUMN_WIDTHS[i]!.width, ...(FORM_COLUMN_WIDTHS[i]!.hidden ? { hidden: true } : {}) }) as ColumnSpec);

const labelOf = <V>(choices: readonly { value: V; label: Record<Lang, string> }[], v: V, lang: Lang) => choices.find((c) => c.value === v)?.label[lang] ?? '';

/**
 * The released report, read only, with one editable sharing cell per strength and development area
 * (the item's id in the hidden column A), then the summary and the feedback session's notes.
 */
export function feedbackSheet(data: FeedbackSheetData, lang: Lang): FormSheet {
  const theme = (id: string) => sheetThemeName(data.themes.find((t) => (typeof t === 'string' ? t : t.id) === id) ?? id, lang);
  const rows: FormValue[][] = data.report.themes.flatMap((t) => REPORT_KINDS.flatMap((kind) => t[kind].map((item) => [
    item.id, theme(t.themeId), item.text, labelOf(REPORT_KIND_CHOICES, kind, lang), labelOf(SHARING_CHOICES, data.sharing[item.id] ?? 'team', lang),
  ])));
  const blocks = stackForm([
    { kind: 'line', style: 'title', cells: [FEEDBACK_SHEET.title[lang]] },
    { kind: 'line', style: 'note', cells: [S.feedbackHint[lang]] },
    { kind: 'line', style: 'note', cells: [sheetText('feedbackVersion', lang, { version: data.version, time: helsinkiTime(data.releasedAt, lang) })] },
    { kind: 'gap' },
    { kind: 'table', name: FEEDBACK_SHEET.tableName, columns: FEEDBACK_COLUMNS, rows },
    { kind: 'gap' },
    { kind: 'line', style: 'heading', cells: [S.summaryAndNotes[lang]] },
    { kind: 'line', style: 'field', cells: [S.summary[lang], data.report.summary] },
    { kind: 'line', style: 'field', cells: [S.feedbackNotes[lang], data.report.feedbackNotes] },
  ]);
  return { title: FEEDBACK_SHEET.title[lang], anchorTable: FEEDBACK_SHEET.tableName, blocks };
}
