import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../../functions/openapi/openApiDocument';

type Json = Record<string, unknown>;
type Response = { headers?: Record<string, { $ref?: string }>; content?: Record<string, { schema: { $ref?: string } }> };
type Operation = { operationId: string; summary?: string; tags?: string[]; security?: unknown[]; parameters?: { $ref?: string }[]; requestBody?: { required?: boolean }; responses: Record<string, Response> };

const doc = openApiDocument() as unknown as { servers: unknown; tags: { name: string }[]; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Json>; headers: Record<string, Json>; parameters: Record<string, Json> } };
const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
const byId = new Map(operations.map((op) => [op.operationId, op]));
const op = (id: string) => byId.get(id)!;
const component = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')]!;

describe('OpenAPI document: lint and contract rules', () => {
  it('passes `redocly lint` with the recommended rules: 0 errors, only the known warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      let out: string;
      try {
        out = execFileSync(join(__dirname, '../../node_modules/.bin/redocly'), ['lint', file, '--format=json'], {
          encoding: 'utf8',
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch (err) {
        out = String((err as { stdout?: string }).stdout ?? '');
      }
      const report = JSON.parse(out) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; location: { pointer: string }[] }[] };
      expect(report.totals.errors).toBe(0);
      expect(report.problems.map((p) => `${p.ruleId} ${p.location[0]!.pointer}`).sort()).toEqual([
        'info-license-strict #/info/license',
        'no-unused-components #/components/responses/MethodNotAllowed',
        'operation-4xx-response #/paths/~1api~1catalog/get/responses',
        'operation-4xx-response #/paths/~1api~1health/get/responses',
        'operation-4xx-response #/paths/~1api~1openapi.json/get/responses',
        'operation-4xx-response #/paths/~1api~1template.xlsx/get/responses',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('has relative servers and declares every tag it uses', () => {
    expect(doc.servers).toEqual([{ url: '/', description: 'The function app itself (paths start with /api)' }]);
    expect(doc.tags.map((t) => t.name)).toEqual(['Service', 'Checks', 'Rounds', 'Submissions', 'Coordinator', 'Visits', 'Results', 'Public']);
    const declared = new Set(doc.tags.map((t) => t.name));
    for (const o of operations) {
      expect([o.operationId, typeof o.summary, o.tags?.length]).toEqual([o.operationId, 'string', 1]);
      expect(declared.has(o.tags![0]!)).toBe(true);
    }
  });

  it('describes every 2xx JSON body with a closed, named schema (no open object, no empty schema)', () => {
    const bodies: string[] = [];
    for (const o of operations) {
      for (const [status, r] of Object.entries(o.responses)) {
        const schema = r.content?.['application/json']?.schema;
        if (!status.startsWith('2') || !schema) continue;
        expect(schema.$ref).toMatch(/^#\/components\/schemas\//);
        const target = component(schema.$ref!);
        expect([schema.$ref, target.additionalProperties, typeof target.properties]).toEqual([schema.$ref, false, 'object']);
        bodies.push(`${o.operationId} ${status} ${schema.$ref!.slice(21)}`);
      }
    }
    expect(bodies).toHaveLength(45);
    expect(bodies).toEqual(expect.arrayContaining(['health-get 200 Health', 'catalog-get 200 Catalog', 'recommend-post 200 Recommendation', 'summary-get 200 RoundSummary', 'submissions-get 200 CoordinatorData', 'recommended-models-get 200 RecommendedModels', 'public-results-get 200 ResultsSnapshot']));
  });

  it('lets field errors carry the sheet and cell of an uploaded file', () => {
    expect(Object.keys(doc.components.schemas.FieldError!.properties as Json)).toEqual(['path', 'code', 'message', 'sheet', 'cell']);
    expect(Object.keys(doc.components.schemas.Problem!.properties as Json)).toEqual(['type', 'title', 'status', 'detail', 'errors', 'errorCount']);
  });

  it('declares the headers the handlers send on 201 answers', () => {
    const created = operations.filter((o) => o.responses['201']).map((o) => [o.operationId, Object.keys(o.responses['201']!.headers ?? {}).sort()]);
    expect(Object.fromEntries(created)).toEqual({
      'rounds-post': ['Cache-Control', 'Location'],
      'participants-post': ['Cache-Control'],
      'interview-plan-put': ['Cache-Control'],
      'submission-put': ['Cache-Control', 'ETag', 'Location'],
      'submission-import-post': ['Cache-Control', 'ETag', 'Location'],
      'visit-report-put': ['Cache-Control', 'ETag', 'Location'],
      'visit-report-import-post': ['Cache-Control', 'ETag', 'Location'],
      'results-final-post': ['Cache-Control'],
      'publication-post': ['Cache-Control'],
    });
    expect(Object.keys(doc.components.headers).sort()).toEqual(['Allow', 'CacheControl', 'CacheControlIfCredentials', 'ContentDisposition', 'ContentDispositionIfFile', 'ContentLanguage', 'ContentLanguageIfPage', 'ContentSecurityPolicyIfPage', 'ETag', 'ETagOnceWritten', 'Location', 'RetryAfter', 'RetryAfterOnConflict', 'WWWAuthenticate']);
  });

  it('marks public routes `security: []` and every other route bearer', () => {
    const open = operations.filter((o) => Array.isArray(o.security) && o.security.length === 0).map((o) => o.operationId);
    expect(open.sort()).toEqual(['catalog-get', 'health-get', 'openapi-get', 'public-results-get', 'recommend-post', 'template-get', 'validate-post']);
    for (const o of operations) if (!open.includes(o.operationId)) expect([o.operationId, o.security]).toEqual([o.operationId, [{ bearer: [] }]]);
    expect(Object.keys(op('round-get').responses['401']!.headers!)).toEqual(['Content-Language', 'WWW-Authenticate', 'Cache-Control']);
  });

  it('lists every status a route can answer, 409 and 503 included', () => {
    const statuses = (id: string) => Object.keys(op(id).responses).sort();
    expect(statuses('submission-put')).toEqual(['200', '201', '400', '401', '403', '404', '409', '412', '413', '415', '422', '500', '503']);
    expect(statuses('submission-import-post')).toEqual(['200', '201', '400', '401', '403', '404', '409', '412', '413', '415', '422', '500', '503']);
    expect(statuses('participants-post')).toEqual(['201', '400', '401', '403', '404', '409', '413', '415', '422', '500', '503']);
    expect(statuses('rounds-post')).toEqual(['201', '400', '401', '409', '413', '415', '422', '500', '503']);
    expect(statuses('validate-post')).toEqual(['200', '400', '413', '415', '422', '500']);
    expect(statuses('health-get')).toEqual(['200', '500', '503']);
    expect(statuses('public-results-get')).toEqual(['200', '404', '500', '503']);
    expect(Object.keys(op('submission-put').responses['409']!.headers!)).toEqual(['Content-Language', 'Retry-After', 'Cache-Control']);
    expect(Object.keys(op('health-get').responses['503']!.headers!)).toEqual(['Content-Language', 'Retry-After']);
  });

  it('marks request bodies required and declares the import’s If-Match and Idempotency-Key', () => {
    for (const o of operations) if (o.requestBody) expect([o.operationId, o.requestBody.required]).toEqual([o.operationId, true]);
    expect(op('submission-import-post').parameters!.map((p) => p.$ref)).toEqual(['#/components/parameters/RoundId', '#/components/parameters/ParticipantId', '#/components/parameters/IfMatch', '#/components/parameters/IdempotencyKey']);
    expect(Object.keys(op('submission-import-post').responses['201']!.content!)).toEqual(['application/json']);
    expect(op('workbook-get').responses['200']!.content).toEqual({
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'An .xlsx workbook' } },
    });
  });
});
