import * as z from 'zod';
import { ParticipantIdSchema, SharingLevelSchema } from './submissionSchema';

/**
 * PUT /api/rounds/{roundId}/visits/{hostId}/report/sharing (host): the sharing level per item of the
 * released report, by item id. Items left out keep their level (`team` unless set before).
 */
export const ReportSharingInputSchema = z.strictObject({
  items: z.record(z.string().max(16), SharingLevelSchema).meta({ description: 'Item id → level; only ids of the released report are accepted.' }),
});
export type ReportSharingInput = z.infer<typeof ReportSharingInputSchema>;

/** The answer: every item of the released version with its level. */
export const ReportSharingSchema = z
  .strictObject({
    hostId: ParticipantIdSchema,
    version: z.number().int().min(1),
    sharing: z.record(z.string(), SharingLevelSchema),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'VisitReportSharing' });
export type ReportSharingBody = z.infer<typeof ReportSharingSchema>;
