import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { startApiProcess } from '../helpers/startApiProcess';
import { ContractRecorder } from './contractRecorder';
import type { FlowContext } from './flowContext';
import { progressFlow } from './flowProgress';
import { outageFlow, probesFlow } from './flowProbes';
import { resultsFlow } from './flowResults';
import { roundsFlow } from './flowRounds';
import { visitsFlow } from './flowVisits';
import { OpenApiValidator, type Json } from './openApiValidator';

// The API against its own published contract: the document is fetched from the running local stack
// (Azurite + the local host), a whole flow calls every operation and provokes the error statuses,
// and every answer's status, media type, body and headers are checked with Ajv (JSON Schema 2020-12)
// against the document alone, never the app's zod schemas. Every verdict is kept; the test fails
// listing all of them. test-output/contract.json holds the figure and the lists.
jest.setTimeout(300_000);

const CREATION_KEY = 'contract-creation-key-0123456789abcdef';
let azurite: Azurite;
let api: Awaited<ReturnType<typeof startApiProcess>>;
let doc: Record<string, Json>;
let ctx: FlowContext;

beforeAll(async () => {
  azurite = await startAzurite();
  api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: CREATION_KEY });
  const res = await fetch(`${api.baseUrl}/openapi.json`);
  doc = (await res.json()) as Record<string, Json>;
  ctx = { rec: new ContractRecorder(api.baseUrl, new OpenApiValidator(doc)), creationKey: CREATION_KEY };
  await ctx.rec.call('the document itself', 'GET', 'openapi.json', { expect: 200 });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await azurite?.stop();
});

/** Failures grouped by kind and what failed (header name, status, operation for bodies). */
function grouped(failures: ReturnType<ContractRecorder['summary']>['failures']) {
  const groups = new Map<string, { count: number; operations: Set<string> }>();
  for (const f of failures) {
    const what = f.kind === 'undocumented-header' || f.kind === 'missing-header' ? f.reason : f.kind === 'header-schema' ? f.reason.split(':')[0]! : f.kind === 'undocumented-status' ? String(f.status) : f.kind === 'media-type' ? f.reason.replace(/ \(documented.*$/, '').replace(/with \d+ bytes/, '') : '';
    const key = `${f.kind}${what ? ` ${what}` : ''}`;
    const g = groups.get(key) ?? { count: 0, operations: new Set<string>() };
    g.count += 1;
    g.operations.add(`${f.operationId} ${f.status}`);
    groups.set(key, g);
  }
  return [...groups].sort((a, b) => b[1].count - a[1].count).map(([key, g]) => ({ reason: key, count: g.count, operations: [...g.operations].sort() }));
}

describe('the API keeps its OpenAPI contract', () => {
  it('rounds, participants, submissions, imports, themes, plan, files and summary', async () => {
    await roundsFlow(ctx);
  });

  it('the peer-learning visit', async () => {
    await visitsFlow(ctx);
  });

  it('results review, finals and publication', async () => {
    await resultsFlow(ctx);
  });

  it('progress over rounds', async () => {
    await progressFlow(ctx);
  });

  it('the shared error statuses of every operation', async () => {
    await probesFlow(ctx, doc);
  });

  it('a storage outage', async () => {
    await outageFlow(ctx, () => azurite.stop());
  });

  it('every answer matched the document, and every operation was exercised', () => {
    const { matched, total, failures, unexpected } = ctx.rec.summary();
    const coverage = ctx.rec.coverage();
    const groups = grouped(failures);
    const out = path.resolve(__dirname, '../../test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'contract.json'), `${JSON.stringify({ matched, total, groups, failures, unexpected, coverage, records: ctx.rec.records }, null, 2)}\n`);
    console.log(
      [
        `contract: ${matched}/${total} responses match`,
        ...groups.map((g) => `  ${g.count}× ${g.reason} — ${g.operations.slice(0, 8).join(', ')}${g.operations.length > 8 ? `, … (${g.operations.length})` : ''}`),
        `unexpected statuses (the flow did not provoke what it meant to): ${unexpected.length}`,
        ...unexpected.map((u) => `  ${u.operationId} [${u.label}] ${u.reason}`),
        `documented statuses never provoked: ${coverage.documentedNotProvoked.join(', ') || 'none'}`,
      ].join('\n'),
    );
    expect(coverage.notCalled).toEqual([]);
    expect(coverage.noSuccess).toEqual([]);
    expect(unexpected.map((u) => `${u.operationId} [${u.label}] ${u.reason}`)).toEqual([]);
    // One line per departure: operation, status, what failed, and the flow step that got the answer.
    expect(failures.map((f) => `${f.operationId} ${f.status} ${f.kind}: ${f.reason} [${f.label}]`)).toEqual([]);
  });
});
