import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ResultsSnapshotSchema, type ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openResults } from '../rounds/resultsAccess';
import { RESULTS_DETAILS } from '../rounds/resultsIssues';

/** GET /api/rounds/{roundId}/results (members, coordinator): the latest final summary; 404 before one exists. */
export async function resultsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'results-get');
  if (!o.ok) return o.response;
  const { r } = o;
  const pointer = await r.results.finalPointer(r.roundId);
  const body = pointer ? await r.results.finalVersion<ResultsSnapshot>(r.roundId, pointer.version) : undefined;
  if (!body) return problem(404, r.lang, { detail: RESULTS_DETAILS.noFinal[r.lang] });
  return okJson(ResultsSnapshotSchema, body, 200, { 'cache-control': 'no-store' });
}
