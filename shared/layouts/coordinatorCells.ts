import { CATALOG_DATA as CATALOG } from '../catalog/catalogData';
import type { GoalId } from '../catalog/catalogIds';
import type { Lang, Localized } from '../i18n/lang';
import { VALUE_LABELS } from '../i18n/valueLabels';
import { RATING_CHOICES } from './choices';
import { COORDINATOR_HEADERS as H } from './coordinatorStrings';
import { col } from './reportParts';
import type { ReportColumn, ReportValue } from './reportSheet';

/** A model's name in the catalogue (its id when unknown). */
export const modelName = (id: string, lang: Lang) => CATALOG.models.find((m) => m.id === id)?.name[lang] ?? id;
/** The name of a model's category in the catalogue. */
export const categoryOf = (id: string, lang: Lang) => {
  const m = CATALOG.models.find((x) => x.id === id);
  return CATALOG.categories.find((c) => c.id === m?.categoryId)?.name[lang] ?? '';
};
/** A stored choice (model status, sharing level) in words. */
export const valueLabel = (value: string | undefined, lang: Lang) => (value ? (VALUE_LABELS[value]?.[lang] ?? value) : '');
/** A maturity rating 1–5 in words. */
export const ratingLabel = (r: number | undefined, lang: Lang) => (r === undefined ? '' : (RATING_CHOICES.find((c) => c.value === r)?.label[lang] ?? String(r)));
/** A figure to two decimals; empty when there is none. */
export const round2 = (v: number | null | undefined): ReportValue => (v === null || v === undefined ? null : Math.round(v * 100) / 100);

/**
 * The stable id of a summary row (for lookups and PivotTables), last and visible: hiding works on
 * whole sheet columns, so a hidden id would hide a column of every other table on the sheet.
 */
export const idColumn = (lang: Lang): ReportColumn => ({ key: 'id', header: H.id[lang], width: 16, format: 'text' });

/** A header naming a goal: "A ka" (goal first) or "Oma A" (label first). */
export const goalLabel = (label: Localized, g: GoalId, order: 'goalFirst' | 'before' = 'goalFirst'): Localized => {
  const one = (text: string) => (order === 'before' ? `${text} ${g}` : `${g} ${text}`);
  return { fi: one(label.fi), sv: one(label.sv), en: one(label.en) };
};

/** A per-goal figure column of the summary: n, mean, median or IQR. */
export const goalCols = (lang: Lang, what: 'mean' | 'median' | 'iqr' | 'n', g: GoalId): ReportColumn =>
  col(`${what}${g}`, goalLabel(H[what], g), lang, 7, { format: what === 'n' ? 'integer' : 'decimal' });

/** Goal letters as a list: "A, C". */
export const goalsText = (goals: readonly GoalId[]) => goals.join(', ');
