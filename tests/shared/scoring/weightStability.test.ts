import fc from 'fast-check';
import { GOAL_IDS } from '../../../shared/catalog/catalogTypes';
import type { GoalWeights } from '../../../shared/schemas/profileSchema';
import type { ModelAssessment } from '../../../shared/schemas/submissionSchema';
import { compareScores, computeModelScores } from '../../../shared/scoring/scoreModels';
import { stabilityRange, weightStability } from '../../../shared/scoring/weightStability';

const ranked = (capacity: 1 | 2 | 3, goalWeights: GoalWeights, models: ModelAssessment[]) =>
  computeModelScores({ capacity, goalWeights, models })
    .filter((m) => m.status !== 'not-relevant')
    .sort(compareScores);

describe('weightStability', () => {
  const weights: GoalWeights = { A: 2, B: 0, C: 0, D: 2, E: 0 };
  const models: ModelAssessment[] = [{ modelId: 'diploma', impact: { A: 5, D: 5 } }];

  it('gives the closed-form switch point as a sentence', () => {
    const list = ranked(3, weights, models);
    const intervals = weightStability(list, weights);
    const onB = intervals.find((i) => i.rank === 1 && i.goal === 'B')!;
    // diploma (20 + 2t) / (4 + t) ≥ business-networking 4  ⇔  t ≤ 2 (tie kept by catalogue order)
    expect([onB.modelId, onB.low, onB.high, onB.lowOpen, onB.highOpen, onB.wholeRange]).toEqual(['diploma', 0, 2, false, false, false]);
    expect(onB.text.fi).toBe('Pysyy ensimmäisenä, kun tavoitteen B paino on 0,0–2,0 (muut painot ennallaan).');
    expect(onB.text.sv).toBe('Förblir först så länge vikten för mål B är 0,0–2,0 (övriga vikter oförändrade).');
    expect(onB.text.en).toBe('Stays first while the weight on goal B is 0.0–2.0 (other weights unchanged).');
    const onA = intervals.find((i) => i.rank === 1 && i.goal === 'A')!;
    expect([onA.low, onA.high, onA.wholeRange]).toEqual([0, 5, true]);
    expect(onA.text.fi).toBe('Pysyy ensimmäisenä millä tahansa tavoitteen A painolla 0–5.');
    expect(intervals).toHaveLength(15);
    const open = weightStability(ranked(1, { A: 1, B: 0, C: 0, D: 1, E: 0 }, []), { A: 1, B: 0, C: 0, D: 1, E: 0 })[0]!;
    // At A = 0 group-steering ties regional-climate-group and wins on catalogue order.
    expect([open.modelId, open.goal, open.low, open.lowOpen, open.high, open.highOpen]).toEqual(['regional-climate-group', 'A', 0, true, 5, false]);
    expect(open.text.fi).toBe('Pysyy ensimmäisenä, kun tavoitteen A paino on yli 0,0 ja enintään 5,0 (muut painot ennallaan).');
    expect(intervals.filter((i) => i.rank === 2)[0]!.text.en).toMatch(/^Stays in the top three/);
  });

  it('judges a tie at the current decimal weight exactly (regression)', () => {
    const w: GoalWeights = { A: 3.7, B: 2.4, C: 0, D: 3.7, E: 1.3 };
    const list = ranked(1, w, []);
    const onA = weightStability(list, w).find((i) => i.rank === 1 && i.goal === 'A')!;
    // permits-and-authority ties group-steering at A = 3.7 and wins on catalogue order; below it loses.
    expect([onA.modelId, onA.low, onA.lowOpen, onA.high]).toEqual(['permits-and-authority', 3.7, false, 5]);
    expect(onA.text.en).toBe('Stays first while the weight on goal A is 3.7–5.0 (other weights unchanged).');
  });

  const weightArb = fc.record(
    Object.fromEntries(GOAL_IDS.map((g) => [g, fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 50 }).map((x) => x / 10))])) as Record<string, fc.Arbitrary<number>>,
  ).filter((w) => Object.values(w).some((v) => v > 0)) as fc.Arbitrary<GoalWeights>;
  const impactArb = fc.array(
    fc.record({ modelId: fc.constantFrom('diploma', 'events', 'energy-solutions', 'business-networking', 'campaigns'), impact: fc.record({ A: fc.integer({ min: 1, max: 5 }), C: fc.integer({ min: 1, max: 5 }) }) }),
    { maxLength: 3 },
  ).map((rows) => rows.filter((r, i) => rows.findIndex((x) => x.modelId === r.modelId) === i));

  it('agrees with re-ranking inside and just outside the interval (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, weightArb, impactArb, fc.constantFrom(...GOAL_IDS), (capacity, w, rows, g) => {
        const list = ranked(capacity, w, rows);
        const top = list[0]!;
        const { low, high, lowOpen, highOpen } = stabilityRange(list, top, g, w, 1);
        const topAt = (t: number) => ranked(capacity, { ...w, [g]: t }, rows)[0]!.modelId;
        const rest = GOAL_IDS.reduce((s, h) => (h === g ? s : s + w[h]), 0);
        const inside = [lowOpen ? low + 1e-6 : low, (low + high) / 2, highOpen ? high - 1e-6 : high].filter((t) => t > 0 || rest > 0);
        const insideOk = inside.every((t) => topAt(t) === top.modelId);
        const switchesAt = (t: number) => (t === 0 && rest === 0) || topAt(t) !== top.modelId;
        const belowOk = lowOpen ? switchesAt(low) : low <= 0 || switchesAt(low - 1e-6);
        const aboveOk = highOpen ? switchesAt(high) : high >= 5 || switchesAt(high + 1e-6);
        return low <= w[g] && w[g] <= high && insideOk && belowOk && aboveOk;
      }),
      { numRuns: 500 },
    );
  });
});
