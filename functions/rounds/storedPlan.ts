import { changedTeams, extendPlan } from '../../shared/rounds/extendPlan';
import type { InterviewPlan } from '../../shared/rounds/planInterviews';
import { AlreadyExistsError, PreconditionFailedError, type RoundStore, type StoredParticipant } from '../storage/RoundStore';
import { retryOnConflict } from '../storage/retryOnConflict';

const isRace = (err: unknown) => err instanceof PreconditionFailedError || err instanceof AlreadyExistsError;

/**
 * The round's stored interview plan, undefined until the coordinator writes one. Participants added
 * since are given visits by extendPlan (no planned team moves) and the plan is written back with its
 * ETag, so concurrent readers and additions agree on one plan.
 */
export async function currentPlan(store: RoundStore, roundId: string, participants?: readonly StoredParticipant[]): Promise<InterviewPlan | undefined> {
  const list = participants ?? (await store.listParticipants(roundId));
  const ids = list.map((p) => p.participantId);
  return retryOnConflict(async () => {
    const stored = await store.getPlan(roundId);
    if (!stored) return undefined;
    const extended = extendPlan(stored.plan, ids);
    if (extended !== stored.plan) await store.putPlan(roundId, extended, stored.etag);
    return extended;
  }, isRace);
}

/** Plan ids with registered names and contact persons (null until set), as the API answers them. */
export const namedPlan = (plan: InterviewPlan, participants: readonly StoredParticipant[]) => ({
  ...plan,
  names: Object.fromEntries(participants.map((p) => [p.participantId, p.name])),
  contacts: Object.fromEntries(participants.map((p) => [p.participantId, p.contact ?? null])),
});

export type PlanWriteOutcome = { written: boolean; plan: InterviewPlan; changedTeams: string[] };

/**
 * Writes `proposal` as the round's plan: when none is stored it is created (written); when one is
 * stored it is kept (extended with newcomers) unless `replan`, which replaces it and names the hosts
 * whose team changed.
 */
export async function writeStoredPlan(store: RoundStore, roundId: string, participants: readonly StoredParticipant[], proposal: InterviewPlan, replan: boolean): Promise<PlanWriteOutcome> {
  return retryOnConflict(async () => {
    const stored = await store.getPlan(roundId);
    if (!stored) {
      await store.putPlan(roundId, proposal);
      return { written: true, plan: proposal, changedTeams: [] };
    }
    if (!replan) return { written: false, plan: (await currentPlan(store, roundId, participants))!, changedTeams: [] };
    await store.putPlan(roundId, proposal, stored.etag);
    return { written: false, plan: proposal, changedTeams: changedTeams(stored.plan, proposal) };
  }, isRace);
}
