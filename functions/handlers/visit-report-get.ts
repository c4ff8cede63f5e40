import { type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import type { Lang } from '../../shared/i18n/lang';
import type { SharingLevel } from '../../shared/schemas/submissionSchema';
import { VisitReportSchema, type VisitReportBody, type VisitReportDoc } from '../../shared/schemas/visitReportSchema';
import { okJson } from '../http/okJson';
import { problem } from '../http/problem';
import { sharingOf } from '../rounds/reportItems';
import { openVisit } from '../rounds/visitAccess';
import { versionEtag } from '../storage/visitRows';

const NO_REPORT: Record<Lang, string> = {
  fi: 'Palauteraporttia ei ole vielä kirjoitettu.',
  sv: 'Återkopplingsrapporten har inte skrivits ännu.',
  en: 'The feedback report has not been written yet.',
};

const NOT_RELEASED: Record<Lang, string> = {
  fi: 'Haastatteluryhmä ei ole vielä julkaissut palauteraporttia.',
  sv: 'Intervjugruppen har inte publicerat återkopplingsrapporten ännu.',
  en: 'The interview team has not released the feedback report yet.',
};

/**
 * GET /api/rounds/{roundId}/visits/{hostId}/report. Team and coordinator: the latest version (ETag
 * for the next write) with `updatedSinceRelease`. The host: the latest released version only; 404
 * before the first release, the same answer whether or not a draft exists.
 */
export async function visitReportGet(request: HttpRequest, _context: InvocationContext): Promise<HttpResponseInit> {
  const v = await openVisit(request, 'visit-report-get');
  if (!v.ok) return v.response;
  const host = v.role === 'host';
  const pointer = await v.visits.reportPointer(v.r.roundId, v.hostId);
  const shown = host ? pointer?.releasedVersion : pointer?.version;
  if (!pointer || shown === undefined) return problem(404, v.lang, { detail: host ? NOT_RELEASED[v.lang] : NO_REPORT[v.lang] });
  const [stored, sharing] = await Promise.all([
    v.visits.reportVersion<VisitReportDoc>(v.r.roundId, v.hostId, shown),
    v.visits.readDoc<Record<string, SharingLevel>>(v.r.roundId, 'sharing', v.hostId),
  ]);
  if (!stored) return problem(404, v.lang, { detail: NO_REPORT[v.lang] });
  const released = pointer.releasedVersion;
  const body: VisitReportBody = {
    hostId: v.hostId,
    version: stored.version,
    savedAt: stored.savedAt,
    savedBy: stored.savedBy,
    report: stored.report,
    release: released !== undefined ? { version: released, releasedAt: pointer.releasedAt ?? '' } : null,
    ...(host ? {} : { updatedSinceRelease: released !== undefined && pointer.version > released }),
    sharing: sharingOf(stored.report, sharing?.value),
  };
  return okJson(VisitReportSchema, body, 200, { etag: versionEtag(stored.version) });
}
