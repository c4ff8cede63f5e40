// REFERENCE ONLY, frozen: the trilingual recommendation as it was before recommend(s, lang) built one
// language directly. The property test compares the new answer with pickLanguage of this one.
import { GOAL_IDS, type GoalId } from '../../../../shared/catalog/catalogTypes';
import { formatDecimal } from '../../../../shared/i18n/formatNumber';
import type { Localized } from '../../../../shared/i18n/lang';
import type { GoalWeights } from '../../../../shared/schemas/profileSchema';
import type { ModelScore } from './scoreModels';

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
 * `m` minus `other` as a line α·t + β in goal g's weight t (other weights fixed): comparing two scores
 * f·(t·v_g + rest)/(t + R) reduces to this sign because the common positive denominator cancels,
 * hence the closed form. Fixing the others moves the weights' proportions the same way as rescaling.
 */
function line(m: ModelScore, mRest: number, other: ModelScore, g: GoalId, w: GoalWeights): { alpha: number; beta: number } {
  return {
    alpha: m.feasibility * m.values[g].value - other.feasibility * other.values[g].value,
    beta: m.feasibility * mRest - other.feasibility * restOf(other, g, w),
  };
}

function beats(l: { alpha: number; beta: number }, t: number, otherFirstInCatalogue: boolean): boolean {
  const d = l.alpha * t + l.beta;
  const eps = 1e-9;
  return d < -eps || (Math.abs(d) <= eps && otherFirstInCatalogue);
}

/**
 * The interval of goal g's weight (0–5, others unchanged) within which `m` stays among the top `k`
 * of `ranked`. Returns [low, high] around the current weight.
 *
 * @example
 * stabilityRange(ranked, ranked[0], 'C', weights, 1) // { low: 1.2, high: 4 }
 */
export function stabilityRange(
  ranked: readonly ModelScore[],
  m: ModelScore,
  g: GoalId,
  w: GoalWeights,
  k: number,
): { low: number; high: number; lowOpen: boolean; highOpen: boolean } {
  const mRest = restOf(m, g, w);
  const lines = ranked
    .filter((o) => o.modelId !== m.modelId)
    .map((o) => ({ l: line(m, mRest, o, g, w), first: o.catalogueIndex < m.catalogueIndex }));
  const restWeight = GOAL_IDS.reduce((s, h) => (h === g ? s : s + w[h]), 0);
  const ok = (t: number) => {
    if (t <= 0 && restWeight <= 0) return false;
    let ahead = 0;
    for (const { l, first } of lines) if (beats(l, t, first) && ++ahead >= k) return false;
    return true;
  };

  const t0 = w[g];
  // A cut within rounding of the current weight is the current weight: a tie there must be judged
  // at the exact point, not in a neighbouring segment.
  const cuts = lines
    .filter(({ l }) => l.alpha !== 0)
    .map(({ l }) => -l.beta / l.alpha)
    .map((t) => (Math.abs(t - t0) <= 1e-9 ? t0 : t))
    .filter((t) => t > 0 && t < MAX_WEIGHT);
  const points = [...new Set([0, ...cuts, MAX_WEIGHT])].sort((a, b) => a - b);
  // Elements alternate: point, open segment, point, …; each is tested once.
  const elements: { low: number; high: number; ok: boolean }[] = [];
  points.forEach((p, i) => {
    elements.push({ low: p, high: p, ok: ok(p) });
    const next = points[i + 1];
    if (next !== undefined) elements.push({ low: p, high: next, ok: ok((p + next) / 2) });
  });
  let at = elements.findIndex((e) => (e.low === e.high ? e.low === t0 : e.low < t0 && t0 < e.high));
  if (at < 0) at = 0;
  let lo = at;
  let hi = at;
  while (lo > 0 && elements[lo - 1]!.ok) lo -= 1;
  while (hi < elements.length - 1 && elements[hi + 1]!.ok) hi += 1;
  const first = elements[lo]!;
  const last = elements[hi]!;
  return { low: first.low, high: last.high, lowOpen: first.low !== first.high, highOpen: last.low !== last.high };
}

type Range = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

const RANGE_WORDS = {
  fi: { above: 'yli', atLeast: 'vähintään', below: 'alle', upTo: 'enintään', and: 'ja' },
  sv: { above: 'över', atLeast: 'minst', below: 'under', upTo: 'högst', and: 'och' },
  en: { above: 'above', atLeast: 'at least', below: 'below', upTo: 'up to', and: 'and' },
} as const;

/** Bounds are rounded inward to one decimal, so every weight the sentence names really keeps the place. */
const inwardLow = (x: number) => Math.ceil(x * 10 - 1e-9) / 10;
const inwardHigh = (x: number) => Math.floor(x * 10 + 1e-9) / 10;

function rangeText(r: Range, lang: 'fi' | 'sv' | 'en'): string {
  const lo = formatDecimal(inwardLow(r.low), lang);
  const hi = formatDecimal(inwardHigh(r.high), lang);
  if (!r.lowOpen && !r.highOpen) return `${lo}–${hi}`;
  const w = RANGE_WORDS[lang];
  return `${r.lowOpen ? w.above : w.atLeast} ${lo} ${w.and} ${r.highOpen ? w.below : w.upTo} ${hi}`;
}

function sentence(rank: number, g: GoalId, range: Range, whole: boolean): Localized {
  const first = rank === 1;
  const r = (lang: 'fi' | 'sv' | 'en') => rangeText(range, lang);
  if (whole) {
    return {
      fi: `${first ? 'Pysyy ensimmäisenä' : 'Pysyy kolmen kärjessä'} millä tahansa tavoitteen ${g} painolla 0–5.`,
      sv: `${first ? 'Förblir först' : 'Förblir bland de tre främsta'} med vilken vikt som helst 0–5 för mål ${g}.`,
      en: `${first ? 'Stays first' : 'Stays in the top three'} at any weight 0–5 on goal ${g}.`,
    };
  }
  return {
    fi: `${first ? 'Pysyy ensimmäisenä' : 'Pysyy kolmen kärjessä'}, kun tavoitteen ${g} paino on ${r('fi')} (muut painot ennallaan).`,
    sv: `${first ? 'Förblir först' : 'Förblir bland de tre främsta'} så länge vikten för mål ${g} är ${r('sv')} (övriga vikter oförändrade).`,
    en: `${first ? 'Stays first' : 'Stays in the top three'} while the weight on goal ${g} is ${r('en')} (other weights unchanged).`,
  };
}

/**
 * Weight stability of the top models: the first must stay first, the next two in the top three.
 * `ranked` is best first (as scoreModels returns it).
 */
export function weightStability(ranked: readonly ModelScore[], w: GoalWeights, top = 3): StabilityInterval[] {
  const out: StabilityInterval[] = [];
  ranked.slice(0, top).forEach((m, i) => {
    const rank = i + 1;
    const k = rank === 1 ? 1 : top;
    for (const g of GOAL_IDS) {
      const range = stabilityRange(ranked, m, g, w, k);
      const wholeRange = range.low === 0 && range.high === MAX_WEIGHT && !range.lowOpen && !range.highOpen;
      out.push({ modelId: m.modelId, rank, goal: g, current: w[g], ...range, wholeRange, text: sentence(rank, g, range, wholeRange) });
    }
  });
  return out;
}
