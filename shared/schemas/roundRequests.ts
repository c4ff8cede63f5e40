import { z } from 'zod';
import { LIMITS } from './limits';
import { RoundPhaseSchema, RoundSchema, RoundThemeSchema, uniqueIds } from './roundSchema';
import { userText } from './textSchema';

const name = userText().trim().min(1).max(LIMITS.shortText);

export const NewParticipantSchema = z.strictObject({ name });
export type NewParticipant = z.infer<typeof NewParticipantSchema>;

/** POST /api/rounds: what a coordinator sends; the service picks the round id and participant ids. */
export const RoundCreateSchema = z.strictObject({
  name,
  participantKind: RoundSchema.shape.participantKind,
  /** Defaults to the 7 themes of seed 001. */
  themes: z.array(RoundThemeSchema).min(1).max(LIMITS.maxThemes).superRefine(uniqueIds((t) => t.id, 'duplicate_theme')).optional(),
  phases: z.array(RoundPhaseSchema).max(LIMITS.maxPhases).optional(),
  participants: z.array(NewParticipantSchema).max(LIMITS.maxParticipants).optional(),
});
export type RoundCreate = z.infer<typeof RoundCreateSchema>;

/** POST /api/rounds/{roundId}/participants. */
export const AddParticipantsSchema = z.strictObject({
  participants: z.array(NewParticipantSchema).min(1).max(LIMITS.maxParticipants),
});
export type AddParticipants = z.infer<typeof AddParticipantsSchema>;

export { slugId } from '../rounds/slugId';
