// The combineRound of before its one-pass rewrite, kept as the reference the property test compares
// the real one with: straightforward filter/map per model and theme, a full sort per spread.
import { approachContext, recommendApproaches } from '../../../shared/approaches/recommendApproach';
import { CATALOG } from '../../../shared/catalog/catalog';
import { APPROACH_IDS, GOAL_IDS, type ApproachId, type GoalId } from '../../../shared/catalog/catalogTypes';
import {
  HIGH_IMPACT_THRESHOLD,
  MIN_GROUP_SIZE,
  MIN_QUARTILE_GROUP,
  TOP_MODELS,
  type Audience,
  type CombinedSpread,
  type CombineOptions,
  type ModelSummary,
  type RoundSummary,
  type SharedText,
  type ThemeSummary,
} from '../../../shared/rounds/combineRound';
import { teamFindings, type ReleasedReport } from '../../../shared/rounds/visitFindings';
import type { SelfAssessmentItem, SharingLevel, Submission } from '../../../shared/schemas/submissionSchema';
import { compareScores, computeModelScores } from '../../../shared/scoring/scoreModels';

interface Spread { n: number; mean: number; median: number; q1: number; q3: number; iqr: number }

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { n: sorted.length, mean: sorted.reduce((s, v) => s + v, 0) / sorted.length, median: quantile(sorted, 0.5), q1, q3, iqr: q3 - q1 };
}

const STATUS_KEY = { 'in-use': 'inUse', planned: 'planned', considering: 'considering', 'not-relevant': 'notRelevant' } as const;
const SHARED: ReadonlySet<SharingLevel> = new Set(['summary', 'named']);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: SharedText, b: SharedText) => cmp(a.text, b.text) || cmp(a.participantName ?? '', b.participantName ?? '');

function sharedText(item: SelfAssessmentItem, field: 'currentPractice' | 'strengths' | 'developmentAreas', name: string): SharedText[] {
  const text = item[field]?.trim();
  if (!text || !SHARED.has(item.sharing)) return [];
  return [item.sharing === 'named' ? { text, participantName: name } : { text }];
}

function combinedSpread(values: readonly number[], member: boolean): CombinedSpread | null {
  // Members see a model's combined impact only where at least MIN_GROUP_SIZE participants scored it,
  // and its median and quartiles only from MIN_QUARTILE_GROUP, so no one's own scores can be read off.
  if (member && values.length < MIN_GROUP_SIZE) return null;
  const s: Spread | null = spread(values);
  if (!s) return null;
  if (member && values.length < MIN_QUARTILE_GROUP) return { n: s.n, mean: s.mean, median: null, q1: null, q3: null, iqr: null };
  return s;
}

function summarizeModels(submissions: readonly Submission[], recommended: Map<string, number>, audience: Audience): ModelSummary[] {
  const byModel = submissions.map((s) => new Map(s.models.map((m) => [m.modelId, m])));
  return CATALOG.models.map((model) => {
    const statusCounts = { inUse: 0, planned: 0, considering: 0, notRelevant: 0, unanswered: 0 };
    const scores: Record<GoalId, number[]> = { A: [], B: [], C: [], D: [], E: [] };
    for (const models of byModel) {
      const a = models.get(model.id);
      if (a?.status) statusCounts[STATUS_KEY[a.status]] += 1;
      else statusCounts.unanswered += 1;
      for (const g of GOAL_IDS) {
        const v = a?.impact?.[g];
        if (v !== undefined) scores[g].push(v);
      }
    }
    const member = audience === 'member';
    const impact = Object.fromEntries(
      GOAL_IDS.map((g) => [g, combinedSpread(scores[g], member)]),
    ) as Record<GoalId, CombinedSpread | null>;
    const countsShown = !member || submissions.length >= MIN_GROUP_SIZE;
    const withData = GOAL_IDS.filter((g) => impact[g] !== null);
    const highImpactGoals = withData.filter((g) => impact[g]!.mean >= HIGH_IMPACT_THRESHOLD - 1e-9);
    return {
      modelId: model.id,
      statusCounts: countsShown ? statusCounts : null,
      impact,
      highImpactGoals,
      catalogueHighImpactGoals: [...model.highImpactGoals],
      differsFromCatalogueOn: withData.filter((g) => highImpactGoals.includes(g) !== model.highImpactGoals.includes(g)),
      recommendedCount: countsShown ? (recommended.get(model.id) ?? 0) : null,
    };
  });
}

function summarizeThemes(submissions: readonly Submission[], themeIds: readonly string[], audience: Audience, reports: readonly ReleasedReport[]): ThemeSummary[] {
  return themeIds.map((themeId) => {
    const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let ratedCount = 0;
    const texts = { currentPractice: [] as SharedText[], strengths: [] as SharedText[], developmentAreas: [] as SharedText[] };
    for (const s of submissions) {
      const item = s.selfAssessment.find((i) => i.themeId === themeId);
      if (!item) continue;
      if (item.rating !== undefined && (audience === 'coordinator' || SHARED.has(item.sharing))) {
        counts[(item.rating - 1) as 0 | 1 | 2 | 3 | 4] += 1;
        ratedCount += 1;
      }
      for (const field of ['currentPractice', 'strengths', 'developmentAreas'] as const) {
        texts[field].push(...sharedText(item, field, s.participant.name));
      }
    }
    return {
      themeId,
      ratedCount,
      distribution: ratedCount >= MIN_GROUP_SIZE ? counts : null,
      currentPractice: texts.currentPractice.sort(byText),
      strengths: texts.strengths.sort(byText),
      developmentAreas: texts.developmentAreas.sort(byText),
      ...teamFindings(reports, themeId),
    };
  });
}

/**
 * Combines a round's submissions into one summary. Nothing in it ranks participants: there is no
 * per-participant total, texts are ordered by their own content, `team`-level texts never appear,
 * names appear only beside texts their authors marked `named`, and rating distributions need at least
 * three contributors. The result does not depend on the order of `submissions`.
 *
 * @example
 * combineRound(submissions, { audience: 'member' }).themes[0].distribution // [0, 1, 2, 0, 0] or null
 */
export function referenceCombineRound(submissions: readonly Submission[], options: CombineOptions): RoundSummary {
  const recommendedModels = new Map<string, number>();
  const approachCounts = new Map<ApproachId, number>();
  for (const s of submissions) {
    const ranked = computeModelScores({ capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models })
      .filter((m) => m.status !== 'not-relevant')
      .sort(compareScores);
    for (const m of ranked.slice(0, TOP_MODELS)) {
      recommendedModels.set(m.modelId, (recommendedModels.get(m.modelId) ?? 0) + 1);
    }
    const top = recommendApproaches(approachContext(s))[0]!.approachId;
    approachCounts.set(top, (approachCounts.get(top) ?? 0) + 1);
  }
  const themeIds =
    options.themeIds ?? [...new Set(submissions.flatMap((s) => s.selfAssessment.map((i) => i.themeId)))].sort();
  return {
    audience: options.audience,
    participantCount: submissions.length,
    minGroupSize: MIN_GROUP_SIZE,
    models: summarizeModels(submissions, recommendedModels, options.audience),
    themes: summarizeThemes(submissions, themeIds, options.audience, options.releasedReports ?? []),
    approaches: APPROACH_IDS.map((approachId) => ({
      approachId,
      recommendedCount: options.audience === 'member' && submissions.length < MIN_GROUP_SIZE ? null : (approachCounts.get(approachId) ?? 0),
    })),
  };
}
