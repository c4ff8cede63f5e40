import { helsinkiTime } from '../i18n/formatTime';
import type { Lang, Localized } from '../i18n/lang';
import { VISIT_SHEET_STRINGS as S } from '../i18n/visitSheetStrings';
import type { SelfAssessmentItem } from '../schemas/submissionSchema';
import type { VisitDetailsBody } from '../schemas/visitDetailsSchema';
import { RATING_CHOICES, SHARING_CHOICES, type Choice } from './choices';
import { FORM_COLUMN_WIDTHS, formTableRows, stackForm, type FormSheet, type FormValue, type UnplacedBlock } from './formSheet';
import type { ColumnSpec } from './modelsLayout';
import { sheetThemeName, type SheetTheme } from './renderWorkbookValues';
import { tableNameOf, visitSheetName } from './visitSheetName';

/** A report item as the sheet holds it: a new one has no id yet (the server gives it one). */
export interface SheetReportItem {
  id?: string;
  text: string;
}

export type ReportKind = 'strengths' | 'developmentAreas';

/** The report as the sheet holds it (and as the reader gives it back: VisitReportInput). */
export interface SheetReport {
  themes: { themeId: string; strengths: SheetReportItem[]; developmentAreas: SheetReportItem[] }[];
  summary: string;
  feedbackNotes: string;
}

/** What the team's Vierailu sheet shows for one host. */
export interface VisitSheetData {
  hostId: string;
  hostName: string;
  /** The round's themes, in order: one questions row each. */
  themes: readonly SheetTheme[];
  details: Pick<VisitDetailsBody, 'dates' | 'roles' | 'contact' | 'material'>;
  /** The host's self-assessment as its team may see it; null before the host has submitted. */
  selfAssessment: readonly SelfAssessmentItem[] | null;
  questions: { themes: readonly { themeId: string; questions: readonly string[] }[]; sentAt: string | null };
  report: SheetReport;
  /** The version the report part shows, when it comes from the server. */
  /** `savedBy`: the name of the team member who saved it, never an id. */
  reportVersion?: { version: number; savedBy: string; savedAt: string };
}

/** Strength or development area: the report table's "Laji" dropdown. */
export const REPORT_KIND_CHOICES: readonly Choice<ReportKind>[] = [
  { value: 'strengths', label: { fi: 'Vahvuus', sv: 'Styrka', en: 'Strength' } },
  { value: 'developmentAreas', label: { fi: 'Kehittämiskohde', sv: 'Utvecklingsområde', en: 'Development area' } },
];

export const REPORT_KINDS: readonly ReportKind[] = ['strengths', 'developmentAreas'];

/** Table names: per host (a team member may visit two hosts), with a suffix for a second copy. */
export const visitTableNames = (hostId: string, suffix = '') => ({
  questions: tableNameOf('IlmVisitQuestions', hostId) + suffix,
  report: tableNameOf('IlmVisitReport', hostId) + suffix,
  notes: tableNameOf('IlmVisitNotes', hostId) + suffix,
  selfAssessment: tableNameOf('IlmVisitSelf', hostId) + suffix,
});

/** Columns take their widths from the columns every visit sheet shares (FORM_COLUMN_WIDTHS). */
const columns = (specs: Omit<ColumnSpec, 'width'>[]): ColumnSpec[] => specs.map((c, i) => ({ ...c, width: FORM_COLUMN_WIDTHS[i]!.width, ...(FORM_COLUMN_WIDTHS[i]!.hidden ? { hidden: true } : {}) }));

export const QUESTION_COLUMNS = columns([
  { key: 'themeId', role: 'key', header: S.id },
  { key: 'theme', role: 'fixed', wrap: true, header: S.theme },
  { key: 'questions', role: 'input', wrap: true, header: S.questionsHeader },
]);

export const REPORT_COLUMNS = columns([
  { key: 'itemId', role: 'key', header: S.id },
  { key: 'theme', role: 'input', wrap: true, header: S.theme },
  { key: 'text', role: 'input', wrap: true, header: S.item },
  { key: 'kind', role: 'input', choices: REPORT_KIND_CHOICES, header: S.kind },
]);

export const NOTES_COLUMNS = columns([
  { key: 'field', role: 'key', header: S.id },
  { key: 'label', role: 'fixed', header: S.field },
  { key: 'text', role: 'input', wrap: true, header: S.text },
]);

export const NOTE_FIELDS = ['summary', 'feedbackNotes'] as const;

const SELF_COLUMNS = columns([
  { key: 'themeId', role: 'key', header: S.id },
  { key: 'theme', role: 'fixed', wrap: true, header: S.theme },
  { key: 'text', role: 'fixed', wrap: true, header: S.assessment },
  { key: 'sharing', role: 'fixed', header: S.sharing },
]);

/** A sheet text in `lang` with `{params}` filled in. */
export function sheetText(key: keyof typeof S, lang: Lang, params: Record<string, string | number> = {}): string {
  return Object.entries(params).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, String(v)), (S[key] as Localized)[lang]);
}

/** An ISO date as 10.3.2026 (fi, sv) or 10/3/2026 (en). */
export function sheetDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

const label = <V>(choices: readonly Choice<V & (string | number | boolean)>[], value: unknown, lang: Lang) => choices.find((c) => c.value === value)?.label[lang] ?? '';

/** The self-assessment row's observations as one cell: "Kypsyystaso: 3 – …", then each text under its name. */
function selfText(item: SelfAssessmentItem, lang: Lang): string {
  const lines: string[] = [];
  if (item.rating !== undefined) lines.push(`${S.rating[lang]}: ${label(RATING_CHOICES, item.rating, lang)}`);
  for (const key of ['currentPractice', 'strengths', 'developmentAreas', 'evidence'] as const) {
    if (item[key]) lines.push(`${S[key][lang]}: ${item[key]}`);
  }
  return lines.join('\n');
}

/** The themes shown: the round's, then any theme the saved questions or report still name. */
function allThemes(data: VisitSheetData): SheetTheme[] {
  const ids = new Set(data.themes.map((t) => (typeof t === 'string' ? t : t.id)));
  const extra = [...data.questions.themes, ...data.report.themes].map((t) => t.themeId).filter((id) => !ids.has(id) && (ids.add(id), true));
  return [...data.themes, ...extra];
}

const themeId = (t: SheetTheme) => (typeof t === 'string' ? t : t.id);

/**
 * The team's sheet for one host, declared as data: the host's visit details, material and
 * self-assessment (read only), then the questions table (a row per theme, a question per line),
 * the report table (a row per strength or development area, its id in the hidden column A, one
 * empty row per theme and kind to write in) and the summary with the feedback session's notes.
 * `copy` makes a second sheet beside the team's own (another member's version): its own title and
 * table names, so the reader never mistakes it for the team's sheet.
 */
export function visitSheet(data: VisitSheetData, lang: Lang, copy?: { version: number }): FormSheet {
  const suffix = copy ? `_v${copy.version}` : '';
  const names = visitTableNames(data.hostId, suffix);
  const d = data.details;
  const themes = allThemes(data);
  const contact = d.contact ? `${d.contact.name}${d.contact.role ? ` (${d.contact.role})` : ''}, ${d.contact.email}` : S.notSet[lang];
  const field = (key: 'dates' | 'roles' | 'contact', value: string): UnplacedBlock => ({ kind: 'line', style: 'field', cells: [S[key][lang], value] });
  const material: UnplacedBlock[] = [
    ...d.material.texts.map((t): UnplacedBlock => ({ kind: 'line', style: 'field', cells: [S.materialText[lang], t] })),
    ...d.material.links.map((l): UnplacedBlock => ({ kind: 'line', style: 'field', cells: [l.title ? `${S.materialLink[lang]}: ${l.title}` : S.materialLink[lang], l.url] })),
  ];
  const questionsOf = new Map(data.questions.themes.map((q) => [q.themeId, q.questions]));
  const questionRows: FormValue[][] = themes.map((t) => [themeId(t), sheetThemeName(t, lang), (questionsOf.get(themeId(t)) ?? []).join('\n')]);
  const reportOf = new Map(data.report.themes.map((r) => [r.themeId, r]));
  const reportRows: FormValue[][] = themes.flatMap((t) => REPORT_KINDS.flatMap((kind) => {
    const items = reportOf.get(themeId(t))?.[kind] ?? [];
    const kindLabel = label(REPORT_KIND_CHOICES, kind, lang);
    return [...items.map((i) => [i.id ?? '', sheetThemeName(t, lang), i.text, kindLabel]), ['', sheetThemeName(t, lang), '', kindLabel]];
  }));
  const selfRows = (data.selfAssessment ?? []).map((item) => [item.themeId, sheetThemeName(themes.find((t) => themeId(t) === item.themeId) ?? item.themeId, lang), selfText(item, lang), label(SHARING_CHOICES, item.sharing, lang)]);
  const version = data.reportVersion;

  const head: UnplacedBlock[] = [
    { kind: 'line', style: 'title', cells: [sheetText(copy ? 'report' : 'teamTitle', lang, { host: data.hostName })] },
    { kind: 'line', style: 'note', cells: [copy ? sheetText('otherVersion', lang, { version: copy.version }) : S.teamHint[lang]] },
    { kind: 'gap' },
  ];
  const top: UnplacedBlock[] = copy ? [] : [
    { kind: 'line', style: 'heading', cells: [S.details[lang]] },
    field('dates', d.dates.length ? d.dates.map((x) => sheetDate(x, lang)).join(', ') : S.notSet[lang]),
    field('roles', d.roles.length ? d.roles.join(', ') : S.notSet[lang]),
    field('contact', contact),
    { kind: 'gap' },
    { kind: 'line', style: 'heading', cells: [S.material[lang]] },
    ...(material.length ? material : [{ kind: 'line', style: 'note', cells: [S.noMaterial[lang]] } as UnplacedBlock]),
    { kind: 'gap' },
    { kind: 'line', style: 'heading', cells: [S.selfAssessment[lang]] },
    data.selfAssessment ? { kind: 'table', name: names.selfAssessment, columns: SELF_COLUMNS, rows: selfRows } : { kind: 'line', style: 'note', cells: [S.noSelfAssessment[lang]] },
    { kind: 'gap' },
  ];
  const questions: UnplacedBlock[] = [
    { kind: 'line', style: 'heading', cells: [S.questions[lang]] },
    ...(data.questions.sentAt ? [{ kind: 'line', style: 'note', cells: [sheetText('questionsSent', lang, { date: helsinkiTime(data.questions.sentAt, lang) })] } as UnplacedBlock] : []),
    { kind: 'table', name: names.questions, columns: QUESTION_COLUMNS, rows: questionRows },
    { kind: 'gap' },
  ];
  const report: UnplacedBlock[] = [
    { kind: 'line', style: 'heading', cells: [S.report[lang]] },
    { kind: 'line', style: 'note', cells: [version ? `${S.reportHint[lang]} ${sheetText('reportVersion', lang, { version: version.version, by: version.savedBy, time: helsinkiTime(version.savedAt, lang) })}` : S.reportHint[lang]] },
    { kind: 'table', name: names.report, columns: REPORT_COLUMNS, rows: reportRows },
    { kind: 'gap' },
    { kind: 'line', style: 'heading', cells: [S.summaryAndNotes[lang]] },
    { kind: 'table', name: names.notes, columns: NOTES_COLUMNS, rows: NOTE_FIELDS.map((k) => [k, S[k][lang], data.report[k]]) },
  ];
  const blocks = stackForm([...head, ...top, ...questions, ...report]);
  // The report's theme dropdown lists the questions table's theme names (same sheet, absolute rows).
  const q = blocks.find((b) => b.kind === 'table' && b.name === names.questions)!;
  const first = q.row + 1;
  const last = q.row + formTableRows({ rows: questionRows }) - 2;
  const reportTable = blocks.find((b) => b.kind === 'table' && b.name === names.report);
  if (reportTable?.kind === 'table') reportTable.rangeLists = { theme: `=$B$${first}:$B$${last}` };
  const title = visitSheetName(data.hostName, data.hostId, lang, copy ? ` (v${copy.version})` : '');
  return { title, anchorTable: names.questions, blocks };
}
