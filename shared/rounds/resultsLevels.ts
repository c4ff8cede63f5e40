import type { SharingLevel, Submission } from '../schemas/submissionSchema';
import type { ReleasedReport } from './visitFindings';

/** How wide a level shares: `team` < `summary` < `named`. Lowering moves left only. */
export const LEVEL_RANK: Readonly<Record<SharingLevel, number>> = { team: 0, summary: 1, named: 2 };

/** The narrower of two levels. */
export const narrower = (a: SharingLevel, b: SharingLevel | undefined): SharingLevel => (b !== undefined && LEVEL_RANK[b] < LEVEL_RANK[a] ? b : a);

/**
 * Stable references to a participant's own items in the results review: `sa:<themeId>` is its
 * self-assessment item of a theme (the level covers the rating and every text of it, as in the
 * sheet), `report:<itemId>` an item of the feedback report about it (as host).
 */
export const saRef = (themeId: string) => `sa:${themeId}`;
export const reportRef = (itemId: string) => `report:${itemId}`;

/** A participant's lowerings: item reference → the level it lowered the item to. */
export type Lowerings = Readonly<Record<string, SharingLevel>>;

/** The submission with the participant's lowerings applied to its self-assessment items. */
export function lowerSubmission(s: Submission, lower: Lowerings | undefined): Submission {
  if (!lower) return s;
  return { ...s, selfAssessment: s.selfAssessment.map((i) => ({ ...i, sharing: narrower(i.sharing, lower[saRef(i.themeId)]) })) };
}

/** The released report with the host's lowerings applied to its items' levels. */
export function lowerReport(r: ReleasedReport, lower: Lowerings | undefined): ReleasedReport {
  if (!lower) return r;
  const ids = r.report.themes.flatMap((t) => [...t.strengths, ...t.developmentAreas].map((i) => i.id));
  return { ...r, sharing: Object.fromEntries(ids.map((id) => [id, narrower(r.sharing[id] ?? 'team', lower[reportRef(id)])])) };
}

/** Every participant's lowerings applied: what the summary, preview, final and public results are made from. */
export function applyLowerings<S extends { participantId: string; submission: Submission }>(
  latest: readonly S[],
  reports: readonly ReleasedReport[],
  lowerings: ReadonlyMap<string, Lowerings>,
): { latest: S[]; reports: ReleasedReport[] } {
  return {
    latest: latest.map((s) => ({ ...s, submission: lowerSubmission(s.submission, lowerings.get(s.participantId)) })),
    reports: reports.map((r) => lowerReport(r, lowerings.get(r.hostId))),
  };
}
