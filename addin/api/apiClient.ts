import type { Lang } from '../../shared/i18n/lang';
import type { InLanguage } from '../../shared/i18n/pickLanguage';
import type { Recommendation } from '../../shared/recommendation/recommend';
import type { LocalizedFieldIssue } from '../../shared/schemas/fieldIssue';

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

export interface ApiClient {
  validate(input: unknown, lang: Lang): Promise<LocalizedFieldIssue[]>;
  recommend(input: unknown, lang: Lang): Promise<InLanguage<Recommendation>>;
  submit(roundId: string, token: string, input: unknown, lang: Lang, ifMatch?: string): Promise<{ version: number; submittedAt: string; etag: string }>;
}

/** A client for the Functions API at `baseUrl` (e.g. http://localhost:7071/api); answers come in the language asked. */
export function createApiClient(baseUrl: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): ApiClient {
  async function call(method: string, route: string, body: unknown, lang: Lang, headers: Record<string, string> = {}): Promise<Response> {
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}/${route}`, {
        method,
        headers: { 'content-type': 'application/json', 'accept-language': lang, ...headers },
        body: JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiError('offline', 0, [], (err as Error).message);
    }
    if (res.ok || res.status === 422) return res;
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: LocalizedFieldIssue[] };
    const kind = res.status === 400 || res.status === 413 || res.status === 415 ? 'invalid'
      : res.status === 401 || res.status === 403 || res.status === 404 ? 'unauthorized'
        : res.status === 412 ? 'stale'
          : res.status === 503 ? 'unavailable' : 'unexpected';
    throw new ApiError(kind, res.status, problem.errors ?? [], problem.detail ?? problem.title ?? String(res.status));
  }
  return {
    async validate(input, lang) {
      const res = await call('POST', 'validate', input, lang);
      return res.status === 422 ? (((await res.json()) as { errors: LocalizedFieldIssue[] }).errors) : [];
    },
    async recommend(input, lang) {
      const res = await call('POST', `recommend?lang=${lang}`, input, lang);
      if (res.status === 422) throw new ApiError('invalid', 422, ((await res.json()) as { errors: LocalizedFieldIssue[] }).errors);
      return (await res.json()) as InLanguage<Recommendation>;
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
