import fc from 'fast-check';
import { CATALOG } from '../../../shared/catalog/catalog';
import { GOAL_IDS } from '../../../shared/catalog/catalogTypes';
import { combineRound } from '../../../shared/rounds/combineRound';
import { spread, spreadOfCounts } from '../../../shared/rounds/quantiles';
import { MODEL_STATUSES, SHARING_LEVELS, type Submission } from '../../../shared/schemas/submissionSchema';
import { makeSubmission } from '../../helpers/makeSubmission';
import { referenceCombineRound } from './referenceCombineRound';

const MODEL_IDS = CATALOG.models.map((m) => m.id);
const THEME_IDS = ['procurement', 'energy-audits', 'strategy-link', 'unlisted-theme'];
// Weights that make scores tie, nearly tie (a rounding apart) or differ.
const weight = fc.oneof(fc.constantFrom(0, 0.1, 0.2, 0.3, 1 / 3, 0.7, 1, 2, 3, 5), fc.double({ min: 0, max: 5, noNaN: true }));

const modelRow = fc.record(
  {
    modelId: fc.oneof(fc.constantFrom(...MODEL_IDS), fc.constantFrom('signed-commitment', 'diploma', 'annual-award', 'responsibility-label')),
    status: fc.constantFrom(...MODEL_STATUSES),
    impact: fc.record(Object.fromEntries(GOAL_IDS.map((g) => [g, fc.integer({ min: 1, max: 5 })])), { requiredKeys: [] }),
  },
  { requiredKeys: ['modelId'] },
);

const item = fc.record(
  {
    themeId: fc.constantFrom(...THEME_IDS),
    rating: fc.integer({ min: 1, max: 5 }),
    sharing: fc.constantFrom(...SHARING_LEVELS),
    currentPractice: fc.constantFrom('', ' ', 'a', 'b', ' a ', 'Nykytila', 'Ä'),
    strengths: fc.string({ maxLength: 3 }),
    developmentAreas: fc.constantFrom('x', 'y', 'Kehitettävää'),
  },
  { requiredKeys: ['themeId', 'sharing'] },
);

const submission: fc.Arbitrary<Submission> = fc
  .record({
    name: fc.constantFrom('Aakkoskunta', 'Beetala', 'Ceelahti', 'Å-kunta', 'Beetala '),
    capacity: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
    facts: fc.record({ existingCooperation: fc.boolean(), wantsCommitments: fc.boolean(), frontrunnerBase: fc.boolean(), badgesPlanned: fc.boolean() }),
    weights: fc.tuple(weight, weight, weight, weight, weight).filter((w) => w.reduce((a, b) => a + b, 0) > 0),
    // Mostly the whole catalogue in order, as workbooks send it; sometimes a few rows, repeated or out of order.
    models: fc.oneof(
      fc.array(fc.record({ status: fc.option(fc.constantFrom(...MODEL_STATUSES), { nil: undefined }), impact: fc.dictionary(fc.constantFrom(...GOAL_IDS), fc.integer({ min: 1, max: 5 })) }), { minLength: MODEL_IDS.length, maxLength: MODEL_IDS.length })
        .map((rows) => rows.map((r, i) => ({ modelId: MODEL_IDS[i]!, ...(r.status ? { status: r.status } : {}), impact: r.impact }))),
      fc.array(modelRow, { maxLength: 8 }),
    ),
    items: fc.array(item, { maxLength: 6 }),
  })
  .map(({ name, capacity, facts, weights, models, items }) =>
    makeSubmission({
      participant: { name, kind: 'municipality' },
      profile: { capacity, facts },
      goalWeights: { A: weights[0], B: weights[1], C: weights[2], D: weights[3], E: weights[4] },
      models,
      selfAssessment: items,
    }),
  );

const options = fc.record(
  {
    audience: fc.constantFrom('coordinator', 'member') as fc.Arbitrary<'coordinator' | 'member'>,
    themeIds: fc.array(fc.constantFrom(...THEME_IDS), { maxLength: 5 }),
  },
  { requiredKeys: ['audience'] },
);

describe('combineRound against the straightforward reference', () => {
  it('gives the same summary, byte for byte, on random rounds (property)', () => {
    fc.assert(
      fc.property(fc.array(submission, { maxLength: 12 }), options, (subs, opts) => {
        expect(JSON.stringify(combineRound(subs, opts))).toBe(JSON.stringify(referenceCombineRound(subs, opts)));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same summary for larger rounds, where quartiles and top models spread out (property)', () => {
    fc.assert(
      fc.property(fc.array(submission, { minLength: 20, maxLength: 60 }), options, (subs, opts) => {
        expect(JSON.stringify(combineRound(subs, opts))).toBe(JSON.stringify(referenceCombineRound(subs, opts)));
      }),
      { numRuns: 40 },
    );
  });

  it('counts the same top models when scores lie a rounding apart', () => {
    // 0.1 + 0.2 weights give goal fits like 0.30000000000000004 beside 0.3: compareScores calls them equal.
    const subs = [0.1, 0.2, 0.3, 0.7].map((w) =>
      makeSubmission({ goalWeights: { A: w, B: 0.1, C: 0.2, D: 0.3, E: w }, models: MODEL_IDS.map((modelId, i) => ({ modelId, impact: { A: 1 + (i % 5) } })) }),
    );
    expect(JSON.stringify(combineRound(subs, { audience: 'coordinator' }))).toBe(JSON.stringify(referenceCombineRound(subs, { audience: 'coordinator' })));
  });
});

describe('spreadOfCounts', () => {
  it('equals spread() of the values it tallies (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }), (values) => {
        const counts = [0, 0, 0, 0, 0, 0, 0];
        for (const v of values) counts[v + 1]! += 1;
        expect(spreadOfCounts(counts, 2)).toEqual(spread(values));
        expect(Object.is(spreadOfCounts(counts, 2)?.mean, spread(values)?.mean)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the literal quartiles of 1, 2, 3, 4', () => {
    expect(spreadOfCounts([1, 1, 1, 1, 0], 0)).toEqual({ n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, iqr: 1.5 });
    expect(spreadOfCounts([0, 0, 0, 0, 0], 0)).toBeNull();
  });
});
