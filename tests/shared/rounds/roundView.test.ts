import { buildCoordinatorData } from '../../../shared/rounds/coordinatorData';
import { extendPlan } from '../../../shared/rounds/extendPlan';
import { planInterviews, type InterviewPlan } from '../../../shared/rounds/planInterviews';
import { themeNames } from '../../../shared/rounds/roundView';

const plan = (ids: string[]): InterviewPlan => {
  const r = planInterviews(ids);
  if (!r.ok) throw new Error('expected a plan');
  return r.value;
};

describe('themeNames', () => {
  it.each([
    [{ id: 'procurement' }, { fi: 'Hankinnat', sv: 'Upphandling', en: 'Procurement' }],
    [{ id: 'vesihuolto', name: { sv: 'Vattentjänster' } }, { fi: 'Vattentjänster', sv: 'Vattentjänster', en: 'Vattentjänster' }],
    [{ id: 'procurement', name: { en: 'Buying' } }, { fi: 'Hankinnat', sv: 'Upphandling', en: 'Buying' }],
  ])('%j → %j', (theme, names) => {
    expect(themeNames(theme)).toEqual(names);
  });
});

describe('buildCoordinatorData', () => {
  const round = { roundId: 'k', name: 'K', participantKind: 'municipalities' as const, themes: [{ id: 'procurement' }], phases: [] };
  const participants = ['a', 'b', 'c', 'd'].map((participantId) => ({ participantId, name: participantId.toUpperCase() }));

  it('uses the stored plan when there is one', () => {
    const stored = extendPlan(plan(['a', 'b', 'c']), ['a', 'b', 'c', 'd']);
    expect(buildCoordinatorData(round, participants, [], stored).plan?.visits.at(-1)).toEqual({ order: 4, slot: 4, hostId: 'd', teamIds: ['a', 'b'] });
  });

  it('proposes a plan when none is stored', () => {
    expect(buildCoordinatorData(round, participants, []).plan).toEqual(plan(['a', 'b', 'c', 'd']));
  });
});
