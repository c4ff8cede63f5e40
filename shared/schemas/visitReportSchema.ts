import * as z from 'zod';
import { StableIdSchema } from '../catalog/catalogTypes';
import { LIMITS } from './limits';
import { ParticipantIdSchema, SharingLevelSchema } from './submissionSchema';
import { userText } from './textSchema';
import { VISIT_LIMITS } from './visitLimits';

/** A report item's id: short, ASCII, stable across versions so the host's sharing can refer to it. */
export const ReportItemIdSchema = z.string().regex(/^[a-z0-9]{4,16}$/);

/** One strength or development area; a new item may come without an id (the server gives it one). */
export const ReportItemInputSchema = z.strictObject({
  id: ReportItemIdSchema.optional(),
  text: userText().trim().min(1).max(VISIT_LIMITS.itemText),
});

const items = z.array(ReportItemInputSchema).max(VISIT_LIMITS.itemsPerList).default([]);

export const ReportThemeInputSchema = z.strictObject({ themeId: StableIdSchema, strengths: items, developmentAreas: items });

/** PUT /api/rounds/{roundId}/visits/{hostId}/report (team): the whole report, stored as a new version. */
export const VisitReportInputSchema = z.strictObject({
  themes: z.array(ReportThemeInputSchema).max(LIMITS.maxThemes).default([]),
  summary: userText().trim().max(VISIT_LIMITS.summary).default(''),
  feedbackNotes: userText().trim().max(VISIT_LIMITS.feedbackNotes).default('').meta({ description: 'Notes of the closing feedback session.' }),
});
export type VisitReportInput = z.infer<typeof VisitReportInputSchema>;

const ReportItemSchema = z.strictObject({ id: ReportItemIdSchema, text: z.string() });
export type ReportItem = z.infer<typeof ReportItemSchema>;

/** A report version as stored: every item has its id. */
export const VisitReportDocSchema = z.strictObject({
  themes: z.array(z.strictObject({ themeId: z.string(), strengths: z.array(ReportItemSchema), developmentAreas: z.array(ReportItemSchema) })),
  summary: z.string(),
  feedbackNotes: z.string(),
});
export type VisitReportDoc = z.infer<typeof VisitReportDocSchema>;

const Release = z.strictObject({ version: z.number().int().min(1), releasedAt: z.string() });

/**
 * GET /api/rounds/{roundId}/visits/{hostId}/report. Team and coordinator: the latest version (ETag
 * `"v<version>"`), the release and `updatedSinceRelease`. The host: the latest released version only.
 * `sharing` holds every item of the version shown (`team` unless the host chose otherwise).
 */
export const VisitReportSchema = z
  .strictObject({
    hostId: ParticipantIdSchema,
    version: z.number().int().min(1),
    savedAt: z.string(),
    savedBy: z.string(),
    report: VisitReportDocSchema,
    release: Release.nullable(),
    updatedSinceRelease: z.boolean().optional().meta({ description: 'Team and coordinator: a version newer than the released one exists.' }),
    sharing: z.record(z.string(), SharingLevelSchema),
  })
  .meta({ id: 'VisitReport' });
export type VisitReportBody = z.infer<typeof VisitReportSchema>;

/** PUT report answers: the version stored. */
export const VisitReportWriteSchema = z
  .strictObject({ version: z.number().int().min(1), savedAt: z.string(), report: VisitReportDocSchema })
  .meta({ id: 'VisitReportWrite' });
export type VisitReportWriteBody = z.infer<typeof VisitReportWriteSchema>;

/** POST …/report/release answers: the released version (the same again on a repeat). */
export const ReportReleaseSchema = Release.meta({ id: 'VisitReportRelease' });
export type ReportReleaseBody = z.infer<typeof ReportReleaseSchema>;
