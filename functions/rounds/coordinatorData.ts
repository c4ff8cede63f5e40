import { combineRound } from '../../shared/rounds/combineRound';
import { planInterviews } from '../../shared/rounds/planInterviews';
import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import type { CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import type { RoundStore, StoredRound } from '../storage/RoundStore';
import { withRegisteredNames } from './registeredNames';

/** The round as the coordinator's sheets need it: participants with their latest versions, the coordinator's summary, the interview plan. */
export async function coordinatorData(store: RoundStore, stored: StoredRound): Promise<CoordinatorData> {
  const { round } = stored;
  const [participants, latest] = await Promise.all([store.listParticipants(round.roundId), store.listLatestSubmissions(round.roundId)]);
  const byId = new Map(latest.map((s) => [s.participantId, s]));
  const plan = planInterviews(participants.map((p) => p.participantId));
  return {
    round: { roundId: round.roundId, name: round.name, participantKind: round.participantKind, themes: round.themes, phases: round.phases },
    participants: participants.map((p) => {
      const s = byId.get(p.participantId);
      return { participantId: p.participantId, name: p.name, latest: s ? { version: s.version, submittedAt: s.submittedAt, submission: withoutPrivateNotes(s.submission) } : null };
    }),
    summary: combineRound(withRegisteredNames(latest, participants), { audience: 'coordinator', themeIds: round.themes.map((t) => t.id) }),
    plan: plan.ok ? plan.value : null,
  };
}
