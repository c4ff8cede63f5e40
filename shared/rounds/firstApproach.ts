import { APPROACH_RULES, BASE_SUITABILITY, REQUIRED_CAPACITY, type ApproachContext } from '../approaches/approachRules';
import type { RankedApproach } from '../approaches/recommendApproach';
import { CATALOG } from '../catalog/catalog';
import { APPROACH_IDS } from '../catalog/catalogTypes';
import type { Submission } from '../schemas/submissionSchema';

const APPROACHES = CATALOG.approaches.map((a) => ({
  index: APPROACH_IDS.indexOf(a.id),
  base: BASE_SUITABILITY[a.id],
  required: REQUIRED_CAPACITY[a.id],
  weight: a.weight,
  rules: APPROACH_RULES.filter((r) => r.approachId === a.id),
}));
const BADGE_MODELS: ReadonlySet<string> = new Set(['responsibility-label', 'diploma', 'annual-award']);

type Scored = Pick<RankedApproach, 'exceedsCapacity' | 'suitability' | 'weight'>;
/** recommendApproaches' order: what the capacity carries first, then suitability, then the lighter. */
const approachOrder = (x: Scored, y: Scored) =>
  Number(x.exceedsCapacity) - Number(y.exceedsCapacity) || y.suitability - x.suitability || x.weight - y.weight;

/** approachContext(s), written into `c` instead of a new object and read off the rows in one loop. */
function fillContext(s: Submission, c: ApproachContext): ApproachContext {
  let chosen = 0;
  let commitment: string | undefined | null = null;
  let badges = s.profile.facts.badgesPlanned;
  for (const m of s.models) {
    const active = m.status === 'in-use' || m.status === 'planned';
    if (active || m.status === 'considering') chosen += 1;
    // The first signed-commitment row decides, as find() finds it.
    if (commitment === null && m.modelId === 'signed-commitment') commitment = m.status;
    if (!badges && active && BADGE_MODELS.has(m.modelId)) badges = true;
  }
  c.capacity = s.profile.capacity;
  c.facts = s.profile.facts;
  c.goalWeights = s.goalWeights;
  c.chosenModelCount = chosen;
  c.commitmentModelChosen = commitment === 'in-use' || commitment === 'planned';
  c.badgesInPlay = badges;
  return c;
}

/**
 * A function giving, for one participant, the index in APPROACH_IDS of the approach that
 * recommendApproaches(approachContext(s)) ranks first: the same rules and order, without reasons,
 * texts or a sort, and with the same scratch objects for every participant.
 *
 * @example
 * APPROACH_IDS[firstApproach()(smallMunicipality)] // 'individual-models'
 */
export function firstApproach(): (s: Submission) => number {
  const c = {} as ApproachContext;
  const scored: Scored[] = APPROACHES.map(() => ({ exceedsCapacity: false, suitability: 0, weight: 0 }));
  return (s) => {
    fillContext(s, c);
    let best = 0;
    APPROACHES.forEach((a, i) => {
      let points = 0;
      for (const r of a.rules) if (r.applies(c)) points += r.points;
      const x = scored[i]!;
      x.suitability = Math.max(0, Math.min(100, a.base + points));
      x.exceedsCapacity = c.capacity < a.required;
      x.weight = a.weight;
      // The first of the best, as the stable sort of recommendApproaches leaves it.
      if (i > 0 && approachOrder(x, scored[best]!) < 0) best = i;
    });
    return APPROACHES[best]!.index;
  };
}
