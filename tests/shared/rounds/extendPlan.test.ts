import fc from 'fast-check';
import { changedTeams, extendPlan, teamLoads } from '../../../shared/rounds/extendPlan';
import { planInterviews, type InterviewPlan } from '../../../shared/rounds/planInterviews';

const initial = (ids: string[]): InterviewPlan => {
  const r = planInterviews(ids);
  if (!r.ok) throw new Error('expected a plan');
  return r.value;
};
const teamOf = (plan: InterviewPlan, host: string) => plan.visits.find((v) => v.hostId === host)?.teamIds;

describe('extendPlan', () => {
  it('gives a lone newcomer the two least-loaded planned participants as its team', () => {
    const plan = extendPlan(initial(['a', 'b', 'c']), ['a', 'b', 'c', 'd']);
    expect(plan.visits.at(-1)).toEqual({ order: 4, slot: 4, hostId: 'd', teamIds: ['a', 'b'] });
    expect(Object.fromEntries(teamLoads(plan))).toEqual({ a: 3, b: 3, c: 2, d: 0 });
  });

  it('puts a second newcomer on the first one’s team before anyone else', () => {
    const once = extendPlan(initial(['a', 'b', 'c']), ['d']);
    const twice = extendPlan(once, ['e']);
    expect(twice.visits.at(-1)).toMatchObject({ order: 5, hostId: 'e', teamIds: ['d', 'c'] });
  });

  it('plans three newcomers together onto each other’s teams', () => {
    const plan = extendPlan(initial(['a', 'b', 'c']), ['x', 'y', 'z']);
    expect(plan.visits.slice(3).map((v) => [v.hostId, v.teamIds])).toEqual([['x', ['y', 'z']], ['y', ['x', 'z']], ['z', ['x', 'y']]]);
    expect(changedTeams(initial(['a', 'b', 'c']), plan)).toEqual(['x', 'y', 'z']);
  });

  it('returns the same plan when nobody is new', () => {
    const plan = initial(['a', 'b', 'c', 'd']);
    expect(extendPlan(plan, ['d', 'c', 'b', 'a'])).toBe(plan);
  });

  it('never changes a planned team, and keeps everyone on at most three teams and every slot free of double bookings', () => {
    const id = fc.stringMatching(/^[a-z]{1,4}$/);
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 3, maxLength: 12 }), fc.array(fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (first, batches) => {
        let plan = initial(first);
        for (const batch of batches) {
          const ids = [...new Set([...plan.visits.map((v) => v.hostId), ...batch])];
          const next = extendPlan(plan, ids);
          for (const v of plan.visits) expect(next.visits.find((w) => w.hostId === v.hostId)).toEqual(v);
          expect(next.visits.map((v) => v.hostId).sort()).toEqual([...ids].sort());
          for (const v of next.visits) expect(new Set([v.hostId, ...v.teamIds]).size).toBe(3);
          const loads = teamLoads(next);
          for (const n of loads.values()) expect(n).toBeLessThanOrEqual(3);
          const newcomers = ids.filter((x) => !teamOf(plan, x));
          for (let s = 1; s <= next.slotCount; s += 1) {
            const people = next.visits.filter((v) => v.slot === s).flatMap((v) => [v.hostId, ...v.teamIds]);
            expect(new Set(people).size).toBe(people.length);
          }
          expect(changedTeams(plan, next)).toEqual(newcomers.sort());
          plan = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});
