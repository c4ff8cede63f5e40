import { CATALOG } from '../catalog/catalog';
import { GOAL_IDS, type GoalId } from '../catalog/catalogTypes';
import { LANGS, type Lang, type Localized } from '../i18n/lang';
import type { InLanguage } from '../i18n/pickLanguage';
import type { CapacityLevel, GoalWeights } from '../schemas/profileSchema';
import type { ModelAssessment, ModelStatus } from '../schemas/submissionSchema';
import { feasibility, type Fit } from './feasibility';
import { impactValues, type ImpactValue } from './impactValues';
import { localizedModelReasons, modelReasons } from './modelReasons';

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

/** A catalogue model's caveats in one language, built once. */
const CAVEATS: Readonly<Record<Lang, readonly string[][]>> = Object.fromEntries(
  LANGS.map((lang) => [lang, CATALOG.models.map((m) => m.caveats.map((c) => c[lang]))]),
) as Record<Lang, string[][]>;

/**
 * Ranks every model not marked "not relevant", with reasons and the catalogue's caveats: every text
 * in all three languages, or only in `lang` when given (the same list as `pickLanguage` of the first).
 * Pure and deterministic: the same input always gives the same list.
 *
 * @example
 * scoreModels(input)[0].rank // 1
 * scoreModels(input, 'sv')[0].reasons[0].text // 'Stor effekt på mål A (…) i den nationella bedömningen, vikt 1,0.'
 */
export function scoreModels(input: ScoringInput): RankedModel[];
export function scoreModels(input: ScoringInput, lang: Lang): InLanguage<RankedModel>[];
export function scoreModels(input: ScoringInput, lang?: Lang): RankedModel[] | InLanguage<RankedModel>[] {
  const sorted = computeModelScores(input)
    .filter((s) => s.status !== 'not-relevant')
    .sort(compareScores);
  const reasons = lang ? modelReasons(input, lang) : localizedModelReasons(input);
  const ranked = sorted.map((s, i) => {
    const model = CATALOG.models[s.catalogueIndex]!;
    // Sorted by score, so ties are neighbours: look left and right until the score differs.
    const tiedWith: string[] = [];
    for (let j = i - 1; j >= 0 && Math.abs(sorted[j]!.score - s.score) <= SCORE_EPSILON; j -= 1) tiedWith.unshift(sorted[j]!.modelId);
    for (let j = i + 1; j < sorted.length && Math.abs(sorted[j]!.score - s.score) <= SCORE_EPSILON; j += 1) tiedWith.push(sorted[j]!.modelId);
    // Written out, not spread: a spread of these objects takes V8's slow path (the bench's recommend
    // spent a fifth of its time here).
    const { modelId, catalogueIndex, status, values, goalFit, gap, fit, feasibility, score } = s;
    const caveats = lang ? CAVEATS[lang][catalogueIndex]!.slice() : model.caveats;
    return { modelId, catalogueIndex, status, values, goalFit, gap, fit, feasibility, score, rank: i + 1, reasons: reasons(s, model, tiedWith), caveats } as RankedModel | InLanguage<RankedModel>;
  });
  return ranked as RankedModel[] | InLanguage<RankedModel>[];
}
