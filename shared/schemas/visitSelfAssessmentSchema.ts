import * as z from 'zod';
import { ParticipantSchema, ProfileSchema } from './profileSchema';
import { ParticipantIdSchema, SelfAssessmentItemSchema } from './submissionSchema';

/**
 * GET /api/rounds/{roundId}/visits/{hostId}/self-assessment (team, coordinator): the host's latest
 * submission as its interview team may see it: who, the profile and the self-assessment rows at
 * `team` level and above. No goal weights, no models, never private notes.
 */
export const TeamSelfAssessmentSchema = z
  .strictObject({
    hostId: ParticipantIdSchema,
    version: z.number().int().min(1),
    submittedAt: z.string(),
    participant: ParticipantSchema,
    profile: ProfileSchema,
    selfAssessment: z.array(SelfAssessmentItemSchema),
  })
  .meta({ id: 'TeamSelfAssessment' });
export type TeamSelfAssessmentBody = z.infer<typeof TeamSelfAssessmentSchema>;
