// REFERENCE ONLY, frozen: the trilingual recommendation as it was before recommend(s, lang) built one
// language directly. The property test compares the new answer with pickLanguage of this one.
import { CATALOG } from '../../../../shared/catalog/catalog';
import { GOAL_IDS, type GoalId } from '../../../../shared/catalog/catalogTypes';
import type { Localized } from '../../../../shared/i18n/lang';
import type { CapacityLevel, GoalWeights } from '../../../../shared/schemas/profileSchema';
import type { ModelAssessment, ModelStatus } from '../../../../shared/schemas/submissionSchema';
import { feasibility, type Fit } from '../../../../shared/scoring/feasibility';
import { impactValues, type ImpactValue } from '../../../../shared/scoring/impactValues';
import { modelReasons } from './modelReasons';

export interface ScoringInput {
  capacity: CapacityLevel;
  goalWeights: GoalWeights;
  models: readonly ModelAssessment[];
}

/** One model's numbers before ranking. */
export interface ModelScore {
  modelId: string;
  /** Position in the catalogue, the tie-breaker. */
  catalogueIndex: number;
  status?: ModelStatus;
  values: Record<GoalId, ImpactValue>;
  goalFit: number;
  gap: number;
  fit: Fit;
  feasibility: number;
  score: number;
}

export interface RankedModel extends ModelScore {
  rank: number;
  reasons: { code: string; text: Localized }[];
  caveats: Localized[];
}

/**
 * F(m) = Σ w·v / Σ w, feasibility from the resource gap, score = F × feasibility (SYSTEM.md).
 * Models the participant marked not relevant are scored too (the sheet shows their numbers) but not ranked.
 *
 * @example
 * computeModelScores({ capacity: 1, goalWeights: { A: 1, B: 0, C: 0, D: 0, E: 0 }, models: [] })[0]
 * // { modelId: 'land-use-planning', goalFit: 2, feasibility: 0.5, score: 1, … }
 */
export function computeModelScores(input: ScoringInput): ModelScore[] {
  const byId = new Map(input.models.map((m) => [m.modelId, m]));
  const w = input.goalWeights;
  const totalWeight = GOAL_IDS.reduce((s, g) => s + w[g], 0);
  return CATALOG.models.map((model, catalogueIndex) => {
    const assessment = byId.get(model.id);
    const values = impactValues(model, assessment?.impact);
    const goalFit = totalWeight > 0 ? GOAL_IDS.reduce((s, g) => s + w[g] * values[g].value, 0) / totalWeight : 0;
    const f = feasibility(model.resources, input.capacity);
    return {
      modelId: model.id,
      catalogueIndex,
      status: assessment?.status,
      values,
      goalFit,
      gap: f.gap,
      fit: f.fit,
      feasibility: f.factor,
      score: goalFit * f.factor,
    };
  });
}

/** Scores closer than this are equal: they differ only by floating-point rounding. */
export const SCORE_EPSILON = 1e-9;

/** Best score first; equal scores (within rounding) keep catalogue order. */
export function compareScores(a: Pick<ModelScore, 'score' | 'catalogueIndex'>, b: Pick<ModelScore, 'score' | 'catalogueIndex'>): number {
  const diff = b.score - a.score;
  return Math.abs(diff) > SCORE_EPSILON ? diff : a.catalogueIndex - b.catalogueIndex;
}

/**
 * Ranks every model not marked "not relevant", with reasons and the catalogue's caveats.
 * Pure and deterministic: the same input always gives the same list.
 *
 * @example
 * scoreModels(input)[0].rank // 1
 */
export function scoreModels(input: ScoringInput): RankedModel[] {
  const sorted = computeModelScores(input)
    .filter((s) => s.status !== 'not-relevant')
    .sort(compareScores);
  return sorted.map((s, i) => {
    const model = CATALOG.models[s.catalogueIndex]!;
    // Sorted by score, so ties are neighbours: look left and right until the score differs.
    const tiedWith: string[] = [];
    for (let j = i - 1; j >= 0 && Math.abs(sorted[j]!.score - s.score) <= SCORE_EPSILON; j -= 1) tiedWith.unshift(sorted[j]!.modelId);
    for (let j = i + 1; j < sorted.length && Math.abs(sorted[j]!.score - s.score) <= SCORE_EPSILON; j += 1) tiedWith.push(sorted[j]!.modelId);
    return {
      ...s,
      rank: i + 1,
      reasons: modelReasons(s, model, input, tiedWith),
      caveats: model.caveats,
    };
  });
}
