import { planInterviews } from '../../../shared/rounds/planInterviews';

describe('planInterviews', () => {
  it('plans three participants: each hosts once and sits on the two other teams', () => {
    const r = planInterviews(['turku', 'hyvinkaa', 'oulu']);
    expect(r.ok && r.value).toEqual({
      visits: [
        { order: 1, slot: 1, hostId: 'hyvinkaa', teamIds: ['oulu', 'turku'] },
        { order: 2, slot: 2, hostId: 'oulu', teamIds: ['turku', 'hyvinkaa'] },
        { order: 3, slot: 3, hostId: 'turku', teamIds: ['hyvinkaa', 'oulu'] },
      ],
      slotCount: 3,
    });
  });

  it.each(Array.from({ length: 28 }, (_, i) => i + 3))('N = %i: every participant hosts once and sits on exactly two teams', (n) => {
    const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const r = planInterviews(ids);
    if (!r.ok) throw new Error('expected a plan');
    const visits = r.value.visits;
    expect(visits.map((v) => v.hostId).sort()).toEqual(ids);
    for (const id of ids) {
      expect(visits.filter((v) => v.teamIds.includes(id))).toHaveLength(2);
    }
    for (const v of visits) {
      expect(new Set([v.hostId, ...v.teamIds]).size).toBe(3);
    }
    for (let slot = 1; slot <= r.value.slotCount; slot += 1) {
      const people = visits.filter((v) => v.slot === slot).flatMap((v) => [v.hostId, ...v.teamIds]);
      expect(new Set(people).size).toBe(people.length);
    }
  });

  it.each([null, {}, 5, 'abc', [1, 2, 3], ['a', 'b', '']])('rejects %p without throwing', (input) => {
    const r = planInterviews(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.path[0]).toBe('participants');
  });

  it('is deterministic whatever the input order', () => {
    expect(planInterviews(['c', 'a', 'd', 'b'])).toEqual(planInterviews(['a', 'b', 'c', 'd']));
  });

  it.each([
    [[], [[['participants'], 'too_few_participants']]],
    [['a', 'b'], [[['participants'], 'too_few_participants']]],
    [['a', 'b', 'a'], [[['participants', 2], 'duplicate_participant'], [['participants'], 'too_few_participants']]],
  ])('rejects %p', (ids, expected) => {
    const r = planInterviews(ids);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => [e.path, e.code])).toEqual(expected);
    expect(!r.ok && r.errors.at(-1)!.message.fi).toBe('Haastatteluryhmiin tarvitaan vähintään 3 osallistujaa.');
  });
});
