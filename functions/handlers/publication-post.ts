import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { PublicationSchema, type PublicationBody } from '../../shared/schemas/resultsSnapshotSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openResults } from '../rounds/resultsAccess';
import { RESULTS_DETAILS } from '../rounds/resultsIssues';

/**
 * POST /api/rounds/{roundId}/publication (coordinator): publishes the latest final version under an
 * unguessable public id (201); while published, the same id (200), moved to a newer final if one
 * was made since. 409 before any final version.
 */
export async function publicationPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'publication-post');
  if (!o.ok) return o.response;
  const { r } = o;
  const [pointer, before] = await Promise.all([r.results.finalPointer(r.roundId), r.results.publication(r.roundId)]);
  if (!pointer) return problem(409, r.lang, { detail: RESULTS_DETAILS.finalFirst[r.lang] });
  const p = await r.results.publish(r.roundId, pointer.version, new Date().toISOString());
  const body: PublicationBody = { ...p, path: `/api/public/results/${p.publicId}` };
  return okJson(PublicationSchema, body, before ? 200 : 201);
}
