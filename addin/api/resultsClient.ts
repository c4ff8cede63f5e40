import type { Lang } from '../../shared/i18n/lang';
import type { PreviewBody, PublishedAt, ResponseBody, ResponseInput, ResponseListBody, ReviewState } from '../../shared/schemas/resultsReviewSchema';
import type { FinalResultBody, PublicationBody, ResultsSnapshot } from '../../shared/schemas/resultsSnapshotSchema';
import type { ApiCall } from './apiClient';
import { orNull } from './orNull';
import { readBody } from './readJson';
import { RESULTS_SHAPES as S } from './responseShapes';

/** The links people open: the page (`.html`) and the workbook (`.xlsx`). */
export interface PublicLinks { pageUrl: string; xlsxUrl: string }

/** A publication with its links. */
export type Publication = PublicationBody & PublicLinks;

/** The coordinator's responses, with the links of the publication while there is one. */
export type ResponseList = Omit<ResponseListBody, 'publication'> & { publication: (PublishedAt & PublicLinks) | null };

/**
 * The results review and sharing routes (SYSTEM.md "The peer-learning visit", steps 4–5). The
 * participant's calls carry its invite token, the coordinator's the coordinator key. A 422 is an
 * ApiError 'invalid' with its field errors; reads that answer 404 while there is nothing yet (no
 * review open, no final version) give null.
 */
export interface ResultsClient {
  /** POST …/results/review (coordinator): opens or reopens the review. */
  openReview(roundId: string, key: string, deadline: string, lang: Lang): Promise<ReviewState>;
  /** GET …/results/preview (participant): its own part as the summary shows it; null while no review is open. */
  resultsPreview(roundId: string, token: string, lang: Lang): Promise<PreviewBody | null>;
  /** PUT …/results/responses/{participantId} (that participant). */
  putResultsResponse(roundId: string, token: string, input: ResponseInput, lang: Lang): Promise<ResponseBody>;
  /** GET …/results/responses (coordinator): the responses, the review and where the summary is published. */
  resultsResponses(roundId: string, key: string, lang: Lang): Promise<ResponseList>;
  /** POST …/results/final (coordinator): freezes a new version. */
  finaliseResults(roundId: string, key: string, lang: Lang): Promise<FinalResultBody>;
  /** GET …/results (members, coordinator): the latest final summary; null before one exists. */
  finalResults(roundId: string, tokenOrKey: string, lang: Lang): Promise<ResultsSnapshot | null>;
  /** POST …/publication (coordinator). */
  publishResults(roundId: string, key: string, lang: Lang): Promise<Publication>;
  /** DELETE …/publication (coordinator). */
  withdrawResults(roundId: string, key: string, lang: Lang): Promise<void>;
}

const resultsPath = (roundId: string) => `rounds/${encodeURIComponent(roundId)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * An absolute link to a path the API gave (`/api/public/results/<id>`): on the API's origin, which
 * is the base's (`http://localhost:7071/api`), or the page's when the base is relative.
 */
export function publicUrl(baseUrl: string, path: string): string {
  const origin = /^https?:\/\//i.test(baseUrl) ? new URL(baseUrl).origin : globalThis.location?.origin ?? '';
  return `${origin}${path}`;
}

/** `p` with its page and workbook links. */
function withLinks<P extends { path: string }>(baseUrl: string, p: P): P & PublicLinks {
  const url = publicUrl(baseUrl, p.path);
  return { ...p, pageUrl: `${url}.html`, xlsxUrl: `${url}.xlsx` };
}

/** The results routes over `call`; every body is read as its route's schema describes it, a 422 becomes the ApiError with its field errors. */
export function createResultsClient(call: ApiCall, baseUrl: string): ResultsClient {
  return {
    async openReview(roundId, key, deadline, lang) {
      return readBody(await call('POST', `${resultsPath(roundId)}/results/review`, { deadline }, lang, bearer(key)), S.review);
    },
    resultsPreview: (roundId, token, lang) => orNull(async () => readBody(await call('GET', `${resultsPath(roundId)}/results/preview`, undefined, lang, bearer(token)), S.preview)),
    async putResultsResponse(roundId, token, input, lang) {
      const participantId = token.split('.')[0] ?? '';
      return readBody(await call('PUT', `${resultsPath(roundId)}/results/responses/${encodeURIComponent(participantId)}`, input, lang, bearer(token)), S.response);
    },
    async resultsResponses(roundId, key, lang) {
      const body = await readBody(await call('GET', `${resultsPath(roundId)}/results/responses`, undefined, lang, bearer(key)), S.responses);
      return { ...body, publication: body.publication ? withLinks(baseUrl, body.publication) : null };
    },
    async finaliseResults(roundId, key, lang) {
      return readBody(await call('POST', `${resultsPath(roundId)}/results/final`, undefined, lang, bearer(key)), S.final);
    },
    finalResults: (roundId, tokenOrKey, lang) => orNull(async () => readBody(await call('GET', `${resultsPath(roundId)}/results`, undefined, lang, bearer(tokenOrKey)), S.snapshot)),
    async publishResults(roundId, key, lang) {
      return withLinks(baseUrl, await readBody(await call('POST', `${resultsPath(roundId)}/publication`, undefined, lang, bearer(key)), S.publication));
    },
    async withdrawResults(roundId, key, lang) {
      await call('DELETE', `${resultsPath(roundId)}/publication`, undefined, lang, bearer(key));
    },
  };
}
