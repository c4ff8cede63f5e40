import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { EarlierRatingsSchema, PreviousLinkInputSchema, PreviousLinkSchema } from '../../shared/schemas/progressSchema';
import { conflict, invalid, json, jsonBody, participantPath, problem, RACE, roundPath, withAuth } from './openApiParts';

/** Progress over rounds (SYSTEM.md "The peer-learning visit", step 6). */
export function progressPaths(): ZodOpenApiPathsObject {
  return {
    '/api/rounds/{roundId}/previous': {
      put: withAuth({
        operationId: 'previous-round-put', summary: 'Link an earlier round', tags: ['Coordinator'],
        description: 'Coordinator of the new round. Links an earlier round and maps participants (new id → earlier id); replaces an earlier link. The earlier round’s coordinator key is checked against its hash and never stored: a wrong key is a 403 saying so, an unknown earlier round a 404. Ids not in their round, an earlier id mapped twice, or the round itself are a 422 naming them.',
        requestParams: { path: roundPath }, requestBody: jsonBody(PreviousLinkInputSchema),
        responses: { '200': json('The link as stored (no key)', PreviousLinkSchema), ...invalid(), ...conflict(RACE), '404': problem('No such round, the token does not open it, or no such earlier round') },
      }),
      get: withAuth({ operationId: 'previous-round-get', summary: 'The link to the earlier round', tags: ['Coordinator'], description: 'Coordinator.', requestParams: { path: roundPath }, responses: { '200': json('The link', PreviousLinkSchema), '404': problem('No such round, the token does not open it, or no link') } }),
    },
    '/api/rounds/{roundId}/submissions/{participantId}/earlier': {
      get: withAuth({
        operationId: 'earlier-submission-get', summary: 'The participant’s earlier ratings', tags: ['Submissions'],
        description: 'That participant only (others and the coordinator 403). Its own latest submission in the linked earlier round, ratings only (no texts).',
        requestParams: { path: participantPath },
        responses: { '200': json('The participant’s own earlier ratings', EarlierRatingsSchema), '404': problem('No such round, the token does not open it, no link, or no mapping or submission there') },
      }),
    },
  };
}
