import * as z from 'zod';
import type { CoordinatorData } from '../../layouts/coordinatorSheets';
import { InterviewVisitSchema } from '../interviewPlanSchema';
import { RoundSchema, RoundThemeSchema } from '../roundSchema';
import { ParticipantIdSchema, RoundIdSchema, SharingLevelSchema } from '../submissionSchema';
import { REPORT_STATUSES } from '../visitListSchema';
import { VisitReportDocSchema } from '../visitReportSchema';
import { RoundSummarySchema } from './roundSummarySchema';
import type { Agrees } from './schemaAgreement';
import { SubmissionComponentSchema } from './storedSubmissionSchema';

/** The interview plan: visits in order; a proposal until the coordinator writes it. */
export const InterviewPlanBodySchema = z
  .strictObject({ visits: z.array(InterviewVisitSchema), slotCount: z.number().int().min(0) })
  .meta({ id: 'InterviewPlanVisits' });

/** One visit of the stored plan as the coordinator workbook shows it, with the latest report's texts. */
export const VisitEntrySchema = z
  .strictObject({
    hostId: ParticipantIdSchema,
    teamIds: z.tuple([ParticipantIdSchema, ParticipantIdSchema]),
    dates: z.array(z.string()),
    questionsSent: z.boolean(),
    report: z.strictObject({
      status: z.enum(REPORT_STATUSES),
      version: z.number().int().nullable(),
      savedAt: z.string().nullable(),
      releasedVersion: z.number().int().nullable(),
      releasedAt: z.string().nullable(),
      updatedSinceRelease: z.boolean(),
    }),
    sharingSet: z.boolean(),
    latest: z.strictObject({ version: z.number().int().min(1), report: VisitReportDocSchema, sharing: z.record(z.string(), SharingLevelSchema) }).nullable(),
  })
  .meta({ id: 'VisitEntry' });

/**
 * GET /api/rounds/{roundId}/submissions (coordinator): everything the coordinator workbook is made
 * of: the round, every participant with its latest version (no private notes), the coordinator's
 * summary, the interview plan (null below three participants) and, once stored, the visits.
 */
export const CoordinatorDataSchema = z
  .strictObject({
    round: z.strictObject({
      roundId: RoundIdSchema,
      name: z.string(),
      participantKind: RoundSchema.shape.participantKind,
      themes: z.array(RoundThemeSchema),
      phases: z.array(z.strictObject({ phaseId: z.string(), start: z.iso.date(), end: z.iso.date() })),
    }),
    participants: z.array(
      z.strictObject({
        participantId: ParticipantIdSchema,
        name: z.string(),
        latest: z.strictObject({ version: z.number().int().min(1), submittedAt: z.string(), submission: SubmissionComponentSchema }).nullable(),
      }),
    ),
    summary: RoundSummarySchema,
    plan: InterviewPlanBodySchema.nullable(),
    visits: z.array(VisitEntrySchema).optional().meta({ description: 'Once the plan is stored: every visit in plan order.' }),
  })
  .meta({ id: 'CoordinatorData' });

const _agrees: Agrees<CoordinatorData, typeof CoordinatorDataSchema> = true;
