import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CATALOG } from '../../../shared/catalog/catalog';
import { GOAL_IDS } from '../../../shared/catalog/catalogTypes';
import { LANGS } from '../../../shared/i18n/lang';
import { pickLanguage } from '../../../shared/i18n/pickLanguage';
import { recommend } from '../../../shared/recommendation/recommend';
import { parseSubmission } from '../../../shared/schemas/parseSubmission';
import { MODEL_STATUSES, type Submission } from '../../../shared/schemas/submissionSchema';
import { compareScores, computeModelScores } from '../../../shared/scoring/scoreModels';
import { stabilityRange } from '../../../shared/scoring/weightStability';
import { recommend as referenceRecommend } from './reference/recommend';
import { stabilityRange as referenceStabilityRange } from './reference/weightStability';

const dir = path.resolve(__dirname, '../../fixtures/submissions');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function parsed(input: unknown): Submission {
  const r = parseSubmission(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** The one-language answer is the old trilingual one picked: equal as values and as the JSON sent. */
function expectSameAsReference(s: Submission): void {
  const old = referenceRecommend(s);
  expect(recommend(s)).toEqual(old);
  expect(JSON.stringify(recommend(s))).toBe(JSON.stringify(old));
  for (const lang of LANGS) {
    const picked = pickLanguage(old, lang);
    const mine = recommend(s, lang);
    expect(mine).toEqual(picked);
    expect(JSON.stringify(mine)).toBe(JSON.stringify(picked));
  }
}

const weight = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: 0, max: 50 }).map((x) => x / 10),
  fc.double({ min: 0, max: 5, noNaN: true, noDefaultInfinity: true }),
);
const submissionArb = fc
  .record({
    kind: fc.constantFrom('municipality', 'regional-council', 'company', 'other'),
    capacity: fc.constantFrom(1, 2, 3),
    staffFte: fc.option(fc.integer({ min: 0, max: 40 }).map((x) => x / 10), { nil: undefined }),
    budgetEurPerYear: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
    facts: fc.record({ existingCooperation: fc.boolean(), wantsCommitments: fc.boolean(), frontrunnerBase: fc.boolean(), badgesPlanned: fc.boolean() }),
    goalWeights: fc.record(Object.fromEntries(GOAL_IDS.map((g) => [g, weight])) as Record<(typeof GOAL_IDS)[number], fc.Arbitrary<number>>),
    models: fc.subarray(CATALOG.models.map((m) => m.id)).chain((ids) =>
      fc.tuple(
        ...ids.map((modelId) =>
          fc.record(
            {
              modelId: fc.constant(modelId),
              status: fc.constantFrom(...MODEL_STATUSES),
              impact: fc.record(Object.fromEntries(GOAL_IDS.map((g) => [g, fc.integer({ min: 1, max: 5 })])), { requiredKeys: [] }),
            },
            { requiredKeys: ['modelId'] },
          ),
        ),
      ),
    ),
  })
  .filter((r) => GOAL_IDS.some((g) => r.goalWeights[g] > 0))
  .map((r) =>
    parsed({
      schemaVersion: 1,
      participant: { name: 'Testikunta', kind: r.kind },
      profile: {
        capacity: r.capacity,
        facts: r.facts,
        ...(r.staffFte !== undefined ? { staffFte: r.staffFte } : {}),
        ...(r.budgetEurPerYear !== undefined ? { budgetEurPerYear: r.budgetEurPerYear } : {}),
      },
      goalWeights: r.goalWeights,
      models: r.models,
      selfAssessment: [],
    }),
  );

describe('recommend in one language', () => {
  it.each(fixtures)('%s: each language is the old trilingual answer picked', (name) => {
    expectSameAsReference(parsed(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))));
  });

  it('builds the texts in the asked language', () => {
    const s = parsed(JSON.parse(readFileSync(path.join(dir, 'company-sme-services.json'), 'utf8')));
    const en = recommend(s, 'en');
    expect(en.models[0]!.reasons.map((r) => r.code)).toEqual(['own-impact', 'fits-capacity', 'status-in-use']);
    expect(en.models[0]!.reasons[0]!.text).toBe('Your own score: impact 4/5 on goal D (More interaction between the municipality and businesses), weight 3.0.');
    expect(recommend(s, 'sv').models[0]!.reasons[1]!.text).toBe('Resursbehovet (1/3) ryms inom er resursnivå (1).');
    expect(recommend(s, 'fi').stability[1]!.text).toBe('Pysyy ensimmäisenä, kun tavoitteen B paino on vähintään 0,0 ja alle 5,0 (muut painot ennallaan).');
    expect(recommend(s, 'fi').notes[0]).toBe(
      'Toimintamallit ja koordinointitavat ovat kuntien keinoja. Yritykselle ne kertovat, missä yhteistyö kunnan kanssa tuottaa eniten: lue ne kumppanin näkökulmasta.',
    );
    expect(en.stability).toHaveLength(15);
  });

  it('is the old trilingual answer picked, for random valid submissions (property)', () => {
    fc.assert(fc.property(submissionArb, (s) => expectSameAsReference(s)), { numRuns: 150 });
  });

  it.each([
    ['only the goal itself weighted', { A: 3, B: 0, C: 0, D: 0, E: 0 }, { low: 0, high: 5, lowOpen: true, highOpen: false }],
    ['no goal weighted', { A: 0, B: 0, C: 0, D: 0, E: 0 }, { low: 0, high: 5, lowOpen: false, highOpen: false }],
    ['a weight of 0 on the goal', { A: 0, B: 2, C: 0, D: 0, E: 0 }, { low: 0, high: 5, lowOpen: false, highOpen: false }],
  ])('keeps the old range where no model changes sides: %s', (_, goalWeights, expected) => {
    // Every model scored the same on every goal: nothing ever overtakes the first.
    const models = CATALOG.models.map((m) => ({ modelId: m.id, impact: { A: 3, B: 3, C: 3, D: 3, E: 3 } }));
    const ranked = computeModelScores({ capacity: 3, goalWeights, models }).sort(compareScores);
    expect(stabilityRange(ranked, ranked[0]!, 'A', goalWeights, 1)).toEqual(expected);
    expect(referenceStabilityRange(ranked, ranked[0]!, 'A', goalWeights, 1)).toEqual(expected);
  });

  it('gives the old stability ranges for any model, goal and k (property)', () => {
    fc.assert(
      fc.property(submissionArb, fc.nat(40), fc.constantFrom(...GOAL_IDS), fc.constantFrom(0, 1, 2, 3, 5), (s, at, g, k) => {
        const ranked = computeModelScores({ capacity: s.profile.capacity, goalWeights: s.goalWeights, models: s.models })
          .filter((m) => m.status !== 'not-relevant')
          .sort(compareScores);
        const m = ranked[at % ranked.length]!;
        expect(stabilityRange(ranked, m, g, s.goalWeights, k)).toEqual(referenceStabilityRange(ranked, m, g, s.goalWeights, k));
      }),
      { numRuns: 500 },
    );
  });
});
