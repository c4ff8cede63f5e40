import { CATALOG } from '../catalog/catalog';
import { GOAL_IDS } from '../catalog/catalogTypes';
import { FEASIBILITY_BY_GAP } from '../scoring/feasibility';
import { CATALOGUE_PRIOR } from '../scoring/impactValues';
import { compareScores, SCORE_EPSILON, type ModelScore } from '../scoring/scoreModels';
import type { Submission } from '../schemas/submissionSchema';

type Score = Pick<ModelScore, 'score' | 'catalogueIndex'>;

const MODELS = CATALOG.models;
/** The catalogue prior per model and goal, flat: PRIOR[model * 5 + goal]. */
const PRIOR = MODELS.flatMap((m) => GOAL_IDS.map((g) => (m.highImpactGoals.includes(g) ? CATALOGUE_PRIOR.high : CATALOGUE_PRIOR.other)));
const FACTOR = { ...FEASIBILITY_BY_GAP };
const byScore = compareScores;
/** The participant's own score where given, else the catalogue prior (impactValues). */
const or = (mine: number | undefined, prior: number) => (mine !== undefined ? mine : prior);

/**
 * The first `n` of `ranked[0 … count)` (in catalogue order) as sorting them by compareScores orders
 * them. When any two scores are equal or more than SCORE_EPSILON apart, compareScores is a strict
 * total order and picking the best n gives them; scores a rounding apart (or NaN) make it
 * intransitive, and then only the same sort gives the same answer. `scores` and `top` are scratch
 * space, written by index and never shortened, so a call allocates nothing (it runs once per
 * participant of a round).
 */
function topOf(ranked: readonly Score[], count: number, n: number, scores: Float64Array, top: Score[]): readonly Score[] {
  scores.fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < count; i += 1) {
    const score = ranked[i]!.score;
    if (Number.isNaN(score)) return ranked.slice(0, count).sort(byScore).slice(0, n);
    scores[i] = score;
  }
  scores.sort();
  for (let i = 1; i < count; i += 1) {
    const gap = scores[i]! - scores[i - 1]!;
    if (!(gap === 0 || gap > SCORE_EPSILON)) return ranked.slice(0, count).sort(byScore).slice(0, n);
  }
  if (n <= 0) return [];
  let size = 0;
  for (let k = 0; k < count; k += 1) {
    const m = ranked[k]!;
    if (size === n && byScore(m, top[n - 1]!) >= 0) continue;
    let i = size < n ? size++ : n - 1;
    top[i] = m;
    for (; i > 0 && byScore(m, top[i - 1]!) < 0; i -= 1) {
      top[i] = top[i - 1]!;
      top[i - 1] = m;
    }
  }
  return size === top.length ? top : top.slice(0, size);
}

/**
 * A function giving, for one participant, the catalogue indices of the `n` models scoreModels ranks
 * first (not-relevant ones left out): computeModelScores' numbers in the same floating-point order,
 * without the objects, reasons or a sort. `rows` is the participant's modelRowsOf slice, from `at`.
 * The same scratch objects serve every participant, so the returned list is valid until the next call.
 *
 * @example
 * topModels(5)(submission, modelRowsOf([submission]), 0).map((m) => m.catalogueIndex) // [12, 3, 20, 0, 7]
 */
export function topModels(n: number): (s: Submission, rows: Int32Array, at: number) => readonly Score[] {
  const pool: Score[] = MODELS.map((_, catalogueIndex) => ({ score: 0, catalogueIndex }));
  const ranked: Score[] = pool.slice();
  const top: Score[] = pool.slice(0, Math.max(n, 0));
  const scores = new Float64Array(MODELS.length);
  return (s, rows, at) => {
    const { A, B, C, D, E } = s.goalWeights;
    // Summed goal by goal from 0, as scoreModels sums them: the same floating-point result.
    const totalWeight = 0 + A + B + C + D + E;
    const capacity = s.profile.capacity;
    let count = 0;
    for (let k = 0; k < MODELS.length; k += 1) {
      const a = rows[at + k]! >= 0 ? s.models[rows[at + k]!] : undefined;
      if (a?.status === 'not-relevant') continue;
      let goalFit = 0;
      if (totalWeight > 0) {
        const own = a?.impact;
        const p = k * 5;
        goalFit = (0 + A * or(own?.A, PRIOR[p]!) + B * or(own?.B, PRIOR[p + 1]!) + C * or(own?.C, PRIOR[p + 2]!) + D * or(own?.D, PRIOR[p + 3]!) + E * or(own?.E, PRIOR[p + 4]!)) / totalWeight;
      }
      const gap = MODELS[k]!.resources - capacity;
      const factor = gap <= 0 ? FACTOR.fits : gap === 1 ? FACTOR.stretch : FACTOR.exceeds;
      const m = pool[k]!;
      m.score = goalFit * factor;
      ranked[count++] = m;
    }
    return topOf(ranked, count, n, scores, top);
  };
}
