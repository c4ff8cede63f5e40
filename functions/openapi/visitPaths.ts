import { z } from 'zod';
import { LangSchema } from '../../shared/i18n/langSchema';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiRequestBodyObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { ParticipantIdSchema, RoundIdSchema } from '../../shared/schemas/submissionSchema';
import { VisitDetailsInputSchema, VisitDetailsSchema } from '../../shared/schemas/visitDetailsSchema';
import { VisitListSchema } from '../../shared/schemas/visitListSchema';
import { VisitQuestionsInputSchema, VisitQuestionsSchema } from '../../shared/schemas/visitQuestionsSchema';
import { ReportReleaseSchema, VisitReportInputSchema, VisitReportSchema, VisitReportWriteSchema } from '../../shared/schemas/visitReportSchema';
import { VisitReportImportSchema } from '../../shared/schemas/visitReportImportSchema';
import { TeamSelfAssessmentSchema } from '../../shared/schemas/visitSelfAssessmentSchema';
import { ReportSharingInputSchema, ReportSharingSchema } from '../../shared/schemas/visitSharingSchema';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';

/** The helpers of openApiDocument, passed in so that both files share one Problem schema. */
export interface PathHelpers {
  withAuth: (op: ZodOpenApiOperationObject) => ZodOpenApiOperationObject;
  json: (description: string, schema?: z.ZodType) => ZodOpenApiResponseObject;
  problem: (description: string) => ZodOpenApiResponseObject;
  body: (schema: z.ZodType) => ZodOpenApiRequestBodyObject;
  invalid: Record<string, ZodOpenApiResponseObject>;
}

const roundPath = z.object({ roundId: RoundIdSchema });
const hostPath = z.object({ roundId: RoundIdSchema, hostId: ParticipantIdSchema });
const ifMatch = z.object({ 'if-match': z.string().optional() });
const xlsxFile = z.string().meta({ format: 'binary', description: 'An .xlsx workbook' });
const langQuery = z.object({ lang: LangSchema.optional() });
const ROLES = 'Roles per host (stored interview plan): host, team (the two participants on its team), coordinator; any other member 403.';

/** The peer-learning visit's routes (SYSTEM.md "The peer-learning visit", steps 2 and 3). */
export function visitPaths(h: PathHelpers): ZodOpenApiPathsObject {
  const op = (o: ZodOpenApiOperationObject) => h.withAuth({ ...o, description: `${o.description ?? ''} ${ROLES}`.trim() });
  const base = '/api/rounds/{roundId}/visits/{hostId}';
  return {
    '/api/rounds/{roundId}/visits': {
      get: h.withAuth({ operationId: 'visits-get', description: 'Coordinator. Every visit of the stored plan: dates, questions sent, report status, sharing set. 404 before the plan is written.', requestParams: { path: roundPath }, responses: { '200': h.json('Every visit’s status', VisitListSchema) } }),
    },
    [base]: {
      get: op({ operationId: 'visit-get', description: 'Host, team, coordinator. Empty (revision 0) before the first write; ETag `"r<revision>"`.', requestParams: { path: hostPath }, responses: { '200': h.json('The visit details', VisitDetailsSchema) } }),
      put: op({ operationId: 'visit-put', description: 'Host, coordinator. Replaces the details; optional If-Match.', requestParams: { path: hostPath, header: ifMatch }, requestBody: h.body(VisitDetailsInputSchema), responses: { '200': h.json('The details stored', VisitDetailsSchema), '412': h.problem('If-Match is stale'), ...h.invalid } }),
    },
    [`${base}/self-assessment`]: {
      get: op({ operationId: 'visit-self-assessment-get', description: 'Team, coordinator. The host’s latest submission at `team` level and wider: profile and self-assessment rows; no models, no private notes. 404 before the host submits.', requestParams: { path: hostPath }, responses: { '200': h.json('What the team may read', TeamSelfAssessmentSchema) } }),
    },
    [`${base}/questions`]: {
      get: op({ operationId: 'visit-questions-get', description: 'Team, coordinator; the host once sent (404 before).', requestParams: { path: hostPath }, responses: { '200': h.json('The questions per theme', VisitQuestionsSchema) } }),
      put: op({ operationId: 'visit-questions-put', description: 'Team. Replaces the questions; `sent: true` shows them to the host and cannot be undone (409). Optional If-Match.', requestParams: { path: hostPath, header: ifMatch }, requestBody: h.body(VisitQuestionsInputSchema), responses: { '200': h.json('The questions stored', VisitQuestionsSchema), '409': h.problem('Already sent'), '412': h.problem('If-Match is stale'), ...h.invalid } }),
    },
    [`${base}/report`]: {
      get: op({ operationId: 'visit-report-get', description: 'Team, coordinator: the latest version, ETag `"v<version>"`, `updatedSinceRelease`. Host: the latest released version (404 before the first release).', requestParams: { path: hostPath }, responses: { '200': h.json('The report', VisitReportSchema) } }),
      put: op({ operationId: 'visit-report-put', description: 'Team. A new version; the first without If-Match (or `*`), every later one with the ETag of the version edited (412 when stale or missing). Items keep their ids; new items get one.', requestParams: { path: hostPath, header: ifMatch }, requestBody: h.body(VisitReportInputSchema), responses: { '201': h.json('The version stored', VisitReportWriteSchema), '409': h.problem('Other writes kept winning'), '412': h.problem('If-Match stale or missing'), ...h.invalid } }),
    },
    [`${base}/report.xlsx`]: {
      get: op({ operationId: 'visit-report-form-get', description: 'Team, coordinator. The team’s report form for teams without the add-in: instructions (with the round, host, report version and questions revision in named cells), then the Vierailu sheet with the host’s details, material and self-assessment at `team` level and wider, the questions and the latest report (item ids in the hidden column).', requestParams: { path: hostPath, query: langQuery }, responses: { '200': { description: 'The report form', content: { [XLSX_TYPE]: { schema: xlsxFile } } } } }),
    },
    [`${base}/report/import`]: {
      post: op({ operationId: 'visit-report-import-post', description: 'Team. The filled report form, read like the pane’s sheet; errors carry `sheet` and `cell`. A new report version with If-Match from the version the file was made from; questions that differ from the stored ones are stored too (never sent by the import).', requestParams: { path: hostPath }, requestBody: { content: { [XLSX_TYPE]: { schema: xlsxFile } } }, responses: { '201': h.json('The version stored; ETag header', VisitReportImportSchema), '412': h.problem('Another team member saved since the form was made: download it again; nothing stored'), '413': h.problem('File too large, or over a read limit'), '415': h.problem('Not an .xlsx upload'), '422': h.problem('Not the report form, another round’s or host’s form, or field errors naming sheet and cell'), '503': h.problem('Every file reader busy; Retry-After') } }),
    },
    [`${base}/report/release`]: {
      post: op({ operationId: 'visit-report-release-post', description: 'Team, coordinator. Releases the latest version to the host; a repeat answers the same. 404 before any report.', requestParams: { path: hostPath }, responses: { '200': h.json('The released version', ReportReleaseSchema) } }),
    },
    [`${base}/report/sharing`]: {
      put: op({ operationId: 'visit-report-sharing-put', description: 'Host. Sharing per item of the released report; unknown item ids are a 422 naming them. 404 before release.', requestParams: { path: hostPath }, requestBody: h.body(ReportSharingInputSchema), responses: { '200': h.json('Every item’s level', ReportSharingSchema), ...h.invalid } }),
    },
  };
}
