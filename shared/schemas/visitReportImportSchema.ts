import * as z from 'zod';
import { VisitReportDocSchema } from './visitReportSchema';

/**
 * POST /api/rounds/{roundId}/visits/{hostId}/report/import (team) answers 201: the report version
 * stored from the uploaded form, and whether the form's questions differed from the stored ones (and
 * were stored too, without sending them) with the questions' revision now.
 */
export const VisitReportImportSchema = z
  .strictObject({
    version: z.number().int().min(1),
    savedAt: z.string(),
    report: VisitReportDocSchema,
    questions: z.strictObject({ changed: z.boolean(), revision: z.number().int().min(0) }),
  })
  .meta({ id: 'VisitReportImport' });
export type VisitReportImportBody = z.infer<typeof VisitReportImportSchema>;
