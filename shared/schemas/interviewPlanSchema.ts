import * as z from 'zod';
import { ContactSchema } from './contactSchema';
import { ParticipantIdSchema } from './submissionSchema';

/** One visit of the interview plan: the host and the two participants whose people form its team. */
export const InterviewVisitSchema = z.strictObject({
  order: z.number().int().min(1),
  slot: z.number().int().min(1).meta({ description: 'Visits in the same slot share no participant and can run in the same week.' }),
  hostId: ParticipantIdSchema,
  teamIds: z.tuple([ParticipantIdSchema, ParticipantIdSchema]),
});

/** GET /api/rounds/{roundId}/interview-plan: the stored plan with every participant's registered name and contact person. */
export const NamedInterviewPlanSchema = z
  .strictObject({
    visits: z.array(InterviewVisitSchema),
    slotCount: z.number().int().min(0),
    names: z.record(z.string(), z.string()),
    contacts: z.record(z.string(), ContactSchema.nullable()).meta({ description: 'Each participant\'s contact person for its own visit; null until set.' }),
  })
  .meta({ id: 'InterviewPlan' });
export type NamedInterviewPlanBody = z.infer<typeof NamedInterviewPlanSchema>;

/** PUT /api/rounds/{roundId}/interview-plan: `{}` writes the plan once; `{ "replan": true }` plans again from scratch. */
export const PlanWriteSchema = z.strictObject({ replan: z.boolean().optional() });
export type PlanWrite = z.infer<typeof PlanWriteSchema>;

/** The answer to a plan write: the stored plan and the hosts whose team is not what it was before (empty unless re-planned). */
export const PlanWriteResultSchema = z
  .strictObject({
    ...NamedInterviewPlanSchema.shape,
    changedTeams: z.array(ParticipantIdSchema).meta({ description: 'Hosts whose team changed (or who had none) when re-planned, in id order.' }),
  })
  .meta({ id: 'InterviewPlanWrite' });
export type PlanWriteResult = z.infer<typeof PlanWriteResultSchema>;
