import { GOAL_IDS, type GoalId } from '../catalog/catalogTypes';
import type { Lang, Localized } from '../i18n/lang';
import type { InLanguage } from '../i18n/pickLanguage';
import type { GoalWeights } from '../schemas/profileSchema';
import type { ModelScore } from './scoreModels';
import { stabilitySentence } from './stabilitySentence';

/** The weight range of one goal within which a model keeps its place. */
export interface StabilityInterval {
  modelId: string;
  rank: number;
  goal: GoalId;
  current: number;
  low: number;
  high: number;
  /** The bound itself is excluded: at exactly that weight the model already loses its place. */
  lowOpen: boolean;
  highOpen: boolean;
  /** True when no weight 0–5 on this goal changes the outcome. */
  wholeRange: boolean;
  text: Localized;
}

const MAX_WEIGHT = 5;

/** Σ over the other goals of w·v: the part of a model's weighted sum that does not move with goal g. */
function restOf(s: ModelScore, g: GoalId, w: GoalWeights): number {
  let acc = 0;
  for (const h of GOAL_IDS) if (h !== g) acc += w[h] * s.values[h].value;
  return acc;
}

/**
 * For one goal g and every model of `ranked`: f·v_g and f·rest (rest as restOf, summed in the same
 * order, so the same numbers), and Σ of the other goals' weights. Computed once for all the leaders.
 */
interface GoalTerms {
  fv: Float64Array;
  fr: Float64Array;
  restWeight: number;
}

function goalTerms(ranked: readonly ModelScore[], w: GoalWeights): GoalTerms[] {
  const weights = GOAL_IDS.map((g) => w[g]);
  const terms = GOAL_IDS.map((_, gi) => {
    let restWeight = 0;
    weights.forEach((x, hi) => {
      if (hi !== gi) restWeight += x;
    });
    return { fv: new Float64Array(ranked.length), fr: new Float64Array(ranked.length), restWeight };
  });
  const products = new Float64Array(GOAL_IDS.length);
  ranked.forEach((o, i) => {
    const values = GOAL_IDS.map((g) => o.values[g].value);
    for (let h = 0; h < products.length; h += 1) products[h] = weights[h]! * values[h]!;
    terms.forEach((t, gi) => {
      let rest = 0;
      for (let h = 0; h < products.length; h += 1) if (h !== gi) rest += products[h]!;
      t.fv[i] = o.feasibility * values[gi]!;
      t.fr[i] = o.feasibility * rest;
    });
  });
  return terms;
}

const EPS = 1e-9;

/**
 * Whether `other` is ahead of `m` at weight t, given `m` minus `other` as a line α·t + β in goal g's
 * weight t (other weights fixed): comparing two scores f·(t·v_g + rest)/(t + R) reduces to this sign
 * because the common positive denominator cancels, hence the closed form. Fixing the others moves the
 * weights' proportions the same way as rescaling.
 */
function beats(alpha: number, beta: number, t: number, otherFirstInCatalogue: boolean): boolean {
  const d = alpha * t + beta;
  return d < -EPS || (Math.abs(d) <= EPS && otherFirstInCatalogue);
}

/** A weight interval: its bounds, and whether each is excluded. */
export type Range = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

/**
 * Scratch space for rangeWith, reused by every call (one range at a time, synchronously): the lines
 * that change sides within 0–5 and the cut points. Grown when a ranking is longer than the catalogue.
 */
let alphas = new Float64Array(64);
let betas = new Float64Array(64);
let firsts = new Uint8Array(64);
let cuts = new Float64Array(64);
let points = new Float64Array(64);

function reserve(n: number): void {
  if (cuts.length >= n) return;
  [alphas, betas, firsts, cuts, points] = [new Float64Array(n), new Float64Array(n), new Uint8Array(n), new Float64Array(n), new Float64Array(n)];
}

/**
 * Whether `m` keeps its place at weight t: fewer than `need` models ahead, counting the `always`
 * ones and the first `changing` lines of the scratch space that are ahead at t.
 */
function keepsPlace(t: number, always: number, changing: number, need: number, restWeight: number): boolean {
  if (t <= 0 && restWeight <= 0) return false;
  let ahead = always;
  if (ahead >= need) return false;
  for (let j = 0; j < changing; j += 1) if (beats(alphas[j]!, betas[j]!, t, firsts[j] === 1) && ++ahead >= need) return false;
  return true;
}

/** Element e of the alternating sequence point 0, segment 0–1, point 1, …: the point, or the segment's midpoint. */
const elementAt = (e: number) => (e % 2 === 0 ? points[e / 2]! : (points[(e - 1) / 2]! + points[(e + 1) / 2]!) / 2);

/** stabilityRange of `m`, whose f·v_g is `mv` and f·rest `mr`, with the goal's terms for every model of `ranked`. */
function rangeWith(ranked: readonly ModelScore[], m: ModelScore, mv: number, mr: number, t0: number, k: number, terms: GoalTerms): Range {
  reserve(ranked.length + 2);
  // d(t) = α·t + β, computed in floating point, is still monotone in t, so a line ahead (or not) at
  // both ends of 0–5 is so everywhere between: only the lines that change are tested at each point.
  let always = 0;
  let changing = 0;
  // A cut within rounding of the current weight is the current weight: a tie there must be judged
  // at the exact point, not in a neighbouring segment.
  cuts[0] = 0;
  cuts[1] = MAX_WEIGHT;
  let cutCount = 2;
  for (let i = 0; i < ranked.length; i += 1) {
    const o = ranked[i]!;
    if (o.modelId === m.modelId) continue;
    const alpha = mv - terms.fv[i]!;
    const beta = mr - terms.fr[i]!;
    const first = o.catalogueIndex < m.catalogueIndex;
    if (alpha !== 0) {
      const cut = -beta / alpha;
      const t = Math.abs(cut - t0) <= EPS ? t0 : cut;
      if (t > 0 && t < MAX_WEIGHT) cuts[cutCount++] = t;
    }
    const at0 = beats(alpha, beta, 0, first);
    if (at0 !== beats(alpha, beta, MAX_WEIGHT, first)) {
      alphas[changing] = alpha;
      betas[changing] = beta;
      firsts[changing] = first ? 1 : 0;
      changing += 1;
    } else if (at0) always += 1;
  }
  const need = Math.max(k, 1);
  // Nothing changes sides and too few are ahead: every weight keeps the place, except 0 when no other
  // goal has weight (no score at all there). The interval grows from the current weight, so a current
  // weight of 0 (or one outside 0–5, which starts at 0) keeps that point.
  if (changing === 0 && always < need) return { low: 0, high: MAX_WEIGHT, lowOpen: terms.restWeight <= 0 && t0 > 0 && t0 <= MAX_WEIGHT, highOpen: false };
  const sorted = cuts.subarray(0, cutCount).sort();
  let pointCount = 0;
  for (let i = 0; i < cutCount; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) points[pointCount++] = sorted[i]!;
  // Elements alternate: point 2i, open segment 2i + 1 between points i and i + 1; each is tested
  // only when the interval grows to it.
  let at = 0;
  for (let i = 0; i < pointCount; i += 1) {
    if (points[i] === t0) { at = 2 * i; break; }
    if (i + 1 < pointCount && points[i]! < t0 && t0 < points[i + 1]!) { at = 2 * i + 1; break; }
  }
  const ok = (e: number) => keepsPlace(elementAt(e), always, changing, need, terms.restWeight);
  let lo = at;
  let hi = at;
  while (lo > 0 && ok(lo - 1)) lo -= 1;
  while (hi < 2 * pointCount - 2 && ok(hi + 1)) hi += 1;
  return { low: points[lo >> 1]!, high: points[(hi + 1) >> 1]!, lowOpen: lo % 2 === 1, highOpen: hi % 2 === 1 };
}

/**
 * The interval of goal g's weight (0–5, others unchanged) within which `m` stays among the top `k`
 * of `ranked`. Returns [low, high] around the current weight.
 *
 * @example
 * stabilityRange(ranked, ranked[0], 'C', weights, 1) // { low: 1.2, high: 4 }
 */
export function stabilityRange(ranked: readonly ModelScore[], m: ModelScore, g: GoalId, w: GoalWeights, k: number): Range {
  const terms = goalTerms(ranked, w)[GOAL_IDS.indexOf(g)]!;
  return rangeWith(ranked, m, m.feasibility * m.values[g].value, m.feasibility * restOf(m, g, w), w[g], k, terms);
}

/**
 * Weight stability of the top models: the first must stay first, the next two in the top three.
 * `ranked` is best first (as scoreModels returns it). Sentences in all three languages, or only in
 * `lang` when given (the same list as `pickLanguage` of the first).
 *
 * @example
 * weightStability(ranked, weights)[0].text.en // 'Stays first at any weight 0–5 on goal A.'
 * weightStability(ranked, weights, 'fi')[0].text // 'Pysyy ensimmäisenä millä tahansa tavoitteen A painolla 0–5.'
 */
export function weightStability(ranked: readonly ModelScore[], w: GoalWeights, lang?: undefined, top?: number): StabilityInterval[];
export function weightStability(ranked: readonly ModelScore[], w: GoalWeights, lang: Lang, top?: number): InLanguage<StabilityInterval>[];
export function weightStability(ranked: readonly ModelScore[], w: GoalWeights, lang?: Lang, top = 3): StabilityInterval[] | InLanguage<StabilityInterval>[] {
  const leaders = ranked.slice(0, top);
  if (leaders.length === 0) return [];
  const out: (StabilityInterval | InLanguage<StabilityInterval>)[] = [];
  const terms = goalTerms(ranked, w);
  leaders.forEach((m, i) => {
    const rank = i + 1;
    const k = rank === 1 ? 1 : top;
    GOAL_IDS.forEach((g, gi) => {
      const t = terms[gi]!;
      const range = rangeWith(ranked, m, t.fv[i]!, t.fr[i]!, w[g], k, t);
      const wholeRange = range.low === 0 && range.high === MAX_WEIGHT && !range.lowOpen && !range.highOpen;
      const text = lang
        ? stabilitySentence(rank, g, range, wholeRange, lang)
        : { fi: stabilitySentence(rank, g, range, wholeRange, 'fi'), sv: stabilitySentence(rank, g, range, wholeRange, 'sv'), en: stabilitySentence(rank, g, range, wholeRange, 'en') };
      const { low, high, lowOpen, highOpen } = range;
      out.push({ modelId: m.modelId, rank, goal: g, current: w[g], low, high, lowOpen, highOpen, wholeRange, text } as StabilityInterval | InLanguage<StabilityInterval>);
    });
  });
  return out as StabilityInterval[] | InLanguage<StabilityInterval>[];
}
