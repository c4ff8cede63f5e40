import type { InterviewPlan, InterviewVisit } from './planInterviews';

/** How many teams each participant sits on. */
export function teamLoads(plan: InterviewPlan): Map<string, number> {
  const load = new Map<string, number>();
  for (const v of plan.visits) {
    if (!load.has(v.hostId)) load.set(v.hostId, 0);
    for (const t of v.teamIds) load.set(t, (load.get(t) ?? 0) + 1);
  }
  return load;
}

/**
 * The stored plan with visits for participants it does not hold yet; no planned visit changes.
 *
 * Newcomers are taken in id order. Each gets a team of the two least-loaded other participants (the
 * fewest team seats so far, ties by id), newcomers included, so newcomers fill each other's teams
 * first and everyone stays on two teams where the numbers allow. Planned teams are never changed, so
 * a newcomer can sit only on newcomers' teams. Where the numbers do not allow two seats each — one
 * newcomer alone sits on no team, two together on one team each — the seats their own teams need
 * go to the least-loaded planned participants, who then sit on three teams; a newcomer left with
 * fewer than two seats is the first picked for a later newcomer's team, which evens the loads out
 * again. Nobody sits on more than three teams (the property test in tests/shared/rounds checks
 * it); only an explicit re-plan brings everyone back to exactly two. Each new visit goes into the
 * first slot where none of its three participants
 * is busy, or a new slot at the end.
 *
 * @example
 * extendPlan(planInterviews(['a', 'b', 'c']).value, ['d']) // d is visited by the two least loaded of a, b, c
 */
export function extendPlan(plan: InterviewPlan, participantIds: readonly string[]): InterviewPlan {
  const hosts = new Set(plan.visits.map((v) => v.hostId));
  const newcomers = [...new Set(participantIds)].filter((id) => !hosts.has(id)).sort();
  if (newcomers.length === 0) return plan;
  const load = teamLoads(plan);
  for (const id of newcomers) load.set(id, 0);
  const busy: Set<string>[] = Array.from({ length: plan.slotCount }, () => new Set<string>());
  for (const v of plan.visits) [v.hostId, ...v.teamIds].forEach((p) => busy[v.slot - 1]?.add(p));
  let order = plan.visits.reduce((m, v) => Math.max(m, v.order), 0);
  const visits: InterviewVisit[] = [...plan.visits];
  for (const hostId of newcomers) {
    const [a, b] = [...load.keys()]
      .filter((id) => id !== hostId)
      .sort((x, y) => load.get(x)! - load.get(y)! || (x < y ? -1 : 1));
    const teamIds: [string, string] = [a!, b!];
    teamIds.forEach((t) => load.set(t, load.get(t)! + 1));
    const people = [hostId, ...teamIds];
    let slot = busy.findIndex((taken) => people.every((p) => !taken.has(p)));
    if (slot < 0) slot = busy.push(new Set()) - 1;
    people.forEach((p) => busy[slot]!.add(p));
    order += 1;
    visits.push({ order, slot: slot + 1, hostId, teamIds });
  }
  return { visits, slotCount: busy.length };
}

/** Hosts whose team in `after` is not the team they had in `before` (a new host counts as changed), in id order. */
export function changedTeams(before: InterviewPlan, after: InterviewPlan): string[] {
  const key = (v: InterviewVisit) => [...v.teamIds].sort().join('|');
  const old = new Map(before.visits.map((v) => [v.hostId, key(v)]));
  return after.visits.filter((v) => old.get(v.hostId) !== key(v)).map((v) => v.hostId).sort();
}
