import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { PathMatcher, type PathMatch } from './pathMatcher';

// Checks HTTP responses against an OpenAPI 3.1 document with Ajv (JSON Schema 2020-12). It knows
// nothing of the app's zod schemas: the fetched document is the only source of truth.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, Json>;

/** A response as received: status, headers (any case) and the body bytes. */
export interface ObservedResponse {
  status: number;
  headers: Headers | Record<string, string>;
  body: Uint8Array | string;
}

export type FailureKind =
  | 'unknown-operation'
  | 'undocumented-status'
  | 'media-type'
  | 'body-not-json'
  | 'body-schema'
  | 'undocumented-header'
  | 'missing-header'
  | 'header-schema'
  | 'bad-schema';

export interface Failure {
  kind: FailureKind;
  detail: string;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

/**
 * Headers every response may carry without the document naming them: HTTP transport and the
 * platform. `content-type` is judged against the documented media types instead (OpenAPI ignores a
 * documented Content-Type header). CORS headers are the host's, present only for an allowed Origin.
 */
export const TRANSPORT_HEADERS: readonly string[] = ['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'vary'];
const TRANSPORT_PREFIXES: readonly string[] = ['access-control-'];
/**
 * The two security headers sent on every response. They are allowed without documentation ONLY while
 * the document declares no global response headers (root `x-response-headers`, alias
 * `x-global-response-headers`: name → Header Object or $ref); once it does, those declarations are
 * used instead, with their schemas and `required`. Everything else that carries meaning
 * (content-language, cache-control, etag, location, retry-after, www-authenticate, allow,
 * content-disposition, content-security-policy, …) must be documented on the response itself.
 */
export const SECURITY_HEADERS_FALLBACK: readonly string[] = ['x-content-type-options', 'referrer-policy'];
const GLOBAL_HEADER_KEYS = ['x-response-headers', 'x-global-response-headers'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const baseMediaType = (v: string) => v.split(';')[0]!.trim().toLowerCase();
const isJsonMedia = (m: string) => m === 'application/json' || m.endsWith('+json');
const ajvErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ''}`).join('; ');

export interface OperationRef {
  operationId: string;
  method: string;
  path: string;
}

export class OpenApiValidator {
  private readonly ajv: Ajv2020;
  private readonly docId = 'https://contract.test/openapi.json';
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly matcher: PathMatcher;
  private readonly globalHeaders: Map<string, { header: Obj; pointer: string }> | undefined;

  constructor(private readonly doc: Obj) {
    this.ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
    addFormats(this.ajv);
    // The whole document is one schema resource: every schema is compiled as a $ref by JSON pointer
    // into it, so `#/components/schemas/X` inside resolves against the document, as OpenAPI means.
    this.ajv.addSchema({ ...structuredClone(doc), $id: this.docId } as object);
    this.matcher = new PathMatcher(Object.keys(this.paths()));
    const declared = GLOBAL_HEADER_KEYS.map((k) => doc[k]).find(isObj);
    this.globalHeaders = declared ? this.headerMap(declared, `/${GLOBAL_HEADER_KEYS.find((k) => isObj(doc[k]))}`) : undefined;
  }

  private paths(): Obj {
    return isObj(this.doc.paths) ? this.doc.paths : {};
  }

  /** Every operation of the document. */
  operations(): OperationRef[] {
    return Object.entries(this.paths()).flatMap(([path, item]) =>
      HTTP_METHODS.filter((m) => isObj(item) && isObj(item[m])).map((m) => {
        const op = (item as Obj)[m] as Obj;
        return { operationId: typeof op.operationId === 'string' ? op.operationId : `${m.toUpperCase()} ${path}`, method: m.toUpperCase(), path };
      }),
    );
  }

  /** The raw operation object (with its JSON pointer) for a method and path template. */
  operation(method: string, path: string): { op: Obj; pointer: string } | undefined {
    const item = this.paths()[path];
    const op = isObj(item) ? item[method.toLowerCase()] : undefined;
    return isObj(op) ? { op, pointer: `/paths/${escapePointer(path)}/${method.toLowerCase()}` } : undefined;
  }

  match(pathname: string): PathMatch | undefined {
    return this.matcher.match(pathname);
  }

  /** Follows `$ref: '#/…'` (Response, Header, Parameter objects) within the document. */
  private deref(value: Json | undefined, pointer: string): { value: Obj; pointer: string } | undefined {
    let v = value;
    let p = pointer;
    for (let hops = 0; isObj(v) && typeof v.$ref === 'string' && hops < 10; hops += 1) {
      const ref = v.$ref;
      if (!ref.startsWith('#/')) return undefined;
      const keys = ref.slice(2).split('/').map((s) => unescapePointer(decodeURIComponent(s)));
      p = keys.map((k) => `/${escapePointer(k)}`).join('');
      v = keys.reduce<Json | undefined>((acc, key) => (isObj(acc) ? acc[key] : Array.isArray(acc) ? acc[Number(key)] : undefined), this.doc);
    }
    return isObj(v) ? { value: v, pointer: p } : undefined;
  }

  /** The compiled schema at `pointer`; a schema Ajv cannot compile (a dangling $ref…) is a failure of the document. */
  private validator(pointer: string): ValidateFunction | Failure {
    let fn = this.compiled.get(pointer);
    if (!fn) {
      try {
        fn = this.ajv.compile({ $ref: `${this.docId}#${pointer.split('/').map(encodeURIComponent).join('/')}` });
      } catch (err) {
        return { kind: 'bad-schema', detail: `${pointer}: ${(err as Error).message}` };
      }
      this.compiled.set(pointer, fn);
    }
    return fn;
  }

  private headerMap(headers: Obj, pointer: string): Map<string, { header: Obj; pointer: string }> {
    const out = new Map<string, { header: Obj; pointer: string }>();
    for (const [name, h] of Object.entries(headers)) {
      const r = this.deref(h, `${pointer}/${escapePointer(name)}`);
      if (r) out.set(name.toLowerCase(), { header: r.value, pointer: r.pointer });
    }
    out.delete('content-type');
    return out;
  }

  /** A header value against its schema; numbers and booleans are tried as such when the string fails. */
  private checkHeaderValue(name: string, value: string, h: { header: Obj; pointer: string }): Failure | undefined {
    // A header has a schema, or (rarely) a content map with one media type holding it.
    const viaContent = isObj(h.header.content) ? Object.entries(h.header.content).find(([, m]) => isObj(m) && isObj(m.schema)) : undefined;
    const schemaPointer = isObj(h.header.schema) ? `${h.pointer}/schema` : viaContent ? `${h.pointer}/content/${escapePointer(viaContent[0])}/schema` : undefined;
    if (!schemaPointer) return undefined;
    const fn = this.validator(schemaPointer);
    if (typeof fn !== 'function') return fn;
    if (fn(value)) return undefined;
    const firstErrors = ajvErrors(fn.errors);
    if (/^-?\d+(\.\d+)?$/.test(value) && fn(Number(value))) return undefined;
    if ((value === 'true' || value === 'false') && fn(value === 'true')) return undefined;
    return { kind: 'header-schema', detail: `${name}: ${JSON.stringify(value)} ${firstErrors}` };
  }

  /** Every way `response` departs from the document for this operation; [] when it matches. */
  check(method: string, path: string, response: ObservedResponse): Failure[] {
    const found = this.operation(method, path);
    if (!found) return [{ kind: 'unknown-operation', detail: `${method} ${path} is not in the document` }];
    const responses = isObj(found.op.responses) ? found.op.responses : {};
    const code = String(response.status);
    const key = [code, `${code[0]}XX`, `${code[0]}xx`, 'default'].find((k) => k in responses);
    if (!key) return [{ kind: 'undocumented-status', detail: `${response.status} (documented: ${Object.keys(responses).join(', ')})` }];
    const doc = this.deref(responses[key], `${found.pointer}/responses/${key}`);
    if (!doc) return [{ kind: 'undocumented-status', detail: `${response.status}: response object unresolvable` }];
    return [...this.checkContent(doc, response), ...this.checkHeaders(doc, response)];
  }

  private checkContent(doc: { value: Obj; pointer: string }, response: ObservedResponse): Failure[] {
    const headers = new Headers(response.headers as HeadersInit);
    const bytes = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : Buffer.from(response.body);
    const contentType = headers.get('content-type');
    const content = isObj(doc.value.content) ? doc.value.content : undefined;
    const media = content ? Object.keys(content) : [];
    if (media.length === 0) {
      if (bytes.byteLength > 0 || contentType) return [{ kind: 'media-type', detail: `no content documented, got ${contentType ?? 'no content type'} with ${bytes.byteLength} bytes` }];
      return [];
    }
    if (!contentType) return [{ kind: 'media-type', detail: `no Content-Type (documented: ${media.join(', ')})` }];
    const got = baseMediaType(contentType);
    const [type] = got.split('/');
    const mediaKey = media.find((m) => baseMediaType(m) === got) ?? media.find((m) => baseMediaType(m) === `${type}/*`) ?? media.find((m) => m === '*/*');
    if (!mediaKey) return [{ kind: 'media-type', detail: `${got} (documented: ${media.join(', ')})` }];
    const entry = content![mediaKey];
    if (!isJsonMedia(got) || !isObj(entry) || !isObj(entry.schema)) return []; // binary and text bodies are not JSON-validated
    let body: unknown;
    try {
      body = JSON.parse(bytes.toString('utf8'));
    } catch {
      return [{ kind: 'body-not-json', detail: `${got} body does not parse (${bytes.byteLength} bytes)` }];
    }
    const fn = this.validator(`${doc.pointer}/content/${escapePointer(mediaKey)}/schema`);
    if (typeof fn !== 'function') return [fn];
    return fn(body) ? [] : [{ kind: 'body-schema', detail: ajvErrors(fn.errors) }];
  }

  private checkHeaders(doc: { value: Obj; pointer: string }, response: ObservedResponse): Failure[] {
    const headers = new Headers(response.headers as HeadersInit);
    const documented = isObj(doc.value.headers) ? this.headerMap(doc.value.headers, `${doc.pointer}/headers`) : new Map<string, { header: Obj; pointer: string }>();
    const global = this.globalHeaders ?? new Map<string, { header: Obj; pointer: string }>();
    const failures: Failure[] = [];
    for (const [name, h] of new Map([...global, ...documented])) {
      const value = headers.get(name);
      if (value === null) {
        if (h.header.required === true) failures.push({ kind: 'missing-header', detail: name });
        continue;
      }
      const bad = this.checkHeaderValue(name, value, h);
      if (bad) failures.push(bad);
    }
    headers.forEach((_value, name) => {
      const n = name.toLowerCase();
      if (documented.has(n) || global.has(n) || TRANSPORT_HEADERS.includes(n) || TRANSPORT_PREFIXES.some((p) => n.startsWith(p))) return;
      if (!this.globalHeaders && SECURITY_HEADERS_FALLBACK.includes(n)) return;
      failures.push({ kind: 'undocumented-header', detail: n });
    });
    return failures;
  }
}
