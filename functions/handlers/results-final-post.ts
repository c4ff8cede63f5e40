import { isDeepStrictEqual } from 'node:util';
import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { FinalResultSchema, type FinalResultBody, type ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { openResults } from '../rounds/resultsAccess';
import { readResultsInputs, snapshotOf, summaryOf } from '../rounds/resultsData';
import { RESULTS_DETAILS } from '../rounds/resultsIssues';

const content = (s: ResultsSnapshot) => ({ round: s.round, summary: s.summary });

/**
 * POST /api/rounds/{roundId}/results/final (coordinator): freezes the members' summary, lowerings
 * applied, as the next immutable version (201). When nothing changed since the latest version it
 * answers that one (200). 409 before a review was opened.
 */
export async function resultsFinalPost(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const o = await openResults(request, 'results-final-post');
  if (!o.ok) return o.response;
  const { r } = o;
  const [review, pointer, inputs] = await Promise.all([r.results.review(r.roundId), r.results.finalPointer(r.roundId), readResultsInputs(r.store, r.results, r.roundId)]);
  if (!review) return problem(409, r.lang, { detail: RESULTS_DETAILS.reviewFirst[r.lang] });
  const round = r.access.stored.round;
  const summary = summaryOf(round, inputs, 'member');
  const latest = pointer ? await r.results.finalVersion<ResultsSnapshot>(r.roundId, pointer.version) : undefined;
  if (pointer && latest && isDeepStrictEqual(content(latest), content(snapshotOf(round, inputs.participants, summary, 1, '')))) {
    const same: FinalResultBody = { version: pointer.version, finalisedAt: pointer.finalisedAt };
    return okJson(FinalResultSchema, same, 200);
  }
  const at = new Date().toISOString();
  const written = await r.results.writeFinal<ResultsSnapshot>(r.roundId, (version) => snapshotOf(round, inputs.participants, summary, version, at), at);
  const body: FinalResultBody = { version: written.version, finalisedAt: written.finalisedAt };
  return okJson(FinalResultSchema, body, 201);
}
