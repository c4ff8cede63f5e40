import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { openResults } from '../rounds/resultsAccess';

/** DELETE /api/rounds/{roundId}/publication (coordinator): withdraws; the public id stops working at once. 204, also when nothing was published. */
export async function publicationDelete(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'publication-delete');
  if (!o.ok) return o.response;
  await o.r.results.withdraw(o.r.roundId);
  return { status: 204 };
}
