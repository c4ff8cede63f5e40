import * as z from 'zod';
import { ParticipantIdSchema } from './submissionSchema';

export const REPORT_STATUSES = ['none', 'draft', 'released'] as const;

/** One host's visit as the coordinator follows it. */
export const VisitStatusSchema = z.strictObject({
  hostId: ParticipantIdSchema,
  hostName: z.string(),
  teamIds: z.tuple([ParticipantIdSchema, ParticipantIdSchema]),
  dates: z.array(z.string()),
  questionsSent: z.boolean(),
  report: z.strictObject({
    status: z.enum(REPORT_STATUSES).meta({ description: '`draft`: written, never released; `released`: the host sees `releasedVersion` (a newer `version` may exist).' }),
    version: z.number().int().nullable(),
    savedAt: z.string().nullable(),
    releasedVersion: z.number().int().nullable(),
    releasedAt: z.string().nullable(),
  }),
  sharingSet: z.boolean().meta({ description: 'The host has chosen the sharing of its report items.' }),
});
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

/** GET /api/rounds/{roundId}/visits (coordinator): every visit of the stored plan, in plan order. */
export const VisitListSchema = z.strictObject({ visits: z.array(VisitStatusSchema) }).meta({ id: 'VisitList' });
export type VisitListBody = z.infer<typeof VisitListSchema>;
