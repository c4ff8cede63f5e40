import type { SharingLevel, Submission } from '../schemas/submissionSchema';
import { reportRef, saRef } from './resultsLevels';
import type { ReleasedReport } from './visitFindings';

export type PreviewField = 'rating' | 'currentPractice' | 'strengths' | 'developmentAreas';

/** One of the participant's own items as the results summary will show it. */
export interface PreviewItem {
  itemRef: string;
  source: 'selfAssessment' | 'report';
  themeId: string;
  field: PreviewField;
  /** The text as shown; for a rating its value 1–5 as text. */
  text: string;
  level: 'summary' | 'named';
  /** The name shown beside it: the participant's registered name only when `named`. */
  shownName: string | null;
}

/** The self-assessment text fields the summary shows (evidence never leaves the participant). */
const SUMMARY_TEXT_FIELDS = ['currentPractice', 'strengths', 'developmentAreas'] as const;

const shown = (level: SharingLevel): level is 'summary' | 'named' => level !== 'team';

/**
 * Exactly what of one participant's own data the members' summary shows, from its (lowered)
 * submission and the (lowered) released report about it: `team` items never; a rating counts in
 * its theme's distribution without a name (and only where at least three rated); texts under its
 * name only where `named`. In the round's theme order, then field order; report items in report order.
 */
export function previewItems(name: string, submission: Submission | undefined, report: ReleasedReport | undefined, themeIds: readonly string[]): PreviewItem[] {
  const items: PreviewItem[] = [];
  for (const themeId of themeIds) {
    const sa = submission?.selfAssessment.find((i) => i.themeId === themeId);
    if (sa && shown(sa.sharing)) {
      const base = { itemRef: saRef(themeId), source: 'selfAssessment' as const, themeId, level: sa.sharing };
      if (sa.rating !== undefined) items.push({ ...base, field: 'rating', text: String(sa.rating), shownName: null });
      for (const field of SUMMARY_TEXT_FIELDS) {
        const text = sa[field]?.trim();
        if (text) items.push({ ...base, field, text, shownName: sa.sharing === 'named' ? name : null });
      }
    }
    const theme = report?.report.themes.find((t) => t.themeId === themeId);
    for (const field of ['strengths', 'developmentAreas'] as const) {
      for (const item of theme?.[field] ?? []) {
        const level = report!.sharing[item.id] ?? 'team';
        if (shown(level)) items.push({ itemRef: reportRef(item.id), source: 'report', themeId, field, text: item.text, level, shownName: level === 'named' ? name : null });
      }
    }
  }
  return items;
}

/** The current level of each reference in a preview (rows of one item share it). */
export function previewLevels(items: readonly PreviewItem[]): Map<string, 'summary' | 'named'> {
  return new Map(items.map((i) => [i.itemRef, i.level]));
}
