import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { LangSchema } from '../../shared/i18n/langSchema';
import { PreviewSchema, ResponseInputSchema, ResponseListSchema, ResponseSchema, ReviewInputSchema, ReviewStateSchema } from '../../shared/schemas/resultsReviewSchema';
import { FinalResultSchema, PublicationSchema, ResultsSnapshotSchema } from '../../shared/schemas/resultsSnapshotSchema';
import { ParticipantIdSchema, RoundIdSchema } from '../../shared/schemas/submissionSchema';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';
import type { PathHelpers } from './visitPaths';

const roundPath = z.object({ roundId: RoundIdSchema });
const participantPath = z.object({ roundId: RoundIdSchema, participantId: ParticipantIdSchema });
const publicPath = z.object({
  publicId: z.string().regex(/^[A-Za-z0-9_-]{22}(\.(xlsx|html|json))?$/).meta({ description: 'The public id (128 random bits, base64url); `<id>.html` answers the page, `<id>.xlsx` the workbook, `<id>` the JSON.' }),
});

/** The results review and publication (SYSTEM.md "The peer-learning visit", steps 4 and 5). */
export function resultsPaths(h: PathHelpers): ZodOpenApiPathsObject {
  const base = '/api/rounds/{roundId}/results';
  return {
    [`${base}/review`]: {
      post: h.withAuth({ operationId: 'results-review-post', description: 'Coordinator. Opens the review of the results summary with a deadline, or reopens it with a new one (responses and lowerings stay). A deadline before today is a 422.', requestParams: { path: roundPath }, requestBody: h.body(ReviewInputSchema), responses: { '200': h.json('The review', ReviewStateSchema), ...h.invalid } }),
    },
    [`${base}/preview`]: {
      get: h.withAuth({ operationId: 'results-preview-get', description: 'Each participant; the coordinator 403. Its own items exactly as the members’ summary will show them, after its lowerings. 404 before the review is open.', requestParams: { path: roundPath }, responses: { '200': h.json('The caller’s own part', PreviewSchema) } }),
    },
    [`${base}/responses/{participantId}`]: {
      put: h.withAuth({ operationId: 'results-response-put', description: 'That participant only (others and the coordinator 403). Approval and comments replace earlier ones; lowerings (`named` → `summary` → `team`) add up and never come back up. A reference not in the caller’s preview, or a level above the item’s current one, is a 422 naming it. 409 before the review is open.', requestParams: { path: participantPath }, requestBody: h.body(ResponseInputSchema), responses: { '200': h.json('The response as stored', ResponseSchema), '409': h.problem('No review open'), ...h.invalid } }),
    },
    [`${base}/responses`]: {
      get: h.withAuth({ operationId: 'results-responses-get', description: 'Coordinator. Every participant’s status (`not-opened`, `opened`, `approved`, `commented`), comments and lowered items; the deadline; the public link while published (null before publishing and once withdrawn).', requestParams: { path: roundPath }, responses: { '200': h.json('Every response', ResponseListSchema) } }),
    },
    [`${base}/final`]: {
      post: h.withAuth({ operationId: 'results-final-post', description: 'Coordinator. Freezes the members’ summary (lowerings applied) as the next immutable version (201); when nothing changed since the latest, answers that one (200). 409 before the review was opened.', requestParams: { path: roundPath }, responses: { '200': h.json('Unchanged: the latest version', FinalResultSchema), '201': h.json('The version frozen now', FinalResultSchema), '409': h.problem('No review opened yet') } }),
    },
    [base]: {
      get: h.withAuth({ operationId: 'results-get', description: 'Members and the coordinator. The latest final summary; 404 before one exists.', requestParams: { path: roundPath }, responses: { '200': h.json('The final summary', ResultsSnapshotSchema) } }),
    },
    '/api/rounds/{roundId}/publication': {
      post: h.withAuth({ operationId: 'publication-post', description: 'Coordinator. Publishes the latest final version under an unguessable id (201); while published the same id (200), moved to the latest final version. 409 before any final version.', requestParams: { path: roundPath }, responses: { '200': h.json('Already published', PublicationSchema), '201': h.json('Published now', PublicationSchema), '409': h.problem('No final version yet') } }),
      delete: h.withAuth({ operationId: 'publication-delete', description: 'Coordinator. Withdraws the publication: the id stops working; publishing again makes a new id.', requestParams: { path: roundPath }, responses: { '204': { description: 'Not published (any more)' } } }),
    },
    '/api/public/results/{publicId}': {
      get: {
        operationId: 'public-results-get',
        security: [],
        description: 'Anyone, no login. The published final summary: the same as members read, nothing more. 404 once withdrawn.',
        requestParams: { path: publicPath, query: z.object({ lang: LangSchema.optional() }) },
        responses: {
          '200': { description: 'JSON, the page (`.html`) or the workbook (`.xlsx`)', content: { 'application/json': { schema: ResultsSnapshotSchema }, 'text/html': { schema: z.string() }, [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } },
          '404': h.problem('Not published, or withdrawn'),
        },
      },
    },
  };
}
