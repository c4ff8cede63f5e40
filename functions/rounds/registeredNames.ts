import type { Submission } from '../../shared/schemas/submissionSchema';
import type { StoredParticipant, StoredSubmission } from '../storage/RoundStore';

/**
 * The latest submissions with each participant's name as the coordinator registered it: a `named`
 * text appears under that name, never under a name typed into the participant's own sheet.
 */
export function withRegisteredNames(latest: readonly StoredSubmission[], participants: readonly StoredParticipant[]): Submission[] {
  const names = new Map(participants.map((p) => [p.participantId, p.name]));
  return latest.map((s) => ({ ...s.submission, participant: { ...s.submission.participant, name: names.get(s.participantId) ?? s.submission.participant.name } }));
}
