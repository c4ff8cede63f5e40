import type * as z from 'zod';
import type { Lang } from '../../shared/i18n/lang';
import type { InLanguage } from '../../shared/i18n/pickLanguage';
import type { Recommendation } from '../../shared/recommendation/recommend';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import type { PlanWriteResult } from '../../shared/schemas/interviewPlanSchema';
import type { CoordinatorDataSchema } from '../../shared/schemas/responses/coordinatorDataSchema';
import type { InvitationBody, RoundCreatedBody } from '../../shared/schemas/responses/invitationSchema';
import type { RecommendationSchema } from '../../shared/schemas/responses/recommendationSchema';
import type { RecommendedModelsSchema } from '../../shared/schemas/responses/recommendedModelsSchema';
import type { SubmissionVersionBody } from '../../shared/schemas/responses/storedSubmissionSchema';
import type { Round, RoundPhase, RoundTheme } from '../../shared/schemas/roundSchema';
import type { ThemesUpdate } from '../../shared/schemas/roundRequests';
import type { RoundView, ThemesResult } from '../../shared/schemas/roundViewSchema';
import { ApiError } from './apiError';
import { createProgressClient, type ProgressClient } from './progressClient';
import { fieldErrors, readBody, readJson, readProblem } from './readJson';
import { CORE_SHAPES } from './responseShapes';
import { createResultsClient, type ResultsClient } from './resultsClient';
import { createVisitClient, type VisitClient } from './visitClient';
import { createVisitFileClient, type VisitFileClient } from './visitFileClient';

export { ApiError, type ApiErrorKind } from './apiError';

export interface NewRound {
  name: string;
  participantKind: Round['participantKind'];
  themes: RoundTheme[];
  phases: RoundPhase[];
  participants: { name: string }[];
}

/** A new participant and its invite token (shown once). */
export type Invite = InvitationBody;

/** PUT /api/rounds/{roundId}/interview-plan: the stored plan with every participant's name and contact. */
export type NamedInterviewPlan = PlanWriteResult;

/** POST /api/recommend: the recommendation with every text in the language asked. */
export type RecommendationBody = z.output<typeof RecommendationSchema>;

/** GET /api/rounds/{roundId}/submissions: everything the coordinator workbook is made of. */
export type CoordinatorDataBody = z.output<typeof CoordinatorDataSchema>;

/** GET /api/rounds/{roundId}/recommended-models: the members' view of the round's models. */
export type RecommendedModelsBody = z.output<typeof RecommendedModelsSchema>;

export interface ApiClient extends VisitClient, ResultsClient, ProgressClient {
  /** POST /api/validate; `themeIds` are the round's themes (the catalogue's seven when left out). */
  validate(input: unknown, lang: Lang, themeIds?: readonly string[]): Promise<LocalizedFieldIssue[]>;
  recommend(input: unknown, lang: Lang, themeIds?: readonly string[]): Promise<InLanguage<Recommendation>>;
  submit(roundId: string, token: string, input: unknown, lang: Lang, ifMatch?: string): Promise<SubmissionVersionBody & { etag: string }>;
  createRound(creationKey: string, round: NewRound, lang: Lang): Promise<RoundCreatedBody>;
  addParticipants(roundId: string, key: string, names: string[], lang: Lang): Promise<Invite[]>;
  /** GET /submissions: the round, every participant's latest version, the summary and the plan, in one request. */
  coordinatorData(roundId: string, key: string, lang: Lang): Promise<CoordinatorDataBody>;
  /** The plan with every participant's name by id; null when the round has fewer than three participants. */
  interviewPlan(roundId: string, key: string, lang: Lang): Promise<NamedInterviewPlan | null>;
  /** PUT /rounds/{roundId}/themes (coordinator key): the round's themes from now on; 409 when a removed theme has answers, 422 field errors. */
  updateThemes(roundId: string, key: string, body: ThemesUpdate, lang: Lang): Promise<ThemesResult>;
  recommendedModels(roundId: string, token: string, lang: Lang): Promise<RecommendedModelsBody>;
  /** GET /rounds/{roundId} with an invite token: the round, its phases and the participant's place in the plan. */
  round(roundId: string, token: string, lang: Lang): Promise<RoundView>;
  workbookXlsx(roundId: string, key: string, lang: Lang): Promise<Blob>;
  /**
   * GET /rounds/{roundId}/template.xlsx: the participant's own template, pre-filled with the round
   * code, its name (or its latest submission) and the round's themes.
   */
  roundTemplate(roundId: string, token: string, lang: Lang): Promise<Blob>;
  /** POST …/submissions/{participantId}/import: a filled template becomes the participant's next version; a 422 is an ApiError with the errors at their cells. */
  importXlsx(roundId: string, token: string, file: Blob, lang: Lang): Promise<SubmissionVersionBody>;
}

/** The Content-Type of an .xlsx upload. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const roundPath = (roundId: string) => `rounds/${encodeURIComponent(roundId)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** `?themes=a,b` (or `&themes=…`): the round's themes for a check; nothing for the catalogue's. */
const themesQuery = (themeIds: readonly string[] | undefined, sep: '?' | '&') => (themeIds ? `${sep}themes=${themeIds.map(encodeURIComponent).join(',')}` : '');

/**
 * One request to the API: 2xx and 422 come back (to be read with readBody/readJson, bound to the
 * route's schema); every other status is thrown as an ApiError, with the problem's detail and field
 * errors when the body is a problem.
 */
export type ApiCall = (method: string, route: string, body: unknown, lang: Lang, headers?: Record<string, string>) => Promise<Response>;

/** A client for the Functions API at `baseUrl` (e.g. http://localhost:7071/api); answers come in the language asked. */
export function createApiClient(baseUrl: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): ApiClient & VisitFileClient {
  async function call(method: string, route: string, body: unknown, lang: Lang, headers: Record<string, string> = {}): Promise<Response> {
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}/${route}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': body instanceof Blob ? XLSX_CONTENT_TYPE : 'application/json' }), 'accept-language': lang, ...headers },
        ...(body === undefined ? {} : { body: body instanceof Blob ? body : JSON.stringify(body) }),
      });
    } catch (err) {
      throw new ApiError('offline', 0, [], err instanceof Error ? err.message : String(err));
    }
    if (res.ok || res.status === 422) return res;
    const problem = await readProblem(res);
    const kind = res.status === 400 || res.status === 409 || res.status === 413 || res.status === 415 ? 'invalid'
      : res.status === 401 || res.status === 403 || res.status === 404 ? 'unauthorized'
        : res.status === 412 ? 'stale'
          : res.status === 503 ? 'unavailable' : 'unexpected';
    throw new ApiError(kind, res.status, problem?.errors ?? [], problem?.detail ?? problem?.title ?? String(res.status));
  }
  return {
    ...createVisitClient(call),
    ...createVisitFileClient(call),
    ...createResultsClient(call, baseUrl),
    ...createProgressClient(call),
    async validate(input, lang, themeIds) {
      const res = await call('POST', `validate${themesQuery(themeIds, '?')}`, input, lang);
      if (res.status === 422) return fieldErrors(res);
      await readJson(res, CORE_SHAPES.validation);
      return [];
    },
    async recommend(input, lang, themeIds) {
      return (await readBody(await call('POST', `recommend?lang=${lang}${themesQuery(themeIds, '&')}`, input, lang), CORE_SHAPES.recommendation));
    },
    async createRound(creationKey, round, lang) {
      return readBody(await call('POST', 'rounds', round, lang, bearer(creationKey)), CORE_SHAPES.roundCreated);
    },
    async addParticipants(roundId, key, names, lang) {
      const res = await call('POST', `${roundPath(roundId)}/participants`, { participants: names.map((name) => ({ name })) }, lang, bearer(key));
      return (await readBody(res, CORE_SHAPES.participantsAdded)).participants;
    },
    async coordinatorData(roundId, key, lang) {
      return readJson(await call('GET', `${roundPath(roundId)}/submissions`, undefined, lang, bearer(key)), CORE_SHAPES.coordinatorData);
    },
    async interviewPlan(roundId, key, lang) {
      try {
        // PUT writes the plan once and afterwards answers with the stored one (teams never reshuffle).
        return await readJson(await call('PUT', `${roundPath(roundId)}/interview-plan`, {}, lang, bearer(key)), CORE_SHAPES.planWrite);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return null;
        throw err;
      }
    },
    async updateThemes(roundId, key, body, lang) {
      return readBody(await call('PUT', `${roundPath(roundId)}/themes`, body, lang, bearer(key)), CORE_SHAPES.themes);
    },
    async recommendedModels(roundId, token, lang) {
      return readJson(await call('GET', `${roundPath(roundId)}/recommended-models`, undefined, lang, bearer(token)), CORE_SHAPES.recommendedModels);
    },
    async round(roundId, token, lang) {
      return readJson(await call('GET', roundPath(roundId), undefined, lang, bearer(token)), CORE_SHAPES.roundView);
    },
    async workbookXlsx(roundId, key, lang) {
      return (await call('GET', `${roundPath(roundId)}/workbook.xlsx?lang=${lang}`, undefined, lang, bearer(key))).blob();
    },
    async roundTemplate(roundId, token, lang) {
      return (await call('GET', `${roundPath(roundId)}/template.xlsx?lang=${lang}`, undefined, lang, bearer(token))).blob();
    },
    async importXlsx(roundId, token, file, lang) {
      const participantId = token.split('.')[0] ?? '';
      const res = await call('POST', `${roundPath(roundId)}/submissions/${encodeURIComponent(participantId)}/import`, file, lang, bearer(token));
      return readBody(res, CORE_SHAPES.submissionVersion);
    },
    async submit(roundId, token, input, lang, ifMatch) {
      const participantId = token.split('.')[0] ?? '';
      const res = await call('PUT', `rounds/${encodeURIComponent(roundId)}/submissions/${encodeURIComponent(participantId)}`, input, lang, {
        ...bearer(token),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      });
      return { ...(await readBody(res, CORE_SHAPES.submissionVersion)), etag: res.headers.get('etag') ?? '' };
    },
  };
}
