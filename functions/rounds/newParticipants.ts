import { slugId, type NewParticipant } from '../../shared/schemas/roundRequests';
import { inviteTokenFor, RESERVED_PRINCIPALS } from '../auth/authorizeRound';
import { hashSecret, newSecret } from '../auth/secrets';
import type { StoredParticipant } from '../storage/RoundStore';

/** Ids, invite tokens (shown once) and their hashes (stored) for new participants. */
export function newParticipants(
  input: readonly NewParticipant[],
  taken: ReadonlySet<string>,
): { stored: StoredParticipant; shown: { participantId: string; name: string; inviteToken: string } }[] {
  const used = new Set([...taken, ...RESERVED_PRINCIPALS]);
  return input.map((p) => {
    const participantId = slugId(p.name, used);
    used.add(participantId);
    const inviteToken = inviteTokenFor(participantId, newSecret());
    return {
      stored: { participantId, name: p.name, tokenHash: hashSecret(inviteToken) },
      shown: { participantId, name: p.name, inviteToken },
    };
  });
}
