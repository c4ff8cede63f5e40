import type { CoordinatorData } from '../../shared/layouts/coordinatorSheets';
import { buildCoordinatorData } from '../../shared/rounds/coordinatorData';
import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
import type { RoundStore, StoredRound } from '../storage/RoundStore';
import type { VisitStore } from '../storage/VisitStore';
import { currentPlan } from './storedPlan';
import { readVisitRecords } from './visitRecords';

/**
 * The round's coordinator data from storage (versions stored before notes were dropped may hold them:
 * they are left out); the interview plan is the stored one once written, else the computed proposal.
 * With a stored plan come the visits (readVisitRecords: a constant number of partition queries and
 * one read per report version shown).
 */
export async function coordinatorData(store: RoundStore, stored: StoredRound, visits: VisitStore): Promise<CoordinatorData> {
  const { roundId, name, participantKind, themes, phases } = stored.round;
  const [participants, latest] = await Promise.all([store.listParticipants(roundId), store.listLatestSubmissions(roundId)]);
  const plan = await currentPlan(store, roundId, participants);
  const records = plan ? await readVisitRecords(visits, roundId, 'coordinator') : undefined;
  return buildCoordinatorData(
    { roundId, name, participantKind, themes, phases },
    participants,
    latest.map((s) => ({ ...s, submission: withoutPrivateNotes(s.submission) })),
    plan,
    records,
  );
}
