import { computeModelScores, scoreModels } from '../../../shared/scoring/scoreModels';
import { feasibility, suggestCapacity } from '../../../shared/scoring/feasibility';
import type { GoalWeights } from '../../../shared/schemas/profileSchema';

const onlyA: GoalWeights = { A: 1, B: 0, C: 0, D: 0, E: 0 };

describe('feasibility', () => {
  it.each([
    [1, 3, -2, 'fits', 1],
    [2, 2, 0, 'fits', 1],
    [3, 2, 1, 'stretch', 0.75],
    [3, 1, 2, 'exceeds', 0.5],
    [2, 1, 1, 'stretch', 0.75],
  ] as const)('resources %i at capacity %i → gap %i, %s, %f', (r, c, gap, fit, factor) => {
    expect(feasibility(r, c)).toEqual({ gap, fit, factor });
  });
});

describe('suggestCapacity', () => {
  it.each([
    [undefined, undefined, 1],
    [0.2, 3000, 1],
    [0.5, 0, 2],
    [0, 30000, 2],
    [1, 25000, 2],
    [1.5, 30000, 3],
    [4, 400000, 3],
  ])('%p FTE and %p € → level %i', (fte, eur, level) => {
    expect(suggestCapacity(fte, eur)).toBe(level);
  });
});

describe('scoreModels', () => {
  it('ranks by goal fit × feasibility with catalogue order breaking ties', () => {
    const ranked = scoreModels({ capacity: 1, goalWeights: onlyA, models: [] });
    expect(ranked.slice(0, 6).map((m) => [m.modelId, m.goalFit, m.feasibility, m.score])).toEqual([
      ['permits-and-authority', 4, 0.75, 3],
      ['strategy-participation', 4, 0.75, 3],
      ['programme-participation', 4, 0.75, 3],
      ['regional-climate-group', 4, 0.75, 3],
      ['energy-solutions', 4, 0.5, 2],
      ['responsible-procurement', 4, 0.5, 2],
    ]);
    expect(ranked).toHaveLength(35);
    expect(ranked.map((m) => m.rank)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });

  it('uses the participant’s own impact scores over the catalogue prior', () => {
    const ranked = scoreModels({
      capacity: 3,
      goalWeights: { A: 2, B: 0, C: 0, D: 2, E: 0 },
      models: [{ modelId: 'diploma', impact: { A: 5, D: 5 } }, { modelId: 'online-platform', impact: { A: 1 } }],
    });
    expect(ranked.slice(0, 3).map((m) => [m.modelId, m.score])).toEqual([
      ['diploma', 5],
      ['regional-climate-group', 4],
      ['business-networking', 4],
    ]);
    const diploma = ranked[0]!;
    expect(diploma.values.A).toEqual({ value: 5, source: 'own' });
    expect(diploma.values.B).toEqual({ value: 2, source: 'catalogue' });
    const platform = ranked.find((m) => m.modelId === 'online-platform')!;
    expect(platform.goalFit).toBe((2 * 1 + 2 * 4) / 4);
  });

  it('computes weighted goal fit exactly', () => {
    const scores = computeModelScores({
      capacity: 2,
      goalWeights: { A: 3, B: 1, C: 0, D: 0, E: 1 },
      models: [{ modelId: 'energy-solutions', impact: { A: 5 } }],
    });
    const energy = scores.find((s) => s.modelId === 'energy-solutions')!;
    // A own 5, B catalogue high 4, E catalogue high 4: (15 + 4 + 4) / 5
    expect(energy.goalFit).toBeCloseTo(4.6, 12);
    expect(energy.feasibility).toBe(0.75);
    expect(energy.score).toBeCloseTo(3.45, 12);
  });

  it('leaves out models marked not relevant, and gives reasons', () => {
    const ranked = scoreModels({
      capacity: 1,
      goalWeights: onlyA,
      models: [{ modelId: 'permits-and-authority', status: 'not-relevant' }, { modelId: 'strategy-participation', status: 'planned' }],
    });
    expect(ranked).toHaveLength(34);
    expect(ranked[0]!.modelId).toBe('strategy-participation');
    expect(ranked[0]!.reasons.map((r) => r.code)).toEqual(['catalogue-high-impact', 'stretch', 'status-planned', 'tie']);
    expect(ranked[0]!.reasons[3]!.text.en).toBe(
      "Same score as: Involving businesses in the measures of the municipality's climate programme; Regional climate working group. The order is the catalogue's; your own impact scores would separate them.",
    );
    expect(ranked[0]!.reasons[0]!.text.fi).toBe(
      'Kansallisessa arvioinnissa suuri vaikuttavuus tavoitteeseen A (Päästöjen vähentäminen), paino 1,0.',
    );
  });

  it('carries the catalogue caveats of a model', () => {
    const ranked = scoreModels({ capacity: 3, goalWeights: onlyA, models: [] });
    const label = ranked.find((m) => m.modelId === 'responsibility-label')!;
    expect(label.caveats).toHaveLength(3);
  });

  it('is deterministic and does not mutate its input', () => {
    const input = { capacity: 2 as const, goalWeights: { A: 1, B: 2, C: 3, D: 4, E: 5 }, models: [{ modelId: 'events', impact: { C: 5 } }] };
    const copy = JSON.parse(JSON.stringify(input));
    expect(scoreModels(input)).toEqual(scoreModels(input));
    expect(input).toEqual(copy);
  });
});
