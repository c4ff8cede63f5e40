import type { RankedApproach } from '../approaches/recommendApproach';
import type { Lang } from '../i18n/lang';
import type { InLanguage } from '../i18n/pickLanguage';

/**
 * Ranked approaches with every text in one language: what `pickLanguage` gives, field by field
 * (the type says which fields are texts), without walking the whole value. Does not mutate input.
 *
 * @example
 * approachesIn(recommendApproaches(context), 'en')[0].caveats // ['…']
 */
export function approachesIn(approaches: readonly RankedApproach[], lang: Lang): InLanguage<RankedApproach>[] {
  return approaches.map((a) => ({
    approachId: a.approachId,
    rank: a.rank,
    weight: a.weight,
    suitability: a.suitability,
    requiredCapacity: a.requiredCapacity,
    exceedsCapacity: a.exceedsCapacity,
    reasons: a.reasons.map((r) => ({ ruleId: r.ruleId, points: r.points, text: r.text[lang], source: { seed: r.source.seed, quote: r.source.quote } })),
    prerequisites: a.prerequisites.map((p) => ({ text: p.text[lang], met: p.met })),
    caveats: a.caveats.map((c) => c[lang]),
    examples: a.examples.slice(),
  }));
}
