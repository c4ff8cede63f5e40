import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { VisitDetailsInputSchema, VisitDetailsSchema } from '../../shared/schemas/visitDetailsSchema';
import { VisitListSchema } from '../../shared/schemas/visitListSchema';
import { VisitQuestionsInputSchema, VisitQuestionsSchema } from '../../shared/schemas/visitQuestionsSchema';
import { ReportReleaseSchema, VisitReportInputSchema, VisitReportSchema, VisitReportWriteSchema } from '../../shared/schemas/visitReportSchema';
import { VisitReportImportSchema } from '../../shared/schemas/visitReportImportSchema';
import { TeamSelfAssessmentSchema } from '../../shared/schemas/visitSelfAssessmentSchema';
import { ReportSharingInputSchema, ReportSharingSchema } from '../../shared/schemas/visitSharingSchema';
import { conflict, HEADERS, hostPath, ifMatchHeader, invalid, json, jsonBody, langQuery, planRace, problem, RACE, roundPath, unavailable, withAuth, xlsx, xlsxBody } from './openApiParts';

const ROLES = 'Roles per host (stored interview plan): host, team (the two participants on its team), coordinator; any other member 403.';
const NOT_FOUND = 'No such round or host, the token does not open it, or no interview plan yet';
const written = { ETag: HEADERS.etag, Location: HEADERS.location };

/** The peer-learning visit's routes (SYSTEM.md "The peer-learning visit", steps 2 and 3). */
export function visitPaths(): ZodOpenApiPathsObject {
  const op = (o: ZodOpenApiOperationObject, notFound = NOT_FOUND) =>
    withAuth({ ...o, tags: ['Visits'], description: `${o.description ?? ''} ${ROLES}`.trim(), responses: { '404': problem(notFound), ...planRace, ...o.responses } });
  const base = '/api/rounds/{roundId}/visits/{hostId}';
  return {
    '/api/rounds/{roundId}/visits': {
      get: withAuth({ operationId: 'visits-get', summary: 'Every visit’s status', tags: ['Visits'], description: 'Coordinator. Every visit of the stored plan: dates, questions sent, report status, sharing set.', requestParams: { path: roundPath }, responses: { '200': json('Every visit’s status', VisitListSchema), '404': problem('No such round, the token does not open it, or no interview plan yet'), ...planRace } }),
    },
    [base]: {
      get: op({ operationId: 'visit-get', summary: 'The visit details', description: 'Host, team, coordinator. Empty (revision 0, no ETag) before the first write.', requestParams: { path: hostPath }, responses: { '200': json('The visit details', VisitDetailsSchema, { ETag: HEADERS.etagOnceWritten }) } }),
      put: op({ operationId: 'visit-put', summary: 'Replace the visit details', description: 'Host, coordinator. Optional If-Match.', requestParams: { path: hostPath, header: ifMatchHeader }, requestBody: jsonBody(VisitDetailsInputSchema), responses: { '200': json('The details stored', VisitDetailsSchema, { ETag: HEADERS.etag }), ...invalid(), ...conflict(RACE), '412': problem('If-Match is stale') } }),
    },
    [`${base}/self-assessment`]: {
      get: op({ operationId: 'visit-self-assessment-get', summary: 'The host’s self-assessment for its team', description: 'Team, coordinator. The host’s latest submission at `team` level and wider: profile and self-assessment rows; no models, no private notes.', requestParams: { path: hostPath }, responses: { '200': json('What the team may read', TeamSelfAssessmentSchema) } }, `${NOT_FOUND}, or the host has not submitted`),
    },
    [`${base}/questions`]: {
      get: op({ operationId: 'visit-questions-get', summary: 'The team’s questions', description: 'Team, coordinator; the host once sent.', requestParams: { path: hostPath }, responses: { '200': json('The questions per theme', VisitQuestionsSchema, { ETag: HEADERS.etagOnceWritten }) } }, `${NOT_FOUND}, or (host) not sent yet`),
      put: op({ operationId: 'visit-questions-put', summary: 'Replace the team’s questions', description: 'Team. `sent: true` shows them to the host and cannot be undone (409). Optional If-Match.', requestParams: { path: hostPath, header: ifMatchHeader }, requestBody: jsonBody(VisitQuestionsInputSchema), responses: { '200': json('The questions stored', VisitQuestionsSchema, { ETag: HEADERS.etag }), ...invalid(), ...conflict(`Already sent, or: ${RACE}`), '412': problem('If-Match is stale') } }),
    },
    [`${base}/report`]: {
      get: op({ operationId: 'visit-report-get', summary: 'The feedback report', description: 'Team, coordinator: the latest version with `updatedSinceRelease`. Host: the latest released version.', requestParams: { path: hostPath }, responses: { '200': json('The report', VisitReportSchema, { ETag: HEADERS.etag }) } }, `${NOT_FOUND}, or no report (host: none released)`),
      put: op({ operationId: 'visit-report-put', summary: 'Store a report version', description: 'Team. The first without If-Match (or `*`), every later one with the ETag of the version edited (412 when stale or missing). Items keep their ids; new items get one.', requestParams: { path: hostPath, header: ifMatchHeader }, requestBody: jsonBody(VisitReportInputSchema), responses: { '201': json('The version stored', VisitReportWriteSchema, written), ...invalid(), ...conflict(RACE), '412': problem('If-Match stale or missing') } }),
    },
    [`${base}/report.xlsx`]: {
      get: op({ operationId: 'visit-report-form-get', summary: 'The report form as a file', description: 'Team, coordinator. For teams without the add-in: instructions (with the round, host, report version and questions revision in named cells), then the Vierailu sheet with the host’s details, material and self-assessment at `team` level and wider, the questions and the latest report (item ids in the hidden column).', requestParams: { path: hostPath, query: langQuery }, responses: { '200': xlsx('The report form') } }),
    },
    [`${base}/report/import`]: {
      post: op({
        operationId: 'visit-report-import-post', summary: 'Import a filled report form',
        description: 'Team. Read like the pane’s sheet; errors carry `sheet` and `cell`. A new report version, made only if nobody saved since the form was made (its own named cells say which versions; no If-Match header is read). Questions that differ from the stored ones are stored too (never sent by the import).',
        requestParams: { path: hostPath }, requestBody: xlsxBody('The filled report form (GET …/report.xlsx).'),
        responses: {
          '201': json('The version stored', VisitReportImportSchema, written), ...conflict(RACE),
          '412': problem('Another team member saved since the form was made: download it again; nothing stored'), '413': problem('File too large, over a read limit, or its texts too long to store'), '415': problem('Not an .xlsx upload'),
          '422': problem('Not the report form, another round’s or host’s form, or field errors naming sheet and cell'), ...unavailable('Every file reader busy, or storage unavailable'),
        },
      }),
    },
    [`${base}/report/release`]: {
      post: op({ operationId: 'visit-report-release-post', summary: 'Release the report to the host', description: 'Team, coordinator. Releases the latest version; a repeat answers the same.', requestParams: { path: hostPath }, responses: { '200': json('The released version', ReportReleaseSchema), ...conflict(RACE) } }, `${NOT_FOUND}, or no report yet`),
    },
    [`${base}/report/sharing`]: {
      put: op({ operationId: 'visit-report-sharing-put', summary: 'Choose the report items’ sharing', description: 'Host. Sharing per item of the released report; unknown item ids are a 422 naming them.', requestParams: { path: hostPath }, requestBody: jsonBody(ReportSharingInputSchema), responses: { '200': json('Every item’s level', ReportSharingSchema), ...invalid(), ...conflict(RACE) } }, `${NOT_FOUND}, or not released yet`),
    },
  };
}
