import fc from 'fast-check';
import { approachContext, recommendApproaches } from '../../../shared/approaches/recommendApproach';
import { CATALOG } from '../../../shared/catalog/catalog';
import { APPROACH_IDS, GOAL_IDS } from '../../../shared/catalog/catalogTypes';
import { countTopChoices } from '../../../shared/rounds/countTopChoices';
import { modelRowsOf } from '../../../shared/rounds/modelRows';
import { parseSubmission } from '../../../shared/schemas/parseSubmission';
import { MODEL_STATUSES, type Submission } from '../../../shared/schemas/submissionSchema';
import { scoreModels } from '../../../shared/scoring/scoreModels';

// Weights as people type them and as floating point gives them: the last kind makes scores a
// rounding apart, where only scoreModels' own sort decides the order.
const weight = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 50 }).map((x) => x / 10), fc.double({ min: 0, max: 5, noNaN: true, noDefaultInfinity: true }));
const submissionArb: fc.Arbitrary<Submission> = fc
  .record({
    capacity: fc.constantFrom(1, 2, 3),
    facts: fc.record({ existingCooperation: fc.boolean(), wantsCommitments: fc.boolean(), frontrunnerBase: fc.boolean(), badgesPlanned: fc.boolean() }),
    goalWeights: fc.record(Object.fromEntries(GOAL_IDS.map((g) => [g, weight])) as Record<(typeof GOAL_IDS)[number], fc.Arbitrary<number>>),
    models: fc.subarray(CATALOG.models.map((m) => m.id)).chain((ids) =>
      fc.tuple(...ids.map((modelId) => fc.record({
        modelId: fc.constant(modelId),
        status: fc.constantFrom(...MODEL_STATUSES),
        impact: fc.record(Object.fromEntries(GOAL_IDS.map((g) => [g, fc.integer({ min: 1, max: 5 })])), { requiredKeys: [] }),
      }, { requiredKeys: ['modelId'] }))),
    ),
  })
  .map((r) => {
    const parsed = parseSubmission({ schemaVersion: 1, participant: { name: 'Testikunta', kind: 'municipality' }, profile: { capacity: r.capacity, facts: r.facts }, goalWeights: r.goalWeights, models: r.models, selfAssessment: [] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.value;
  });

/** What the participants' own recommendations put first, counted from scoreModels and recommendApproaches. */
function expectedCounts(submissions: readonly Submission[], n: number) {
  const models = new Array<number>(CATALOG.models.length).fill(0);
  const approaches = new Array<number>(APPROACH_IDS.length).fill(0);
  for (const s of submissions) {
    for (const m of scoreModels({ capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models }).slice(0, n)) models[m.catalogueIndex]! += 1;
    approaches[APPROACH_IDS.indexOf(recommendApproaches(approachContext(s))[0]!.approachId)]! += 1;
  }
  return { models, approaches };
}

describe('countTopChoices', () => {
  it('counts what scoreModels and recommendApproaches put first, without their texts (property)', () => {
    fc.assert(
      fc.property(fc.array(submissionArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 1, 5, 40), (submissions, n) => {
        const counts = countTopChoices(submissions, modelRowsOf(submissions), n);
        expect({ models: [...counts.models], approaches: [...counts.approaches] }).toEqual(expectedCounts(submissions, n));
      }),
      { numRuns: 300 },
    );
  });

});
