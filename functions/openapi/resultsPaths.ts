import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { PreviewSchema, ResponseInputSchema, ResponseListSchema, ResponseSchema, ReviewInputSchema, ReviewStateSchema } from '../../shared/schemas/resultsReviewSchema';
import { FinalResultSchema, PublicationSchema, ResultsSnapshotSchema } from '../../shared/schemas/resultsSnapshotSchema';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';
import { conflict, HEADERS, invalid, json, jsonBody, langQuery, participantPath, problem, publicOp, RACE, roundPath, unavailable, withAuth, xlsxFile } from './openApiParts';

const publicPath = z.object({
  publicId: z.string().regex(/^[A-Za-z0-9_-]{22}(\.(xlsx|html|json))?$/).meta({ description: 'The public id (128 random bits, base64url); `<id>.html` answers the page, `<id>.xlsx` the workbook, `<id>` or `<id>.json` the JSON.' }),
});
const tags = ['Results'];

/** The results review and publication (SYSTEM.md "The peer-learning visit", steps 4 and 5). */
export function resultsPaths(): ZodOpenApiPathsObject {
  const base = '/api/rounds/{roundId}/results';
  return {
    [`${base}/review`]: {
      post: withAuth({ operationId: 'results-review-post', summary: 'Open the review, or move its deadline', tags, description: 'Coordinator. Opens the review of the results summary with a deadline, or moves the deadline of the open one (responses, lowerings and `openedAt` stay). A deadline before today is a 422.', requestParams: { path: roundPath }, requestBody: jsonBody(ReviewInputSchema), responses: { '200': json('The review', ReviewStateSchema), ...invalid(), ...conflict(RACE) } }),
    },
    [`${base}/preview`]: {
      get: withAuth({ operationId: 'results-preview-get', summary: 'The caller’s own part of the summary', tags, description: 'Each participant; the coordinator 403. Its own items exactly as the members’ summary will show them, after its lowerings. The first read marks the response opened.', requestParams: { path: roundPath }, responses: { '200': json('The caller’s own part', PreviewSchema), '404': problem('No such round, the token does not open it, or no review open'), ...conflict(RACE) } }),
    },
    [`${base}/responses/{participantId}`]: {
      put: withAuth({ operationId: 'results-response-put', summary: 'Respond to the review', tags, description: 'That participant only (others and the coordinator 403). Approval and comments replace earlier ones; lowerings (`named` → `summary` → `team`) add up and never come back up. A reference not in the caller’s preview, or a level above the item’s current one, is a 422 naming it.', requestParams: { path: participantPath }, requestBody: jsonBody(ResponseInputSchema), responses: { '200': json('The response as stored', ResponseSchema), ...invalid(), ...conflict(`No review open, or: ${RACE}`) } }),
    },
    [`${base}/responses`]: {
      get: withAuth({ operationId: 'results-responses-get', summary: 'Every participant’s response', tags, description: 'Coordinator. Every participant’s status (`not-opened`, `opened`, `approved`, `commented`), comments and lowered items; the deadline; the public link while published (null before publishing and once withdrawn).', requestParams: { path: roundPath }, responses: { '200': json('Every response', ResponseListSchema) } }),
    },
    [`${base}/final`]: {
      post: withAuth({ operationId: 'results-final-post', summary: 'Freeze a final version', tags, description: 'Coordinator. Freezes the members’ summary (lowerings applied) as the next immutable version (201); when nothing changed since the latest, answers that one (200).', requestParams: { path: roundPath }, responses: { '200': json('Unchanged: the latest version', FinalResultSchema), '201': json('The version frozen now', FinalResultSchema), ...conflict(`No review opened yet, or: ${RACE}`) } }),
    },
    [base]: {
      get: withAuth({ operationId: 'results-get', summary: 'The latest final summary', tags, description: 'Members and the coordinator.', requestParams: { path: roundPath }, responses: { '200': json('The final summary', ResultsSnapshotSchema), '404': problem('No such round, the token does not open it, or no final version yet') } }, { forbidden: false }),
    },
    '/api/rounds/{roundId}/publication': {
      post: withAuth({ operationId: 'publication-post', summary: 'Publish the latest final version', tags, description: 'Coordinator. Publishes under an unguessable id (201); while published the same id (200), moved to the latest final version.', requestParams: { path: roundPath }, responses: { '200': json('Already published', PublicationSchema), '201': json('Published now', PublicationSchema), ...conflict('No final version yet') } }),
      delete: withAuth({ operationId: 'publication-delete', summary: 'Withdraw the publication', tags, description: 'Coordinator. The id stops working; publishing again makes a new id.', requestParams: { path: roundPath }, responses: { '204': { description: 'Not published (any more)' } } }),
    },
    '/api/public/results/{publicId}': {
      get: publicOp({
        operationId: 'public-results-get', summary: 'Published results', tags: ['Public'],
        description: 'Anyone, no login. The published final summary: the same as members read, nothing more.',
        requestParams: { path: publicPath, query: langQuery },
        responses: {
          '200': {
            description: 'JSON, the page (`.html`) or the workbook (`.xlsx`)',
            headers: z.object({ 'Cache-Control': HEADERS.cacheControl, 'Content-Disposition': HEADERS.contentDispositionIfFile, 'Content-Language': HEADERS.contentLanguageIfPage, 'Content-Security-Policy': HEADERS.contentSecurityPolicyIfPage }),
            content: { 'application/json': { schema: ResultsSnapshotSchema }, 'text/html': { schema: z.string().meta({ description: 'A plain page, no scripts' }) }, [XLSX_TYPE]: { schema: xlsxFile } },
          },
          '404': problem('Not published, or withdrawn', { 'Cache-Control': HEADERS.cacheControl }),
          ...unavailable(),
        },
      }),
    },
  };
}
