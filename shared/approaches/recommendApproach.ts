import { CATALOG } from '../catalog/catalog';
import type { ApproachId } from '../catalog/catalogTypes';
import type { Localized } from '../i18n/lang';
import type { Submission } from '../schemas/submissionSchema';
import {
  APPROACH_RULES,
  APPROACH_SEED,
  BASE_SUITABILITY,
  REQUIRED_CAPACITY,
  type ApproachContext,
} from './approachRules';

const CHOSEN = new Set(['in-use', 'planned', 'considering']);
const ACTIVE = new Set(['in-use', 'planned']);
const BADGE_MODELS = new Set(['responsibility-label', 'diploma', 'annual-award']);

export interface ApproachReason {
  ruleId: string;
  points: number;
  text: Localized;
  source: { seed: string; quote: string };
}

export interface RankedApproach {
  approachId: ApproachId;
  rank: number;
  /** 1 lightest … 5 heaviest. */
  weight: number;
  /** 0–100: base plus the points of the rules that applied, clamped. */
  suitability: number;
  requiredCapacity: number;
  /** The approach is heavier than the participant's capacity carries; the reasons say so. */
  exceedsCapacity: boolean;
  reasons: ApproachReason[];
  prerequisites: { text: Localized; met: boolean }[];
  caveats: Localized[];
  examples: string[];
}

/** The facts the rules read, from a submission. */
export function approachContext(s: Pick<Submission, 'profile' | 'goalWeights' | 'models'>): ApproachContext {
  const status = (id: string) => s.models.find((m) => m.modelId === id)?.status;
  return {
    capacity: s.profile.capacity,
    facts: s.profile.facts,
    goalWeights: s.goalWeights,
    chosenModelCount: s.models.filter((m) => m.status !== undefined && CHOSEN.has(m.status)).length,
    commitmentModelChosen: ACTIVE.has(status('signed-commitment') ?? ''),
    badgesInPlay:
      s.profile.facts.badgesPlanned || s.models.some((m) => BADGE_MODELS.has(m.modelId) && ACTIVE.has(m.status ?? '')),
  };
}

const GREENWASHING: Localized = {
  fi: 'Suunnittelette merkkejä tai palkintoja: ilman kriteeristöä ja voimassaoloaikaa viherpesun riski kasvaa, ja se heikentää myös myöntäjän mainetta.',
  sv: 'Ni planerar märken eller priser: utan kriterier och giltighetstid ökar risken för grönmålning, vilket också skadar utdelarens rykte.',
  en: 'You plan badges or awards: without criteria and a validity period the risk of greenwashing grows, which also harms the awarding body.',
};

function prerequisites(id: ApproachId, c: ApproachContext): { text: Localized; met: boolean }[] {
  const need = REQUIRED_CAPACITY[id];
  const list = [
    {
      text: { fi: `Resurssitaso vähintään ${need}`, sv: `Resursnivå minst ${need}`, en: `Capacity level at least ${need}` },
      met: c.capacity >= need,
    },
  ];
  if (id === 'integrated') list.push({ text: { fi: 'Olemassa olevaa yritysyhteistyötä', sv: 'Befintligt företagssamarbete', en: 'Existing business cooperation' }, met: c.facts.existingCooperation });
  if (id === 'commitment-network') list.push({ text: { fi: 'Halu allekirjoitettuihin sitoumuksiin', sv: 'Önskan om undertecknade åtaganden', en: 'A wish for signed commitments' }, met: c.facts.wantsCommitments || c.commitmentModelChosen });
  if (id === 'frontrunner-network') list.push({ text: { fi: 'Edelläkävijäyritysten joukko alueella', sv: 'En grupp föregångsföretag i regionen', en: 'A frontrunner business base in the region' }, met: c.facts.frontrunnerBase });
  return list;
}

/**
 * Ranks all 5 coordination approaches of seed 004 with suitability, the rules that produced it (each
 * citing its seed sentence), prerequisites, caveats and examples. Approaches the capacity carries come
 * first; one heavier than the capacity is never ranked above one that fits, and says why.
 *
 * @example
 * recommendApproaches(approachContext(smallMunicipality))[0].approachId // 'individual-models'
 */
export function recommendApproaches(c: ApproachContext): RankedApproach[] {
  const scored = CATALOG.approaches.map((a) => {
    const fired = APPROACH_RULES.filter((r) => r.approachId === a.id && r.applies(c));
    const raw = BASE_SUITABILITY[a.id] + fired.reduce((s, r) => s + r.points, 0);
    const requiredCapacity = REQUIRED_CAPACITY[a.id];
    const caveats = [...a.caveats];
    if (c.badgesInPlay && a.weight >= 3) caveats.unshift(GREENWASHING);
    return {
      approachId: a.id,
      rank: 0,
      weight: a.weight,
      suitability: Math.max(0, Math.min(100, raw)),
      requiredCapacity,
      exceedsCapacity: c.capacity < requiredCapacity,
      reasons: fired.map((r) => ({ ruleId: r.id, points: r.points, text: r.reason, source: { seed: APPROACH_SEED, quote: r.quote } })),
      prerequisites: prerequisites(a.id, c),
      caveats,
      examples: [...a.examples],
    };
  });
  scored.sort(
    (x, y) =>
      Number(x.exceedsCapacity) - Number(y.exceedsCapacity) || y.suitability - x.suitability || x.weight - y.weight,
  );
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}
