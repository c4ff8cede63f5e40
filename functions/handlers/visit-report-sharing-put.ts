import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import type { VisitReportDoc } from '../../shared/schemas/visitReportSchema';
import { ReportSharingSchema, ReportSharingInputSchema, type ReportSharingBody } from '../../shared/schemas/visitSharingSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { readBody } from '../http/readBody';
import { reportItemIds, sharingOf } from '../rounds/reportItems';
import { openVisit } from '../rounds/visitAccess';
import { unknownItemIssues } from '../rounds/visitIssues';

const NOT_RELEASED: Record<Lang, string> = {
  fi: 'Palauteraporttia ei ole vielä julkaistu, joten sen jakamista ei voi vielä valita.',
  sv: 'Återkopplingsrapporten har inte publicerats ännu, så dess delning kan inte väljas ännu.',
  en: 'The feedback report has not been released yet, so its sharing cannot be chosen yet.',
};

/**
 * PUT /api/rounds/{roundId}/visits/{hostId}/report/sharing (host): the level of items of the released
 * report (`team` / `summary` / `named`; `team` unless chosen). Items not named keep their level; an id
 * the released report does not have is a 422 naming it.
 */
export async function visitReportSharingPut(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-report-sharing-put');
  if (!v.ok) return v.response;
  const input = await readBody(request, ReportSharingInputSchema, v.lang);
  if (!input.ok) return input.response;
  const pointer = await v.visits.reportPointer(v.r.roundId, v.hostId);
  const version = pointer?.releasedVersion;
  const stored = version !== undefined ? await v.visits.reportVersion<VisitReportDoc>(v.r.roundId, v.hostId, version) : undefined;
  if (version === undefined || !stored) return problem(404, v.lang, { detail: NOT_RELEASED[v.lang] });
  const known = new Set(reportItemIds(stored.report));
  const unknown = Object.keys(input.value.items).filter((id) => !known.has(id));
  if (unknown.length > 0) return problem(422, v.lang, { localizedErrors: unknownItemIssues(unknown, version, v.lang) });
  const d = await v.visits.writeDoc<Record<string, SharingLevel>>(v.r.roundId, 'sharing', v.hostId, {
    next: (cur) => ({ ...cur?.value, ...input.value.items }),
    updatedAt: new Date().toISOString(),
    updatedBy: v.callerId,
  });
  const body: ReportSharingBody = { hostId: v.hostId, version, sharing: sharingOf(stored.report, d.value), updatedAt: d.updatedAt };
  return okJson(ReportSharingSchema, body);
}
