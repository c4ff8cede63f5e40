import * as z from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiRequestBodyObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { LangSchema } from '../../shared/i18n/langSchema';
import { ProblemSchema } from '../../shared/schemas/responses/problemSchema';
import { ParticipantIdSchema, RoundIdSchema } from '../../shared/schemas/submissionSchema';
import { XLSX_TYPE } from '../xlsx/xlsxResponse';

const header = (id: string, description: string, required = true) => (required ? z.string() : z.string().optional()).meta({ description, header: { id } });

/** Response headers, each a reusable component (`#/components/headers/<id>`). */
export const HEADERS = {
  etag: header('ETag', 'The version answered (`"v<version>"` or `"r<revision>"`); send it back as If-Match to write over exactly it.'),
  etagOnceWritten: header('ETagOnceWritten', 'As ETag; absent before the first write (revision 0).', false),
  location: header('Location', 'Where what was written can be read.'),
  retryAfter: header('RetryAfter', 'Seconds to wait before trying again.'),
  retryAfterOnConflict: header('RetryAfterOnConflict', 'Present when other writes kept winning for 20 s: seconds to wait before trying again.', false),
  wwwAuthenticate: header('WWWAuthenticate', '`Bearer`, or `Bearer error="invalid_token"` for a wrong round-creation key.'),
  allow: header('Allow', 'The methods the path has.'),
  contentDisposition: header('ContentDisposition', '`attachment; filename="…"`.'),
  contentDispositionIfFile: header('ContentDispositionIfFile', '`attachment; filename="…"` on the .xlsx answer only.', false),
  cacheControl: header('CacheControl', '`no-store` on every answer to a request with credentials and on round data; public answers say how long they may be kept.'),
  cacheControlIfCredentials: header('CacheControlIfCredentials', '`no-store` when the request carried a bearer (a wrong one included).', false),
  contentSecurityPolicyIfPage: header('ContentSecurityPolicyIfPage', 'The page\'s Content-Security-Policy (no scripts), on the `.html` answer only.', false),
  contentLanguage: header('ContentLanguage', 'The language of the texts: fi, sv or en.'),
  contentLanguageIfPage: header('ContentLanguageIfPage', 'The language of the page, on the `.html` answer only.', false),
};

type HeaderMap = Record<string, z.ZodType>;
const withHeaders = (h: HeaderMap) => (Object.keys(h).length > 0 ? { headers: z.object(h) } : {});

/** A JSON answer described by its response schema. */
export const json = (description: string, schema: z.ZodType, headers: HeaderMap = {}): ZodOpenApiResponseObject => ({ description, content: { 'application/json': { schema } }, ...withHeaders(headers) });

/** A problem+json answer (every one carries Content-Language). */
export const problem = (description: string, headers: HeaderMap = {}): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
  ...withHeaders({ 'Content-Language': HEADERS.contentLanguage, ...headers }),
});

export const xlsxFile = z.string().meta({ format: 'binary', contentMediaType: XLSX_TYPE, description: 'An .xlsx workbook' });

/** An .xlsx download. */
export const xlsx = (description: string, headers: HeaderMap = {}): ZodOpenApiResponseObject => ({
  description,
  content: { [XLSX_TYPE]: { schema: xlsxFile } },
  ...withHeaders({ 'Content-Disposition': HEADERS.contentDisposition, 'Cache-Control': HEADERS.cacheControl, ...headers }),
});

export const jsonBody = (schema: z.ZodType): ZodOpenApiRequestBodyObject => ({ required: true, content: { 'application/json': { schema } } });
export const xlsxBody = (description: string): ZodOpenApiRequestBodyObject => ({
  required: true,
  description: `${description} Sent as ${XLSX_TYPE} or application/octet-stream; any other type is a 415.`,
  content: { [XLSX_TYPE]: { schema: xlsxFile }, 'application/octet-stream': { schema: xlsxFile } },
});

/** The answers every JSON body can get. */
export const invalid = (bad = 'Malformed JSON (`invalid_json`)'): ZodOpenApiResponsesObject => ({
  '400': problem(bad),
  '413': problem('Body over the route’s limit, or its texts too long to store'),
  '415': problem('Not JSON'),
  '422': problem('Field errors'),
});
export const conflict = (why: string): ZodOpenApiResponsesObject => ({ '409': problem(why, { 'Retry-After': HEADERS.retryAfterOnConflict }) });
export const RACE = 'Other writes kept winning for 20 s (Retry-After)';
/** Routes that extend the stored interview plan with newcomers may lose that write's race (rare). */
export const planRace: ZodOpenApiResponsesObject = {
  ...conflict('Other changes to the interview plan kept winning for 20 s (rare; Retry-After)'),
  '412': problem('The interview plan kept changing under this request (rare); try again'),
};
export const unavailable = (why = 'Storage unavailable'): ZodOpenApiResponsesObject => ({ '503': problem(`${why}; retry after Retry-After seconds`, { 'Retry-After': HEADERS.retryAfter }) });
const serverError: ZodOpenApiResponsesObject = { '500': problem('Unexpected error (logged, without the request body)') };

const noStore = (r: ZodOpenApiResponseObject): ZodOpenApiResponseObject => {
  const h = r.headers as z.ZodObject | undefined;
  return { ...r, headers: h ? h.extend({ 'Cache-Control': HEADERS.cacheControl }) : z.object({ 'Cache-Control': HEADERS.cacheControl }) };
};

/**
 * A route with a bearer token: 401 (WWW-Authenticate), 403 where roles differ, 404 (also a token
 * that does not open the round), 500 and 503; every answer but the 401 carries `Cache-Control: no-store`.
 */
export function withAuth(op: ZodOpenApiOperationObject, o: { forbidden?: boolean; notFound?: boolean; unauthorized?: string } = {}): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {
    ...(o.forbidden === false ? {} : { '403': problem('The token does not allow this') }),
    ...(o.notFound === false ? {} : { '404': problem('No such round, or the token does not open it') }),
    ...serverError,
    ...unavailable(),
    ...op.responses,
  };
  const shown = Object.entries(responses).map(([k, r]) => [k, noStore(r as ZodOpenApiResponseObject)] as const);
  const unauthorized = problem(o.unauthorized ?? 'No bearer token', { 'WWW-Authenticate': HEADERS.wwwAuthenticate, 'Cache-Control': HEADERS.cacheControlIfCredentials });
  const all = [...shown, ['401', unauthorized] as const].sort(([a], [b]) => a.localeCompare(b));
  return { ...op, security: [{ bearer: [] }], responses: Object.fromEntries(all) };
}

/** A public route: no credentials (`security: []`). */
export const publicOp = (op: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({ ...op, security: [], responses: { ...op.responses, ...serverError } });

const param = <T extends z.ZodType>(schema: T, id: string) => schema.meta({ param: { id } });
export const langQuery = z.object({ lang: param(LangSchema.optional().meta({ description: 'The language of the texts; else Accept-Language, else Finnish.' }), 'Lang') });
const roundId = param(RoundIdSchema, 'RoundId');
export const roundPath = z.object({ roundId });
export const participantPath = z.object({ roundId, participantId: param(ParticipantIdSchema, 'ParticipantId') });
export const hostPath = z.object({ roundId, hostId: param(ParticipantIdSchema.meta({ description: 'The host of the visit (a participant id).' }), 'HostId') });
const ifMatch = param(z.string().optional().meta({ description: 'The ETag of the version the client started from; stale → 412.' }), 'IfMatch');
export const ifMatchHeader = z.object({ 'If-Match': ifMatch });
export const writeHeaders = z.object({
  'If-Match': ifMatch,
  'Idempotency-Key': param(z.string().regex(/^[\x21-\x7e]{1,200}$/).optional().meta({ description: 'Makes a retried write recognisable; without it the content is the key. Malformed → 400.' }), 'IdempotencyKey'),
});
