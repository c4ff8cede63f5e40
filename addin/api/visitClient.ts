import type { Lang } from '../../shared/i18n/lang';
import type { VisitDetailsBody, VisitDetailsInput } from '../../shared/schemas/visitDetailsSchema';
import type { VisitQuestionsBody, VisitQuestionsInput } from '../../shared/schemas/visitQuestionsSchema';
import type { ReportReleaseBody, VisitReportBody, VisitReportInput, VisitReportWriteBody } from '../../shared/schemas/visitReportSchema';
import type { TeamSelfAssessmentBody } from '../../shared/schemas/visitSelfAssessmentSchema';
import type { ReportSharingBody, ReportSharingInput } from '../../shared/schemas/visitSharingSchema';
import type { ApiCall } from './apiClient';
import type { BodyShape } from './bodyShape';
import { orNull } from './orNull';
import { readBody } from './readJson';
import { VISIT_SHAPES as S } from './responseShapes';

/** Who asks and about which host's visit: the round, the caller's invite token, the host. */
export interface VisitRef {
  roundId: string;
  token: string;
  hostId: string;
}

/** A document with the ETag the server gave it (`"r2"`, `"v3"`): the If-Match of the next write. */
export interface Tagged<T> {
  body: T;
  etag: string;
}

/**
 * The peer-learning visit's routes (SYSTEM.md "The peer-learning visit", issue 11). A 422 is an
 * ApiError 'invalid' with its field errors, a 412 an ApiError 'stale'. The reads that answer 404
 * while something is not there yet (no submission, questions not sent, report not written or not
 * released) give null instead.
 */
export interface VisitClient {
  /** GET …/visits/{hostId}: host, team, coordinator. */
  visitDetails(v: VisitRef, lang: Lang): Promise<Tagged<VisitDetailsBody>>;
  /** PUT …/visits/{hostId}: host, coordinator; the whole details replaced. */
  putVisitDetails(v: VisitRef, input: VisitDetailsInput, lang: Lang, ifMatch?: string): Promise<Tagged<VisitDetailsBody>>;
  /** GET …/self-assessment: team; null before the host has submitted. */
  visitSelfAssessment(v: VisitRef, lang: Lang): Promise<TeamSelfAssessmentBody | null>;
  /** GET …/questions: team; the host only once sent (null before). */
  visitQuestions(v: VisitRef, lang: Lang): Promise<VisitQuestionsBody | null>;
  /** PUT …/questions: team; `sent: true` shows them to the host. */
  putVisitQuestions(v: VisitRef, input: VisitQuestionsInput, lang: Lang): Promise<VisitQuestionsBody>;
  /** GET …/report: team the latest version, the host the released one; null when there is none. */
  visitReport(v: VisitRef, lang: Lang): Promise<Tagged<VisitReportBody> | null>;
  /** PUT …/report: team; a new version. `ifMatch` is the ETag of the version edited (412 when stale). */
  putVisitReport(v: VisitRef, input: VisitReportInput, lang: Lang, ifMatch?: string): Promise<Tagged<VisitReportWriteBody>>;
  /** POST …/report/release: team, coordinator; idempotent. */
  releaseVisitReport(v: VisitRef, lang: Lang): Promise<ReportReleaseBody>;
  /** PUT …/report/sharing: host; item id → level. */
  putReportSharing(v: VisitRef, input: ReportSharingInput, lang: Lang): Promise<ReportSharingBody>;
}

const visitPath = (v: VisitRef) => `rounds/${encodeURIComponent(v.roundId)}/visits/${encodeURIComponent(v.hostId)}`;
const auth = (v: VisitRef, ifMatch?: string) => ({ authorization: `Bearer ${v.token}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) });

/**
 * The visit routes over `call` (apiClient's request function); every body is read as its route's
 * schema describes it, a 422 becomes the ApiError with its field errors.
 */
export function createVisitClient(call: ApiCall): VisitClient {
  const tagged = async <T>(res: Response, shape: BodyShape<T>): Promise<Tagged<T>> => {
    const body = await readBody(res, shape);
    return { body, etag: res.headers.get('etag') ?? '' };
  };
  return {
    async visitDetails(v, lang) {
      return tagged(await call('GET', visitPath(v), undefined, lang, auth(v)), S.details);
    },
    async putVisitDetails(v, input, lang, ifMatch) {
      return tagged(await call('PUT', visitPath(v), input, lang, auth(v, ifMatch)), S.details);
    },
    visitSelfAssessment: (v, lang) => orNull(async () => readBody(await call('GET', `${visitPath(v)}/self-assessment`, undefined, lang, auth(v)), S.selfAssessment)),
    visitQuestions: (v, lang) => orNull(async () => readBody(await call('GET', `${visitPath(v)}/questions`, undefined, lang, auth(v)), S.questions)),
    async putVisitQuestions(v, input, lang) {
      return readBody(await call('PUT', `${visitPath(v)}/questions`, input, lang, auth(v)), S.questions);
    },
    visitReport: (v, lang) => orNull(async () => tagged(await call('GET', `${visitPath(v)}/report`, undefined, lang, auth(v)), S.report)),
    async putVisitReport(v, input, lang, ifMatch) {
      return tagged(await call('PUT', `${visitPath(v)}/report`, input, lang, auth(v, ifMatch)), S.reportWrite);
    },
    async releaseVisitReport(v, lang) {
      return readBody(await call('POST', `${visitPath(v)}/report/release`, undefined, lang, auth(v)), S.release);
    },
    async putReportSharing(v, input, lang) {
      return readBody(await call('PUT', `${visitPath(v)}/report/sharing`, input, lang, auth(v)), S.sharing);
    },
  };
}
