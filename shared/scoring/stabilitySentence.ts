import type { GoalId } from '../catalog/catalogTypes';
import { formatDecimal } from '../i18n/formatNumber';
import type { Lang } from '../i18n/lang';
import type { Range } from './weightStability';

const RANGE_WORDS = {
  fi: { above: 'yli', atLeast: 'vähintään', below: 'alle', upTo: 'enintään', and: 'ja' },
  sv: { above: 'över', atLeast: 'minst', below: 'under', upTo: 'högst', and: 'och' },
  en: { above: 'above', atLeast: 'at least', below: 'below', upTo: 'up to', and: 'and' },
} as const;

/** Bounds are rounded inward to one decimal, so every weight the sentence names really keeps the place. */
const inwardLow = (x: number) => Math.ceil(x * 10 - 1e-9) / 10;
const inwardHigh = (x: number) => Math.floor(x * 10 + 1e-9) / 10;

function rangeText(r: Range, lang: Lang): string {
  const lo = formatDecimal(inwardLow(r.low), lang);
  const hi = formatDecimal(inwardHigh(r.high), lang);
  if (!r.lowOpen && !r.highOpen) return `${lo}–${hi}`;
  const w = RANGE_WORDS[lang];
  return `${r.lowOpen ? w.above : w.atLeast} ${lo} ${w.and} ${r.highOpen ? w.below : w.upTo} ${hi}`;
}

const STAYS = {
  fi: { first: 'Pysyy ensimmäisenä', top: 'Pysyy kolmen kärjessä' },
  sv: { first: 'Förblir först', top: 'Förblir bland de tre främsta' },
  en: { first: 'Stays first', top: 'Stays in the top three' },
} as const;
/** (stays …, goal id) */
const WHOLE: Record<Lang, (stays: string, g: GoalId) => string> = {
  fi: (stays, g) => `${stays} millä tahansa tavoitteen ${g} painolla 0–5.`,
  sv: (stays, g) => `${stays} med vilken vikt som helst 0–5 för mål ${g}.`,
  en: (stays, g) => `${stays} at any weight 0–5 on goal ${g}.`,
};
/** (stays …, goal id, range) */
const WITHIN: Record<Lang, (stays: string, g: GoalId, range: string) => string> = {
  fi: (stays, g, r) => `${stays}, kun tavoitteen ${g} paino on ${r} (muut painot ennallaan).`,
  sv: (stays, g, r) => `${stays} så länge vikten för mål ${g} är ${r} (övriga vikter oförändrade).`,
  en: (stays, g, r) => `${stays} while the weight on goal ${g} is ${r} (other weights unchanged).`,
};

/**
 * The sentence of one stability interval in one language: rank 1 must stay first, the others in the
 * top three; `whole` when no weight 0–5 changes the outcome.
 *
 * @example
 * stabilitySentence(1, 'B', { low: 0, high: 2, lowOpen: false, highOpen: false }, false, 'en')
 * // 'Stays first while the weight on goal B is 0.0–2.0 (other weights unchanged).'
 */
export function stabilitySentence(rank: number, g: GoalId, range: Range, whole: boolean, lang: Lang): string {
  const stays = rank === 1 ? STAYS[lang].first : STAYS[lang].top;
  return whole ? WHOLE[lang](stays, g) : WITHIN[lang](stays, g, rangeText(range, lang));
}
