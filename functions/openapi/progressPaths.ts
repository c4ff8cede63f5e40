import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { EarlierRatingsSchema, PreviousLinkInputSchema, PreviousLinkSchema } from '../../shared/schemas/progressSchema';
import { ParticipantIdSchema, RoundIdSchema } from '../../shared/schemas/submissionSchema';
import type { PathHelpers } from './visitPaths';

const roundPath = z.object({ roundId: RoundIdSchema });
const participantPath = z.object({ roundId: RoundIdSchema, participantId: ParticipantIdSchema });

/** Progress over rounds (SYSTEM.md "The peer-learning visit", step 6). */
export function progressPaths(h: PathHelpers): ZodOpenApiPathsObject {
  return {
    '/api/rounds/{roundId}/previous': {
      put: h.withAuth({
        operationId: 'previous-round-put',
        description: 'Coordinator of the new round. Links an earlier round and maps participants (new id → earlier id); replaces an earlier link. The earlier round’s coordinator key is checked against its hash and never stored: a wrong key is a 403 saying so, an unknown earlier round a 404. Ids not in their round, an earlier id mapped twice, or the round itself are a 422 naming them.',
        requestParams: { path: roundPath },
        requestBody: h.body(PreviousLinkInputSchema),
        responses: { '200': h.json('The link as stored (no key)', PreviousLinkSchema), ...h.invalid },
      }),
      get: h.withAuth({ operationId: 'previous-round-get', description: 'Coordinator. The stored link; 404 when the round has none.', requestParams: { path: roundPath }, responses: { '200': h.json('The link', PreviousLinkSchema) } }),
    },
    '/api/rounds/{roundId}/submissions/{participantId}/earlier': {
      get: h.withAuth({
        operationId: 'earlier-submission-get',
        description: 'That participant only (others and the coordinator 403). Its own latest submission in the linked earlier round, ratings only (no texts). 404 when the round has no link, or the participant no mapping or no submission there.',
        requestParams: { path: participantPath },
        responses: { '200': h.json('The participant’s own earlier ratings', EarlierRatingsSchema) },
      }),
    },
  };
}
