import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiRequestBodyObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { ParticipantIdSchema, RoundIdSchema } from '../../shared/schemas/submissionSchema';
import { VisitDetailsInputSchema, VisitDetailsSchema } from '../../shared/schemas/visitDetailsSchema';
import { VisitListSchema } from '../../shared/schemas/visitListSchema';
import { VisitQuestionsInputSchema, VisitQuestionsSchema } from '../../shared/schemas/visitQuestionsSchema';
import { ReportReleaseSchema, VisitReportInputSchema, VisitReportSchema, VisitReportWriteSchema } from '../../shared/schemas/visitReportSchema';
import { TeamSelfAssessmentSchema } from '../../shared/schemas/visitSelfAssessmentSchema';
import { ReportSharingInputSchema, ReportSharingSchema } from '../../shared/schemas/visitSharingSchema';

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
    [`${base}/report/release`]: {
      post: op({ operationId: 'visit-report-release-post', description: 'Team, coordinator. Releases the latest version to the host; a repeat answers the same. 404 before any report.', requestParams: { path: hostPath }, responses: { '200': h.json('The released version', ReportReleaseSchema) } }),
    },
    [`${base}/report/sharing`]: {
      put: op({ operationId: 'visit-report-sharing-put', description: 'Host. Sharing per item of the released report; unknown item ids are a 422 naming them. 404 before release.', requestParams: { path: hostPath }, requestBody: h.body(ReportSharingInputSchema), responses: { '200': h.json('Every item’s level', ReportSharingSchema), ...h.invalid } }),
    },
  };
}
