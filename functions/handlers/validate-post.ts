import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ValidationResultSchema } from '../../shared/schemas/responses/validationResultSchema';
import { okJson } from '../http/okJson';
import { readSubmissionFor } from '../http/readSubmissionFor';

/** POST /api/validate: field-level errors for a submission; nothing is stored. 200 when valid, 422 with errors otherwise. */
export async function validatePost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const input = await readSubmissionFor(request);
  return input.ok ? okJson(ValidationResultSchema, { valid: true }) : input.response;
}
