import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { RESULTS_PAGE_CSP, resultsPage } from '../../shared/layouts/resultsPage';
import { ResultsSnapshotSchema, type ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import { requestLanguage } from '../http/language';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { RESULTS_DETAILS } from '../rounds/resultsIssues';
import { resultsStore } from '../storage/createResultsStore';
import { PUBLIC_ID_PATTERN } from '../storage/resultsRows';
import { xlsxResponse } from '../xlsx/xlsxResponse';

const CACHE = 'no-store';

/**
 * GET /api/public/results/{publicId} (anyone, no login): the published final summary as JSON; with
 * `.xlsx` after the id as a workbook, with `.html` as a plain page (`?lang=fi|sv|en`). One route
 * serves the three (the id holds no dot), found with one point read; 404 once withdrawn.
 */
export async function publicResultsGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const lang = requestLanguage(request);
  const m = /^([A-Za-z0-9_-]+)(?:\.(xlsx|html|json))?$/.exec(request.params.publicId ?? '');
  const notFound = problem(404, lang, { detail: RESULTS_DETAILS.notPublished[lang], headers: { 'cache-control': CACHE } });
  if (!m || !PUBLIC_ID_PATTERN.test(m[1]!)) return notFound;
  const store = resultsStore();
  const pointer = await store.publicPointer(m[1]!);
  const snapshot = pointer ? await store.finalVersion<ResultsSnapshot>(pointer.roundId, pointer.version) : undefined;
  if (!snapshot) return notFound;
  if (m[2] === 'xlsx') {
    // Only the .xlsx answer needs the workbook writer: the page and JSON answers never load it.
    const { resultsXlsx } = await import('../xlsx/resultsXlsx.js');
    return xlsxResponse(await resultsXlsx(snapshot, lang), `results-${snapshot.version}.xlsx`, CACHE);
  }
  if (m[2] === 'html') {
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-language': lang, 'content-security-policy': RESULTS_PAGE_CSP, 'cache-control': CACHE },
      body: resultsPage(snapshot, lang),
    };
  }
  return okJson(ResultsSnapshotSchema, snapshot, 200, { 'cache-control': CACHE });
}
