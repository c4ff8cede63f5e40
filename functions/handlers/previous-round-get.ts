import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { PreviousLinkSchema } from '../../shared/schemas/progressSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openProgress } from '../rounds/progressAccess';
import { PROGRESS_DETAILS } from '../rounds/progressIssues';

/** GET /api/rounds/{roundId}/previous (coordinator): the stored link to the earlier round, or 404. */
export async function previousRoundGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openProgress(request, 'previous-round-get');
  if (!o.ok) return o.response;
  const { r } = o;
  const link = await r.progress.previousLink(r.roundId);
  if (!link) return problem(404, r.lang, { detail: PROGRESS_DETAILS.noLink[r.lang] });
  return okJson(PreviousLinkSchema, link, 200, { 'cache-control': 'no-store' });
}
