import fc from 'fast-check';
import { combineRound, HIGH_IMPACT_THRESHOLD } from '../../../shared/rounds/combineRound';
import { spread, quantile } from '../../../shared/rounds/quantiles';
import type { SharingLevel, Submission } from '../../../shared/schemas/submissionSchema';
import { makeSubmission } from '../../helpers/makeSubmission';

const participant = (name: string, impactA: number | undefined, rating: number, sharing: SharingLevel, strengths: string) =>
  makeSubmission({
    participant: { name, kind: 'municipality' },
    models: [{ modelId: 'events', status: 'in-use', ...(impactA !== undefined ? { impact: { A: impactA } } : {}) }],
    selfAssessment: [{ themeId: 'procurement', rating, strengths, sharing }],
  });

describe('quantiles', () => {
  it.each([
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.75, 3.25],
    [[5], 0.25, 5],
    [[2, 4, 4], 0.75, 4],
  ])('QUARTILE.INC of %p at %p is %p', (sorted, p, expected) => {
    expect(quantile(sorted, p)).toBeCloseTo(expected, 12);
  });

  it('summarises without mutating', () => {
    const values = [4, 2, 5, 3];
    expect(spread(values)).toEqual({ n: 4, mean: 3.5, median: 3.5, q1: 2.75, q3: 4.25, iqr: 1.5 });
    expect(values).toEqual([4, 2, 5, 3]);
    expect(spread([])).toBeNull();
  });
});

describe('combineRound', () => {
  const round = [
    participant('Aakkoskunta', 3, 2, 'team', 'salainen vahvuus'),
    participant('Beetala', 3, 4, 'summary', 'hankintakriteerit'),
    participant('Ceelahti', 4, 4, 'named', 'yhteinen hankintarengas'),
  ];

  it('counts statuses and combines own impact scores with the seed’s ≥ 3.3 threshold', () => {
    const summary = combineRound(round, { audience: 'coordinator', themeIds: ['procurement'] });
    const events = summary.models.find((m) => m.modelId === 'events')!;
    expect(events.statusCounts).toEqual({ inUse: 3, planned: 0, considering: 0, notRelevant: 0, unanswered: 0 });
    expect(events.impact.A).toEqual({ n: 3, mean: 10 / 3, median: 3, q1: 3, q3: 3.5, iqr: 0.5 });
    expect(events.impact.B).toBeNull();
    expect(events.highImpactGoals).toEqual(['A']);
    expect(events.catalogueHighImpactGoals).toEqual([]);
    expect(events.differsFromCatalogueOn).toEqual(['A']);
    expect(summary.models.find((m) => m.modelId === 'diploma')!.statusCounts!.unanswered).toBe(3);
  });

  it('combines a score other than 1–5 (stored before the scale was enforced) from the scores themselves, a model’s last row counting', () => {
    const irregular = [participant('Aa', 3, 2, 'summary', 'x'), participant('Bb', 3, 2, 'summary', 'y'), participant('Cc', 4, 2, 'summary', 'z')];
    // The schema takes whole numbers only: set after parsing, as an older stored document could hold it.
    irregular[1]!.models[0]!.impact!.A = 3.5;
    // Cc's first row of the model is replaced by its later one, as everywhere else.
    irregular[2] = { ...irregular[2]!, models: [{ modelId: 'events', status: 'planned', impact: { A: 1 } }, ...irregular[2]!.models] };
    const events = combineRound(irregular, { audience: 'coordinator', themeIds: ['procurement'] }).models.find((m) => m.modelId === 'events')!;
    expect([events.impact.A, events.statusCounts]).toEqual([
      { n: 3, mean: 3.5, median: 3.5, q1: 3.25, q3: 3.75, iqr: 0.5 },
      { inUse: 3, planned: 0, considering: 0, notRelevant: 0, unanswered: 0 },
    ]);
  });

  it('hides a model’s combined impact from members until three participants scored it', () => {
    const two = [participant('A-kunta', 5, 3, 'team', ''), participant('B-kunta', 4, 3, 'team', '')];
    const member = combineRound(two, { audience: 'member' }).models.find((m) => m.modelId === 'events')!;
    expect([member.impact.A, member.highImpactGoals, member.differsFromCatalogueOn]).toEqual([null, [], []]);
    const coordinator = combineRound(two, { audience: 'coordinator' }).models.find((m) => m.modelId === 'events')!;
    expect(coordinator.impact.A!.mean).toBe(4.5);
  });

  it('hides counts from members of a round under three, and quartiles under five scorers', () => {
    const two = [participant('A-kunta', 5, 3, 'team', ''), participant('B-kunta', 4, 3, 'team', '')];
    const small = combineRound(two, { audience: 'member' });
    expect([small.models[0]!.statusCounts, small.models[0]!.recommendedCount, small.approaches[0]!.recommendedCount]).toEqual([null, null, null]);
    const four = [5, 4, 2, 3].map((a, i) => participant(`K${i}`, a, 3, 'team', ''));
    expect(combineRound(four, { audience: 'member' }).models.find((m) => m.modelId === 'events')!.impact.A).toEqual({ n: 4, mean: 3.5, median: null, q1: null, q3: null, iqr: null });
    const five = [5, 4, 2, 3, 1].map((a, i) => participant(`K${i}`, a, 3, 'team', ''));
    expect(combineRound(five, { audience: 'member' }).models.find((m) => m.modelId === 'events')!.impact.A).toEqual({ n: 5, mean: 3, median: 3, q1: 2, q3: 4, iqr: 2 });
  });

  it.each([
    [[3, 3, 4, 3, 3, 4, 3, 3, 4, 3], true], // mean exactly 3.3: inclusive
    [[3, 3, 3, 4, 3, 3, 4, 3, 3, 3], false], // 3.2
  ])('high impact at mean ≥ %p', (scores, high) => {
    const subs = scores.map((a, i) => participant(`P${i}`, a, 3, 'team', ''));
    const events = combineRound(subs, { audience: 'member' }).models.find((m) => m.modelId === 'events')!;
    expect(events.highImpactGoals.includes('A')).toBe(high);
    expect(HIGH_IMPACT_THRESHOLD).toBe(3.3);
  });

  it('shows a theme distribution only from three contributors, and members count only shared ratings', () => {
    const coordinator = combineRound(round, { audience: 'coordinator', themeIds: ['procurement'] });
    expect(coordinator.themes[0]!.distribution).toEqual([0, 1, 0, 2, 0]);
    const member = combineRound(round, { audience: 'member', themeIds: ['procurement'] });
    expect(member.themes[0]!.ratedCount).toBe(2);
    expect(member.themes[0]!.distribution).toBeNull();
  });

  it('shows texts at their sharing level only, names only where the author chose named', () => {
    const summary = combineRound(round, { audience: 'coordinator', themeIds: ['procurement'] });
    expect(summary.themes[0]!.strengths).toEqual([
      { text: 'hankintakriteerit' },
      { text: 'yhteinen hankintarengas', participantName: 'Ceelahti' },
    ]);
    expect(JSON.stringify(summary)).not.toContain('salainen');
    expect(JSON.stringify(summary)).not.toContain('Beetala');
    expect(JSON.stringify(summary)).not.toContain('Aakkoskunta');
  });

  it('counts the top approach of each participant', () => {
    const summary = combineRound(round, { audience: 'member' });
    expect(summary.approaches.reduce((s, a) => s + (a.recommendedCount ?? 0), 0)).toBe(3);
    expect(summary.approaches.map((a) => a.approachId)).toEqual([
      'individual-models', 'integrated', 'open-network', 'commitment-network', 'frontrunner-network',
    ]);
  });

  const submissionArb: fc.Arbitrary<Submission> = fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
      capacity: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
      items: fc.array(
        fc.record({
          themeId: fc.constantFrom('procurement', 'energy-audits', 'strategy-link'),
          rating: fc.integer({ min: 1, max: 5 }),
          sharing: fc.constantFrom('team', 'summary', 'named') as fc.Arbitrary<SharingLevel>,
          text: fc.string({ minLength: 1, maxLength: 20 }),
        }),
        { maxLength: 3 },
      ),
      impact: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ name, capacity, items, impact }, ) => {
      const unique = items.filter((it, i) => items.findIndex((x) => x.themeId === it.themeId) === i);
      return makeSubmission({
        participant: { name, kind: 'municipality' },
        profile: { capacity, facts: { existingCooperation: true, wantsCommitments: false, frontrunnerBase: false, badgesPlanned: false } },
        models: [{ modelId: 'events', status: 'planned', impact: { A: impact } }],
        selfAssessment: unique.map((it, k) => ({
          themeId: it.themeId,
          rating: it.rating,
          sharing: it.sharing,
          // Marked so a leak is found by search: TEAM-only texts must never appear.
          strengths: `${it.sharing === 'team' ? 'TEAMONLY' : 'SHARED'}-${k}-${it.text}`,
          developmentAreas: `${it.sharing === 'team' ? 'TEAMONLY' : 'SHARED'}-d-${it.text}`,
          currentPractice: `${it.sharing === 'team' ? 'TEAMONLY' : 'SHARED'}-c-${it.text}`,
        })),
      });
    });

  it('never lets a team-level text into any summary (property)', () => {
    fc.assert(
      fc.property(fc.array(submissionArb, { maxLength: 8 }), fc.constantFrom('coordinator', 'member') as fc.Arbitrary<'coordinator' | 'member'>, (subs, audience) => {
        return !JSON.stringify(combineRound(subs, { audience })).includes('TEAMONLY');
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of participants, so it cannot order them (property)', () => {
    fc.assert(
      fc.property(fc.array(submissionArb, { minLength: 2, maxLength: 8 }), fc.nat(), (subs, seed) => {
        const shuffled = [...subs].sort((a, b) => ((a.participant.name.length * 31 + seed) % 7) - ((b.participant.name.length * 31 + seed) % 7));
        const reversed = [...subs].reverse();
        const base = JSON.stringify(combineRound(subs, { audience: 'member' }));
        return base === JSON.stringify(combineRound(reversed, { audience: 'member' })) && base === JSON.stringify(combineRound(shuffled, { audience: 'member' }));
      }),
      { numRuns: 200 },
    );
  });

  it('has no per-participant field: names appear only beside named texts (property)', () => {
    fc.assert(
      fc.property(fc.array(submissionArb, { maxLength: 6 }), (subs) => {
        const summary = combineRound(subs, { audience: 'coordinator' });
        const keys = new Set<string>();
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { keys.add(k); walk(x); });
        };
        walk(summary);
        const named = summary.themes.flatMap((t) => [...t.strengths, ...t.developmentAreas, ...t.currentPractice]).filter((x) => x.participantName);
        const allNamed = named.every((x) => subs.some((s) => s.participant.name === x.participantName && s.selfAssessment.some((i) => i.sharing === 'named')));
        return allNamed && !['participants', 'participantId', 'rank', 'total', 'score'].some((k) => keys.has(k));
      }),
      { numRuns: 200 },
    );
  });
});
