import type { Lang } from '../../shared/i18n/lang';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import type { VisitReportImportBody } from '../../shared/schemas/visitReportImportSchema';
import type { ApiCall } from './apiClient';
import type { VisitRef } from './visitClient';

/** The team's report form as a file (SYSTEM.md "The peer-learning visit", for teams without the add-in). */
export interface VisitFileClient {
  /** GET …/visits/{hostId}/report.xlsx: team, coordinator. */
  visitReportForm(v: VisitRef, lang: Lang): Promise<Blob>;
  /** POST …/visits/{hostId}/report/import: team. A 422 is thrown with its errors by sheet and cell; 412 when stale. */
  importVisitReport(v: VisitRef, file: Blob, lang: Lang): Promise<VisitReportImportBody>;
}

const visitPath = (v: VisitRef) => `rounds/${encodeURIComponent(v.roundId)}/visits/${encodeURIComponent(v.hostId)}`;
const auth = (v: VisitRef) => ({ authorization: `Bearer ${v.token}` });

/** The file routes over the client's one `call` (the same statuses, languages and errors). */
export function createVisitFileClient(call: ApiCall, invalid: (res: Response, errors: LocalizedFieldIssue[]) => Error): VisitFileClient {
  return {
    async visitReportForm(v, lang) {
      return (await call('GET', `${visitPath(v)}/report.xlsx?lang=${lang}`, undefined, lang, auth(v))).blob();
    },
    async importVisitReport(v, file, lang) {
      const res = await call('POST', `${visitPath(v)}/report/import`, file, lang, auth(v));
      const body = (await res.json()) as VisitReportImportBody & { errors?: LocalizedFieldIssue[] };
      if (res.status === 422) throw invalid(res, body.errors ?? []);
      return body;
    },
  };
}
