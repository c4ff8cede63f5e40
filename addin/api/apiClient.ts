import type { Lang } from '../../shared/i18n/lang';
import type { InLanguage } from '../../shared/i18n/pickLanguage';
import type { Recommendation } from '../../shared/recommendation/recommend';
import type { CoordinatorData, SharedModelsData } from '../../shared/layouts/coordinatorSheets';
import type { InterviewPlan } from '../../shared/rounds/planInterviews';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';
import type { Round, RoundPhase, RoundTheme } from '../../shared/schemas/roundSchema';
import type { ThemesUpdate } from '../../shared/schemas/roundRequests';
import type { RoundView, ThemesResult } from '../../shared/schemas/roundViewSchema';
import { createProgressClient, type ProgressClient } from './progressClient';
import { createResultsClient, type ResultsClient } from './resultsClient';
import { createVisitClient, type VisitClient } from './visitClient';
import { createVisitFileClient, type VisitFileClient } from './visitFileClient';

export interface NewRound {
  name: string;
  participantKind: Round['participantKind'];
  themes: RoundTheme[];
  phases: RoundPhase[];
  participants: { name: string }[];
}

export interface Invite {
  participantId: string;
  name: string;
  inviteToken: string;
}

/** GET or PUT /api/rounds/{roundId}/interview-plan. */
export type NamedInterviewPlan = InterviewPlan & { names: Record<string, string> };

/** What went wrong talking to the API, typed so the pane can say what to do next. */
export class ApiError extends Error {
  constructor(
    readonly kind: 'offline' | 'invalid' | 'unauthorized' | 'stale' | 'unavailable' | 'unexpected',
    readonly status: number,
    readonly errors: LocalizedFieldIssue[] = [],
    detail = '',
  ) {
    super(detail || kind);
    this.name = 'ApiError';
  }
}

export interface ApiClient extends VisitClient, ResultsClient, ProgressClient {
  /** POST /api/validate; `themeIds` are the round's themes (the catalogue's seven when left out). */
  validate(input: unknown, lang: Lang, themeIds?: readonly string[]): Promise<LocalizedFieldIssue[]>;
  recommend(input: unknown, lang: Lang, themeIds?: readonly string[]): Promise<InLanguage<Recommendation>>;
  submit(roundId: string, token: string, input: unknown, lang: Lang, ifMatch?: string): Promise<{ version: number; submittedAt: string; etag: string }>;
  createRound(creationKey: string, round: NewRound, lang: Lang): Promise<{ roundId: string; coordinatorKey: string; participants: Invite[] }>;
  addParticipants(roundId: string, key: string, names: string[], lang: Lang): Promise<Invite[]>;
  /** GET /submissions: the round, every participant's latest version, the summary and the plan, in one request. */
  coordinatorData(roundId: string, key: string, lang: Lang): Promise<CoordinatorData>;
  /** The plan with every participant's name by id; null when the round has fewer than three participants. */
  interviewPlan(roundId: string, key: string, lang: Lang): Promise<NamedInterviewPlan | null>;
  /** PUT /rounds/{roundId}/themes (coordinator key): the round's themes from now on; 409 when a removed theme has answers, 422 field errors. */
  updateThemes(roundId: string, key: string, body: ThemesUpdate, lang: Lang): Promise<ThemesResult>;
  recommendedModels(roundId: string, token: string, lang: Lang): Promise<SharedModelsData>;
  /** GET /rounds/{roundId} with an invite token: the round, its phases and the participant's place in the plan. */
  round(roundId: string, token: string, lang: Lang): Promise<RoundView>;
  workbookXlsx(roundId: string, key: string, lang: Lang): Promise<Blob>;
  /**
   * GET /rounds/{roundId}/template.xlsx: the participant's own template, pre-filled with the round
   * code, its name (or its latest submission) and the round's themes.
   */
  roundTemplate(roundId: string, token: string, lang: Lang): Promise<Blob>;
  /** POST …/submissions/{participantId}/import: a filled template becomes the participant's next version; a 422 is an ApiError with the errors at their cells. */
  importXlsx(roundId: string, token: string, file: Blob, lang: Lang): Promise<{ version: number; submittedAt: string }>;
}

/** The Content-Type of an .xlsx upload. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const roundPath = (roundId: string) => `rounds/${encodeURIComponent(roundId)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** `?themes=a,b` (or `&themes=…`): the round's themes for a check; nothing for the catalogue's. */
const themesQuery = (themeIds: readonly string[] | undefined, sep: '?' | '&') => (themeIds ? `${sep}themes=${themeIds.map(encodeURIComponent).join(',')}` : '');

/** The body of a 2xx answer, or the field errors of a 422 as an ApiError. */
async function invalidOr<T>(res: Response, pick: (body: unknown) => T): Promise<T> {
  const body = (await res.json()) as { errors?: LocalizedFieldIssue[] };
  if (res.status === 422) throw new ApiError('invalid', 422, body.errors ?? []);
  return pick(body);
}

/** One request to the API: 2xx and 422 come back; every other status is thrown as an ApiError. */
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
      throw new ApiError('offline', 0, [], (err as Error).message);
    }
    if (res.ok || res.status === 422) return res;
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: LocalizedFieldIssue[] };
    const kind = res.status === 400 || res.status === 409 || res.status === 413 || res.status === 415 ? 'invalid'
      : res.status === 401 || res.status === 403 || res.status === 404 ? 'unauthorized'
        : res.status === 412 ? 'stale'
          : res.status === 503 ? 'unavailable' : 'unexpected';
    throw new ApiError(kind, res.status, problem.errors ?? [], problem.detail ?? problem.title ?? String(res.status));
  }
  return {
    ...createVisitClient(call, (res) => invalidOr(res, (b) => b as never)),
    ...createVisitFileClient(call, (_res, errors) => new ApiError('invalid', 422, errors)),
    ...createResultsClient(call, (res) => invalidOr(res, (b) => b as never), baseUrl),
    ...createProgressClient(call, (res) => invalidOr(res, (b) => b as never)),
    async validate(input, lang, themeIds) {
      const res = await call('POST', `validate${themesQuery(themeIds, '?')}`, input, lang);
      return res.status === 422 ? (((await res.json()) as { errors: LocalizedFieldIssue[] }).errors) : [];
    },
    async recommend(input, lang, themeIds) {
      const res = await call('POST', `recommend?lang=${lang}${themesQuery(themeIds, '&')}`, input, lang);
      if (res.status === 422) throw new ApiError('invalid', 422, ((await res.json()) as { errors: LocalizedFieldIssue[] }).errors);
      return (await res.json()) as InLanguage<Recommendation>;
    },
    async createRound(creationKey, round, lang) {
      const res = await call('POST', 'rounds', round, lang, { authorization: `Bearer ${creationKey}` });
      return invalidOr(res, (b) => b as { roundId: string; coordinatorKey: string; participants: Invite[] });
    },
    async addParticipants(roundId, key, names, lang) {
      const res = await call('POST', `${roundPath(roundId)}/participants`, { participants: names.map((name) => ({ name })) }, lang, bearer(key));
      return invalidOr(res, (b) => (b as { participants: Invite[] }).participants);
    },
    async coordinatorData(roundId, key, lang) {
      return (await (await call('GET', `${roundPath(roundId)}/submissions`, undefined, lang, bearer(key))).json()) as CoordinatorData;
    },
    async interviewPlan(roundId, key, lang) {
      try {
        // PUT writes the plan once and afterwards answers with the stored one (teams never reshuffle).
        return (await (await call('PUT', `${roundPath(roundId)}/interview-plan`, {}, lang, bearer(key))).json()) as NamedInterviewPlan;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return null;
        throw err;
      }
    },
    async updateThemes(roundId, key, body, lang) {
      const res = await call('PUT', `${roundPath(roundId)}/themes`, body, lang, bearer(key));
      return invalidOr(res, (b) => b as ThemesResult);
    },
    async recommendedModels(roundId, token, lang) {
      return (await (await call('GET', `${roundPath(roundId)}/recommended-models`, undefined, lang, bearer(token))).json()) as SharedModelsData;
    },
    async round(roundId, token, lang) {
      return (await (await call('GET', roundPath(roundId), undefined, lang, bearer(token))).json()) as RoundView;
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
      return invalidOr(res, (b) => b as { version: number; submittedAt: string });
    },
    async submit(roundId, token, input, lang, ifMatch) {
      const participantId = token.split('.')[0] ?? '';
      const res = await call('PUT', `rounds/${encodeURIComponent(roundId)}/submissions/${encodeURIComponent(participantId)}`, input, lang, {
        authorization: `Bearer ${token}`,
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      });
      if (res.status === 422) throw new ApiError('invalid', 422, ((await res.json()) as { errors: LocalizedFieldIssue[] }).errors);
      const body = (await res.json()) as { version: number; submittedAt: string };
      return { ...body, etag: res.headers.get('etag') ?? '' };
    },
  };
}
