import type { Lang } from '../../shared/i18n/lang';
import type { VisitReportImportBody } from '../../shared/schemas/visitReportImportSchema';
import type { ApiCall } from './apiClient';
import { readBody } from './readJson';
import { VISIT_SHAPES } from './responseShapes';
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
export function createVisitFileClient(call: ApiCall): VisitFileClient {
  return {
    async visitReportForm(v, lang) {
      return (await call('GET', `${visitPath(v)}/report.xlsx?lang=${lang}`, undefined, lang, auth(v))).blob();
    },
    async importVisitReport(v, file, lang) {
      return readBody(await call('POST', `${visitPath(v)}/report/import`, file, lang, auth(v)), VISIT_SHAPES.reportImport);
    },
  };
}
