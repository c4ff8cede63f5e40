import type { Lang, Localized } from '../i18n/lang';
import type { EarlierRating } from '../schemas/progressSchema';
import { RATING_CHOICES } from './choices';
import { selfAssessmentColumn } from './selfAssessmentLayout';

/** The label of a participant's own earlier rating, shown in its self-assessment sheet. */
export const EARLIER_ROUND_LABEL = { fi: 'Edellinen kierros', sv: 'Föregående omgång', en: 'Previous round' } satisfies Localized;

/** `Edellinen kierros: 3 – Osittain käytössä`. */
export function earlierRatingLine(rating: number, lang: Lang): string {
  const label = RATING_CHOICES.find((c) => c.value === rating)?.label[lang] ?? String(rating);
  return `${EARLIER_ROUND_LABEL[lang]}: ${label}`;
}

/**
 * Self-assessment rows (columns as SELF_ASSESSMENT_COLUMNS) with the participant's own earlier rating
 * as a second line of the read-only theme cell, on the rows of themes it rated then. The readers
 * take the theme from the hidden id column, so the extra line never reaches a submission.
 */
export function withEarlierRatings<T>(rows: readonly (readonly T[])[], ratings: readonly EarlierRating[], lang: Lang): (T | string)[][] {
  const byTheme = new Map(ratings.map((r) => [r.themeId, r.rating]));
  const idAt = selfAssessmentColumn('themeId') - 1;
  const themeAt = selfAssessmentColumn('theme') - 1;
  return rows.map((row) => {
    const rating = byTheme.get(String(row[idAt]));
    if (rating === undefined) return [...row];
    return row.map((v, i) => (i === themeAt ? `${String(v)}\n${earlierRatingLine(rating, lang)}` : v));
  });
}
