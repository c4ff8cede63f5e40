import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { VisitReportWriteSchema, VisitReportInputSchema, type VisitReportWriteBody } from '../../shared/schemas/visitReportSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { withItemIds } from '../rounds/reportItems';
import { openVisit } from '../rounds/visitAccess';
import { themeIssues } from '../rounds/visitIssues';
import { versionEtag } from '../storage/visitRows';
import { IfMatchRequiredError } from '../storage/visitReports';

const IF_MATCH_NEEDED: Record<Lang, string> = {
  fi: 'Raportista on jo tallennettu versio. Hae se ensin ja lähetä muutoksesi If-Match-otsakkeella, jottei toisen ryhmäläisen työ katoa.',
  sv: 'En version av rapporten har redan sparats. Hämta den först och skicka dina ändringar med If-Match-huvudet, så att den andra gruppmedlemmens arbete inte går förlorat.',
  en: 'A version of the report has already been saved. Read it first and send your changes with an If-Match header, so that the other team member’s work is not lost.',
};

/**
 * PUT /api/rounds/{roundId}/visits/{hostId}/report (team): the whole report as a new version. The
 * first write needs no If-Match (or `*`); every later one the ETag of the version it edited (412 when
 * stale or missing). Items keep the ids sent; new items get one. The release stays where it was:
 * the host keeps seeing the released version until the team releases again.
 */
export async function visitReportPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-report-put');
  if (!v.ok) return v.response;
  const input = await readBody(request, VisitReportInputSchema, v.lang);
  if (!input.ok) return input.response;
  const issues = themeIssues(input.value.themes, v.r.access.stored.round.themes.map((t) => t.id));
  if (issues.length > 0) return problem(422, v.lang, { errors: issues });
  const report = withItemIds(input.value);
  const ifMatch = request.headers.get('if-match');
  try {
    const pointer = await v.visits.writeReport(v.r.roundId, v.hostId, report, { savedAt: new Date().toISOString(), savedBy: v.callerId, ...(ifMatch !== null ? { ifMatch } : {}) });
    const body: VisitReportWriteBody = { version: pointer.version, savedAt: pointer.savedAt, report };
    return okJson(VisitReportWriteSchema, body, 201, { etag: versionEtag(pointer.version), location: `/api/rounds/${v.r.roundId}/visits/${v.hostId}/report` });
  } catch (err) {
    if (err instanceof IfMatchRequiredError) return problem(412, v.lang, { detail: IF_MATCH_NEEDED[v.lang] });
    throw err;
  }
}
