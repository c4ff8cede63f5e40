import { helsinkiTime } from '../i18n/formatTime';
import type { Lang } from '../i18n/lang';
import type { PreviewBody } from '../schemas/resultsReviewSchema';
import { RATING_CHOICES, SHARING_CHOICES, YES_NO, type Choice } from './choices';
import { stackForm, type FormSheet, type FormValue } from './formSheet';
import type { ColumnSpec } from './modelsLayout';
import { L } from './reportParts';
import { sheetThemeName, type SheetTheme } from './renderWorkbookValues';
import { sheetDate } from './visitSheet';

/** The participant's preview of its own part of the results summary: one per workbook. */
export const RESULTS_PREVIEW_SHEET = {
  title: L('Tulosten esikatselu', 'Förhandsvisning av resultat', 'Results preview'),
  itemsTable: 'IlmResultsPreview',
  approvalTable: 'IlmResultsApproval',
} as const;

export const RESULTS_SHEET_TEXT = {
  hint: L(
    'Näin oma osuutesi ({name}) näkyy kierroksen yhteenvedossa. Keltaisissa soluissa voit kommentoida kohtaa tai laskea sen jakamisen tasoa (vain alaspäin; ”Vain haastatteluryhmä” poistaa kohdan yhteenvedosta). Itsearvioinnin teeman taso koskee sen arviota ja kaikkia tekstejä. Valitse lopuksi, hyväksytkö osuutesi, ja lähetä vastaus tehtäväruudusta.',
    'Så här syns er egen del ({name}) i omgångens sammanfattning. I de gula cellerna kan ni kommentera en punkt eller sänka dess delningsnivå (bara nedåt; ”Endast intervjugruppen” tar bort punkten ur sammanfattningen). Nivån för ett tema i självvärderingen gäller dess bedömning och alla texter. Välj till sist om ni godkänner er del och skicka svaret i åtgärdsfönstret.',
    'This is how your own part ({name}) appears in the round’s summary. In the yellow cells you can comment on an item or lower its sharing (downwards only; “Interview team only” takes the item out of the summary). A self-assessment theme’s level covers its rating and all its texts. Finally choose whether you approve your part, and send the response from the task pane.',
  ),
  deadline: L('Katselmointi päättyy {deadline}.', 'Granskningen slutar {deadline}.', 'The review ends on {deadline}.'),
  responded: L('Edellinen vastauksesi lähetettiin {time}.', 'Ert förra svar skickades {time}.', 'Your last response was sent {time}.'),
  empty: L('Yhteenvedossa ei näy yhtään omaa kohtaasi (vain ryhmälle jaetut eivät näy).', 'Inga av era punkter syns i sammanfattningen (sådant som delats endast med gruppen syns inte).', 'None of your items show in the summary (items shared with the team only never do).'),
  answer: L('Vastauksesi', 'Ert svar', 'Your response'),
  approve: L('Hyväksyn osuuteni yhteenvedossa', 'Vi godkänner vår del av sammanfattningen', 'We approve our part of the summary'),
  approveMissing: L('Valitse, hyväksytkö osuutesi: {allowed}.', 'Välj om ni godkänner er del: {allowed}.', 'Choose whether you approve your part: {allowed}.'),
  onlyLower: L('«{field}»: jakamista voi vain laskea; valitse {allowed}.', '«{field}»: delningen kan bara sänkas; välj {allowed}.', '“{field}”: sharing can only be lowered; choose {allowed}.'),
  selfAssessment: L('Itsearviointi', 'Självvärdering', 'Self-assessment'),
  report: L('Palauteraportti', 'Återkopplingsrapport', 'Feedback report'),
  rating: L('kypsyystaso', 'mognadsnivå', 'maturity'),
  currentPractice: L('nykykäytäntö', 'nuvarande praxis', 'current practice'),
  strengths: L('vahvuus', 'styrka', 'strength'),
  developmentAreas: L('kehittämiskohde', 'utvecklingsområde', 'development area'),
  noName: L('(ei nimeä)', '(inget namn)', '(no name)'),
};

const H = {
  ref: L('Tunnus', 'Kod', 'Id'),
  theme: L('Teema', 'Tema', 'Theme'),
  field: L('Mistä', 'Vad', 'About'),
  text: L('Näin se näkyy', 'Så här syns det', 'As it shows'),
  level: L('Jakamisen taso nyt', 'Delningsnivå nu', 'Sharing level now'),
  name: L('Nimi näkyy', 'Namnet som visas', 'Name shown'),
  lower: L('Laske jakamista', 'Sänk delningen', 'Lower the sharing'),
  comment: L('Kommenttisi', 'Er kommentar', 'Your comment'),
  label: L('Kohta', 'Punkt', 'Item'),
  value: L('Valintasi', 'Ert val', 'Your choice'),
};

/** A: hidden item reference, B theme, C about, D text, E level, F name, G lower, H comment. */
export const RESULTS_PREVIEW_WIDTHS = [{ width: 12, hidden: true }, { width: 24 }, { width: 22 }, { width: 60 }, { width: 24 }, { width: 20 }, { width: 26 }, { width: 44 }] as const;

const spec = (key: string, role: ColumnSpec['role'], header: ReturnType<typeof L>, i: number, extra: Partial<ColumnSpec> = {}): ColumnSpec =>
  ({ key, role, header, width: RESULTS_PREVIEW_WIDTHS[i]!.width, ...(i === 0 ? { hidden: true } : {}), ...extra });

export const PREVIEW_COLUMNS: readonly ColumnSpec[] = [
  spec('itemRef', 'key', H.ref, 0), spec('theme', 'fixed', H.theme, 1, { wrap: true }), spec('field', 'fixed', H.field, 2, { wrap: true }),
  spec('text', 'fixed', H.text, 3, { wrap: true }), spec('level', 'fixed', H.level, 4, { wrap: true }), spec('name', 'fixed', H.name, 5),
  spec('lower', 'input', H.lower, 6, { choices: SHARING_CHOICES }), spec('comment', 'input', H.comment, 7, { wrap: true, maxLength: 2000 }),
];

export const APPROVAL_COLUMNS: readonly ColumnSpec[] = [
  spec('key', 'key', H.ref, 0), spec('label', 'fixed', H.label, 1, { wrap: true }), spec('approve', 'input', H.value, 2, { choices: YES_NO }),
];

const LEVEL_ORDER = ['team', 'summary', 'named'] as const;

/** The levels an item at `level` may be set to: its own and every narrower one, widest first. */
export function levelsAtOrBelow(level: string): Choice<string>[] {
  const rank = LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]);
  return SHARING_CHOICES.filter((c) => LEVEL_ORDER.indexOf(c.value as (typeof LEVEL_ORDER)[number]) <= rank).reverse();
}

const labelOf = (choices: readonly Choice<string | number | boolean>[], v: unknown, lang: Lang) => choices.find((c) => c.value === v)?.label[lang] ?? '';
const fill = (text: string, params: Record<string, string>) => Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), text);

/**
 * The preview as a form sheet: each of the participant's items as the summary shows it (read only),
 * with a yellow "lower" cell (only its level or narrower ones to choose) and a comment cell; below,
 * the approve choice. The stored response's comments and approval are filled in.
 */
export function resultsPreviewSheet(p: PreviewBody, themes: readonly SheetTheme[], lang: Lang): FormSheet {
  const S = RESULTS_SHEET_TEXT;
  const theme = (id: string) => sheetThemeName(themes.find((t) => (typeof t === 'string' ? t : t.id) === id) ?? id, lang);
  const commented = new Set<string>();
  const comments = new Map((p.response?.comments ?? []).map((c) => [c.itemRef, c.text]));
  const rows: FormValue[][] = p.items.map((i) => {
    const first = !commented.has(i.itemRef);
    commented.add(i.itemRef);
    const text = i.field === 'rating' ? (RATING_CHOICES.find((c) => String(c.value) === i.text)?.label[lang] ?? i.text) : i.text;
    return [
      i.itemRef, theme(i.themeId), `${(i.source === 'report' ? S.report : S.selfAssessment)[lang]}: ${S[i.field][lang]}`, text,
      labelOf(SHARING_CHOICES, i.level, lang), i.shownName ?? S.noName[lang], labelOf(SHARING_CHOICES, i.level, lang), first ? (comments.get(i.itemRef) ?? '') : '',
    ];
  });
  const approve = p.response?.approve;
  const blocks = stackForm([
    { kind: 'line', style: 'title', cells: [RESULTS_PREVIEW_SHEET.title[lang]] },
    { kind: 'line', style: 'note', cells: [fill(S.hint[lang], { name: p.name })] },
    { kind: 'line', style: 'note', cells: [[fill(S.deadline[lang], { deadline: sheetDate(p.review.deadline, lang) }), ...(p.response?.respondedAt ? [fill(S.responded[lang], { time: helsinkiTime(p.response.respondedAt, lang) })] : [])].join(' ')] },
    ...(rows.length === 0 ? [{ kind: 'line' as const, style: 'note' as const, cells: [S.empty[lang]] }] : []),
    { kind: 'gap' },
    { kind: 'table', name: RESULTS_PREVIEW_SHEET.itemsTable, columns: PREVIEW_COLUMNS, rows, rowChoices: { lower: p.items.map((i) => levelsAtOrBelow(i.level)) } },
    { kind: 'gap' },
    { kind: 'line', style: 'heading', cells: [S.answer[lang]] },
    { kind: 'table', name: RESULTS_PREVIEW_SHEET.approvalTable, columns: APPROVAL_COLUMNS, rows: [['approve', S.approve[lang], approve === null || approve === undefined ? '' : labelOf(YES_NO, approve, lang)]] },
  ]);
  return { title: RESULTS_PREVIEW_SHEET.title[lang], anchorTable: RESULTS_PREVIEW_SHEET.itemsTable, blocks, columnWidths: RESULTS_PREVIEW_WIDTHS };
}
