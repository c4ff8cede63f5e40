import type { Lang } from '../i18n/lang';
import type { ResponseInput } from '../schemas/resultsReviewSchema';
import { parseChoice, SHARING_CHOICES, YES_NO } from './choices';
import { cellLookup, tableCells, type FormCellRef, type FormReading, type FormTableValues, type VisitSheetReading } from './readVisitSheet';
import { APPROVAL_COLUMNS, levelsAtOrBelow, PREVIEW_COLUMNS, RESULTS_PREVIEW_SHEET, RESULTS_SHEET_TEXT as S } from './resultsPreviewSheet';

const RANK: Record<string, number> = { team: 0, summary: 1, named: 2 };
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
const fill = (s: string, params: Record<string, string>) => Object.entries(params).reduce((out, [k, v]) => out.replace(`{${k}}`, v), s);

/**
 * The participant's response read back from its Tulosten esikatselu sheet (the PUT
 * …/results/responses/{participantId} body). Rows of one item (a self-assessment theme's rating and
 * texts) share its reference: their comments join, one per line, and the narrowest lowering chosen
 * counts. A lowering must be narrower than the level now (the same level is no change); anything
 * else, and a missing approve choice, is an issue at its cell.
 *
 * @example
 * readResultsPreviewSheet({ items, approval }, 'fi').response.input // { approve: true, comments: [], lower: [{ itemRef: 'report:k2m4abcd', level: 'team' }] }
 */
export function readResultsPreviewSheet(values: { items: FormTableValues; approval: FormTableValues }, lang: Lang): { response: FormReading<ResponseInput>; issues: VisitSheetReading['issues'] } {
  const t = tableCells(RESULTS_PREVIEW_SHEET.itemsTable, values.items, PREVIEW_COLUMNS);
  const issues: VisitSheetReading['issues'] = [];
  const comments = new Map<string, { lines: string[]; cell: FormCellRef }>();
  const lower = new Map<string, { level: 'team' | 'summary'; cell: FormCellRef }>();
  for (let i = 0; i < t.count; i += 1) {
    const ref = text(t.get(i, 'itemRef'));
    if (!ref) continue;
    const comment = text(t.get(i, 'comment'));
    if (comment) {
      const entry = comments.get(ref) ?? { lines: [], cell: t.at(i, 'comment') };
      entry.lines.push(comment);
      comments.set(ref, entry);
    }
    const now = parseChoice(SHARING_CHOICES, t.get(i, 'level'));
    const chosen = parseChoice(SHARING_CHOICES, t.get(i, 'lower'));
    if (chosen === undefined || chosen === now) continue;
    if (typeof chosen !== 'string' || !(chosen in RANK) || (typeof now === 'string' && now in RANK && RANK[chosen]! > RANK[now]!)) {
      const allowed = levelsAtOrBelow(typeof now === 'string' ? now : 'summary').map((c) => c.label[lang]).join(', ');
      issues.push({ message: fill(S.onlyLower[lang], { field: PREVIEW_COLUMNS[6]!.header[lang], allowed }), code: 'invalid_value', cell: t.at(i, 'lower') });
      continue;
    }
    if (chosen === 'named') continue;
    const before = lower.get(ref);
    if (!before || RANK[chosen]! < RANK[before.level]!) lower.set(ref, { level: chosen as 'team' | 'summary', cell: t.at(i, 'lower') });
  }

  const a = tableCells(RESULTS_PREVIEW_SHEET.approvalTable, values.approval, APPROVAL_COLUMNS);
  let approve = false;
  const approveRow = Array.from({ length: a.count }, (_, i) => i).find((i) => text(a.get(i, 'key')) === 'approve') ?? 0;
  const choice = parseChoice(YES_NO, a.get(approveRow, 'approve'));
  if (typeof choice === 'boolean') approve = choice;
  else issues.push({ message: fill(S.approveMissing[lang], { allowed: YES_NO.map((c) => c.label[lang]).join(', ') }), code: 'required', cell: a.at(approveRow, 'approve') });

  const cells = new Map<string, FormCellRef>([['approve', a.at(approveRow, 'approve')]]);
  const commentList = [...comments].map(([itemRef, c], n) => {
    cells.set(`comments/${n}`, c.cell);
    return { itemRef, text: c.lines.join('\n') };
  });
  const lowerList = [...lower].map(([itemRef, l], n) => {
    cells.set(`lower/${n}`, l.cell);
    return { itemRef, level: l.level };
  });
  return { response: { input: { approve, comments: commentList, lower: lowerList }, cellFor: cellLookup(cells) }, issues };
}
