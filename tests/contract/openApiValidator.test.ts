import { OpenApiValidator, type Json, type ObservedResponse } from './openApiValidator';
import { PathMatcher } from './pathMatcher';

// The validator's teeth, on a tiny hand-written document: each kind of departure is caught, and a
// response that keeps the contract passes.
const doc = {
  openapi: '3.1.0',
  info: { title: 'tiny', version: '1' },
  paths: {
    '/api/things/{id}': {
      get: {
        operationId: 'thing-get',
        responses: {
          '200': {
            description: 'A thing',
            headers: {
              ETag: { required: true, schema: { type: 'string', pattern: '^"v\\d+"$' } },
              'Cache-Control': { schema: { type: 'string', const: 'no-store' } },
            },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
      delete: { operationId: 'thing-delete', responses: { '204': { description: 'Gone' } } },
    },
    '/api/things/{id}/file.xlsx': {
      get: { operationId: 'thing-file', responses: { '200': { description: 'File', content: { 'application/vnd.ms-excel': { schema: { type: 'string', format: 'binary' } } } } } },
    },
    '/api/retry': {
      get: { operationId: 'retry-get', responses: { '503': { description: 'Later', headers: { 'Retry-After': { required: true, schema: { type: 'integer', minimum: 1 } } } } } },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', required: ['id', 'count'], additionalProperties: false, properties: { id: { type: 'string' }, count: { type: 'integer' }, at: { type: 'string', format: 'date-time' } } },
      Problem: { type: 'object', required: ['status'], properties: { status: { type: 'integer' } } },
    },
    responses: { NotFound: { description: 'None', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
  },
} as const;

const v = new OpenApiValidator(doc as unknown as Record<string, Json>);
const transport = { date: 'Tue, 01 Dec 2026 08:00:00 GMT', connection: 'keep-alive', 'content-length': '20', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
const thing = (over: Partial<ObservedResponse> & { extra?: Record<string, string> } = {}): ObservedResponse => ({
  status: 200,
  headers: { ...transport, 'content-type': 'application/json; charset=utf-8', etag: '"v3"', ...over.extra },
  body: JSON.stringify({ id: 'a', count: 2, at: '2026-12-01T08:00:00.000Z' }),
  ...over,
});
const kinds = (method: string, path: string, r: ObservedResponse) => v.check(method, path, r).map((f) => `${f.kind}: ${f.detail}`);

describe('OpenApiValidator', () => {
  it('passes a response that keeps the contract (refs through components, charset ignored, transport headers allowed)', () => {
    expect(kinds('GET', '/api/things/{id}', thing({ extra: { 'cache-control': 'no-store' } }))).toEqual([]);
    expect(kinds('GET', '/api/things/{id}', { status: 404, headers: { 'content-type': 'application/problem+json' }, body: '{"status":404}' })).toEqual([]);
    expect(kinds('DELETE', '/api/things/{id}', { status: 204, headers: transport, body: '' })).toEqual([]);
    expect(kinds('GET', '/api/retry', { status: 503, headers: { 'retry-after': '5' }, body: '' })).toEqual([]);
  });

  it('fails an undocumented status and an unknown operation', () => {
    expect(kinds('GET', '/api/things/{id}', { ...thing(), status: 409 })).toEqual(['undocumented-status: 409 (documented: 200, 404)']);
    expect(kinds('PUT', '/api/things/{id}', thing())).toEqual(['unknown-operation: PUT /api/things/{id} is not in the document']);
  });

  it('fails an undocumented header, and the meaningful ones are not allow-listed', () => {
    expect(kinds('GET', '/api/things/{id}', thing({ extra: { 'x-powered-by': 'me', 'content-language': 'fi' } }))).toEqual(['undocumented-header: content-language', 'undocumented-header: x-powered-by']);
    expect(kinds('DELETE', '/api/things/{id}', { status: 204, headers: { 'cache-control': 'no-store' }, body: '' })).toEqual(['undocumented-header: cache-control']);
  });

  it('fails a missing required header and a header against its schema', () => {
    const noEtag = thing();
    delete (noEtag.headers as Record<string, string>).etag;
    expect(kinds('GET', '/api/things/{id}', noEtag)).toEqual(['missing-header: etag']);
    expect(kinds('GET', '/api/things/{id}', thing({ extra: { etag: 'W/"x"' } }))).toEqual([expect.stringMatching(/^header-schema: etag: "W\/\\"x\\"" \/ must match pattern/)]);
    expect(kinds('GET', '/api/retry', { status: 503, headers: { 'retry-after': '0' }, body: '' })).toEqual([expect.stringMatching(/^header-schema: retry-after: "0" \/ must be (integer|>= 1)/)]);
  });

  it('fails a wrong body type, an extra property and a bad format, with the instance path', () => {
    expect(kinds('GET', '/api/things/{id}', thing({ body: JSON.stringify({ id: 'a', count: '2' }) }))).toEqual(['body-schema: /count must be integer']);
    expect(kinds('GET', '/api/things/{id}', thing({ body: JSON.stringify({ id: 'a', count: 2, at: 'yesterday', x: 1 }) }))).toEqual(['body-schema: / must NOT have additional properties (x); /at must match format "date-time"']);
    expect(kinds('GET', '/api/things/{id}', thing({ body: '{"id":' }))).toEqual([expect.stringMatching(/^body-not-json: /)]);
  });

  it('fails an undocumented media type and a body where none is documented; binary bodies are not parsed', () => {
    expect(kinds('GET', '/api/things/{id}', thing({ extra: { 'content-type': 'text/html' } }))).toEqual(['media-type: text/html (documented: application/json)']);
    expect(kinds('DELETE', '/api/things/{id}', { status: 204, headers: { 'content-type': 'application/json' }, body: '{}' })).toEqual([expect.stringMatching(/^media-type: no content documented/)]);
    expect(kinds('GET', '/api/things/{id}/file.xlsx', { status: 200, headers: { 'content-type': 'application/vnd.ms-excel' }, body: new Uint8Array([0x50, 0x4b, 3, 4]) })).toEqual([]);
  });

  it('uses the document’s global response headers instead of the security-header allow-list when declared', () => {
    const withGlobal = new OpenApiValidator({ ...(doc as unknown as Record<string, Json>), 'x-response-headers': { 'X-Content-Type-Options': { required: true, schema: { const: 'nosniff' } } } });
    const base = { status: 204, body: '' };
    expect(withGlobal.check('DELETE', '/api/things/{id}', { ...base, headers: { 'x-content-type-options': 'nosniff' } })).toEqual([]);
    expect(withGlobal.check('DELETE', '/api/things/{id}', { ...base, headers: { 'referrer-policy': 'no-referrer' } }).map((f) => f.kind)).toEqual(['missing-header', 'undocumented-header']);
  });

  it('reports a schema the document cannot resolve instead of throwing', () => {
    const broken = new OpenApiValidator({ ...(doc as unknown as Record<string, Json>), paths: { '/x': { get: { operationId: 'x', responses: { '200': { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } } } } } });
    expect(broken.check('GET', '/x', { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }).map((f) => f.kind)).toEqual(['bad-schema']);
  });

  it('lists the operations', () => {
    expect(v.operations().map((o) => o.operationId)).toEqual(['thing-get', 'thing-delete', 'thing-file', 'retry-get']);
  });
});

describe('PathMatcher', () => {
  const m = new PathMatcher(['/api/rounds/{roundId}', '/api/rounds/{roundId}/template.xlsx', '/api/rounds/{roundId}/{file}', '/api/public/{id}', '/api/public/{id}.html', '/api/rounds']);
  it.each([
    ['/api/rounds', '/api/rounds', {}],
    ['/api/rounds/r1', '/api/rounds/{roundId}', { roundId: 'r1' }],
    ['/api/rounds/r1/template.xlsx', '/api/rounds/{roundId}/template.xlsx', { roundId: 'r1' }],
    ['/api/rounds/r1/other', '/api/rounds/{roundId}/{file}', { roundId: 'r1', file: 'other' }],
    ['/api/public/abc.html', '/api/public/{id}.html', { id: 'abc' }],
    ['/api/public/a%20b', '/api/public/{id}', { id: 'a b' }],
  ])('%s → %s', (path, template, params) => {
    expect(m.match(path)).toEqual({ template, params });
  });
  it('matches nothing else', () => {
    expect([m.match('/api/nope'), m.match('/api/rounds/r1/a/b')]).toEqual([undefined, undefined]);
  });
});
