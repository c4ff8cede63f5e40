import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APPROACH_RULES, APPROACH_SEED, type ApproachContext } from '../../../shared/approaches/approachRules';
import { approachContext, recommendApproaches } from '../../../shared/approaches/recommendApproach';
import { makeSubmission } from '../../helpers/makeSubmission';

const seed = readFileSync(path.resolve(__dirname, '../../../../shared/seeds', APPROACH_SEED), 'utf8');

const ctx = (over: Omit<Partial<ApproachContext>, 'facts'> & { facts?: Partial<ApproachContext['facts']> } = {}): ApproachContext => ({
  capacity: 2,
  goalWeights: { A: 1, B: 1, C: 1, D: 1, E: 1 },
  chosenModelCount: 4,
  commitmentModelChosen: false,
  badgesInPlay: false,
  ...over,
  facts: { existingCooperation: false, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: false, ...over.facts },
});

const order = (c: ApproachContext) => recommendApproaches(c).map((a) => [a.approachId, a.suitability, a.exceedsCapacity]);

describe('approach rules', () => {
  it.each(APPROACH_RULES.map((r) => [r.id, r.quote]))('rule %s quotes seed 004 verbatim', (_id, quote) => {
    expect(seed).toContain(quote);
  });

  it('has unique rule ids', () => {
    expect(new Set(APPROACH_RULES.map((r) => r.id)).size).toBe(APPROACH_RULES.length);
  });
});

describe('recommendApproaches', () => {
  it('small municipality with few models and cooperation to build on: the lightest approaches first', () => {
    expect(order(ctx({ capacity: 1, chosenModelCount: 2, facts: { existingCooperation: true } }))).toEqual([
      ['individual-models', 95, false],
      ['integrated', 80, false],
      ['open-network', 0, true],
      ['commitment-network', 0, true],
      ['frontrunner-network', 0, true],
    ]);
  });

  it('mid-size town weighting interaction and image with many models: integration, then an open network', () => {
    expect(order(ctx({ chosenModelCount: 8, goalWeights: { A: 1, B: 1, C: 0, D: 4, E: 3 }, facts: { existingCooperation: true } }))).toEqual([
      ['open-network', 85, false],
      ['integrated', 80, false],
      ['individual-models', 35, false],
      ['commitment-network', 30, false],
      ['frontrunner-network', 0, true],
    ]);
  });

  it('large city with a cleantech base that wants commitments: the closed networks lead', () => {
    const ranked = recommendApproaches(
      ctx({ capacity: 3, chosenModelCount: 12, goalWeights: { A: 5, B: 4, C: 1, D: 2, E: 2 }, facts: { existingCooperation: true, wantsCommitments: true, frontrunnerBase: true } }),
    );
    expect(ranked.map((a) => [a.approachId, a.suitability])).toEqual([
      ['frontrunner-network', 85],
      ['integrated', 80],
      ['commitment-network', 80],
      ['open-network', 55],
      ['individual-models', 35],
    ]);
    expect(ranked[0]!.reasons.map((r) => r.ruleId)).toEqual(['frontrunner-base', 'frontrunner-green-business', 'frontrunner-capacity']);
    expect(ranked[0]!.prerequisites.map((p) => p.met)).toEqual([true, true]);
  });

  it('never ranks an approach heavier than the capacity above one that fits, and says so', () => {
    const ranked = recommendApproaches(ctx({ capacity: 2, facts: { frontrunnerBase: true }, goalWeights: { A: 0, B: 5, C: 0, D: 0, E: 0 } }));
    const frontrunner = ranked.find((a) => a.approachId === 'frontrunner-network')!;
    expect(frontrunner.exceedsCapacity).toBe(true);
    expect(frontrunner.rank).toBe(5);
    expect(frontrunner.reasons.map((r) => r.ruleId)).toContain('frontrunner-too-heavy');
    expect(frontrunner.prerequisites[0]).toEqual({ text: { fi: 'Resurssitaso vähintään 3', sv: 'Resursnivå minst 3', en: 'Capacity level at least 3' }, met: false });
  });

  it.each([
    [{ A: 1, B: 1, C: 1, D: 1, E: 1 }, false],
    [{ A: 0.3, B: 0.3, C: 0.3, D: 0.3, E: 0.3 }, false],
    [{ A: 0.7, B: 0.7, C: 0.7, D: 0.7, E: 0.7 }, false],
    [{ A: 1, B: 1, C: 1, D: 1.1, E: 1 }, true],
  ])('equal weights are not emphasis on D and E: %p → brand rule %p', (goalWeights, fires) => {
    const open = recommendApproaches(ctx({ goalWeights })).find((a) => a.approachId === 'open-network')!;
    expect(open.reasons.some((r) => r.ruleId === 'open-brand-goals')).toBe(fires);
  });

  it('surfaces the greenwashing caveat on network approaches when badges are in play', () => {
    const ranked = recommendApproaches(ctx({ badgesInPlay: true }));
    const withWarning = ranked.filter((a) => a.caveats.some((c) => c.en.includes('greenwashing') && c.en.startsWith('You plan badges')));
    expect(withWarning.map((a) => a.approachId).sort()).toEqual(['commitment-network', 'frontrunner-network', 'open-network']);
  });

  it('reads its context from a submission', () => {
    const s = makeSubmission({
      models: [
        { modelId: 'signed-commitment', status: 'planned' },
        { modelId: 'diploma', status: 'in-use' },
        { modelId: 'events', status: 'considering' },
        { modelId: 'campaigns', status: 'not-relevant' },
      ],
    });
    expect(approachContext(s)).toEqual({
      capacity: 2,
      facts: { existingCooperation: true, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: false },
      goalWeights: { A: 3, B: 2, C: 1, D: 2, E: 1 },
      chosenModelCount: 3,
      commitmentModelChosen: true,
      badgesInPlay: true,
    });
  });
});
