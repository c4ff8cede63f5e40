import * as z from 'zod';
import { ParticipantIdSchema, RoundIdSchema } from '../submissionSchema';

/** A new participant and its invite token: shown once, only its hash is stored. */
export const InvitationSchema = z
  .strictObject({
    participantId: ParticipantIdSchema,
    name: z.string(),
    inviteToken: z.string().meta({ description: '`<participantId>.<secret>`: the participant’s bearer token; shown once.' }),
  })
  .meta({ id: 'Invitation' });
export type InvitationBody = z.infer<typeof InvitationSchema>;

/** POST /api/rounds answers 201: the round's id, the coordinator key and the invite tokens, shown once. */
export const RoundCreatedSchema = z
  .strictObject({
    roundId: RoundIdSchema,
    coordinatorKey: z.string().meta({ description: '`coordinator.<secret>`: the coordinator’s bearer token; shown once.' }),
    participants: z.array(InvitationSchema),
  })
  .meta({ id: 'RoundCreated' });
export type RoundCreatedBody = z.infer<typeof RoundCreatedSchema>;

/** POST /api/rounds/{roundId}/participants answers 201: the new participants' invite tokens, shown once. */
export const ParticipantsAddedSchema = z.strictObject({ participants: z.array(InvitationSchema) }).meta({ id: 'ParticipantsAdded' });
export type ParticipantsAddedBody = z.infer<typeof ParticipantsAddedSchema>;
