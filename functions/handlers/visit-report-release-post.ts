import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import { ReportReleaseSchema, type ReportReleaseBody } from '../../shared/schemas/visitReportSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { forgetChangedSharing } from '../rounds/releasedSharing';
import { openVisit } from '../rounds/visitAccess';

const NOTHING_TO_RELEASE: Record<Lang, string> = {
  fi: 'Julkaistavaa palauteraporttia ei ole vielä: kirjoita raportti ensin.',
  sv: 'Det finns ingen återkopplingsrapport att publicera ännu: skriv rapporten först.',
  en: 'There is no feedback report to release yet: write the report first.',
};

/**
 * POST /api/rounds/{roundId}/visits/{hostId}/report/release (team, coordinator): the latest version
 * becomes the one the host sees. Releasing an already released version again answers the same 200.
 * The sharing of items whose text changed since the last release falls back to `team`.
 */
export async function visitReportReleasePost(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-report-release-post');
  if (!v.ok) return v.response;
  const before = await v.visits.reportPointer(v.r.roundId, v.hostId);
  const released = await v.visits.releaseReport(v.r.roundId, v.hostId, new Date().toISOString());
  if (!released) return problem(404, v.lang, { detail: NOTHING_TO_RELEASE[v.lang] });
  const { pointer, repeated } = released;
  // The host's earlier choices never carry over to text it has not seen.
  if (!repeated && before?.releasedVersion !== undefined) await forgetChangedSharing(v.visits, v.r.roundId, v.hostId, before.releasedVersion, pointer.releasedVersion!, v.callerId);
  context.log(repeated ? `report version ${pointer.version} already released` : `released report version ${pointer.version}`);
  const body: ReportReleaseBody = { version: pointer.releasedVersion!, releasedAt: pointer.releasedAt! };
  return okJson(ReportReleaseSchema, body);
}
