import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { odata } from '@azure/data-tables';
import { CATALOG } from '../../../shared/catalog/catalog';
import { DEFAULT_THEMES } from '../../../shared/catalog/themes';
import type { Submission } from '../../../shared/schemas/submissionSchema';
import { hashSecret } from '../../../functions/auth/secrets';
import { submissionPut } from '../../../functions/handlers/submission-put';
import { submissionsGet } from '../../../functions/handlers/submissions-get';
import { summaryGet } from '../../../functions/handlers/summary-get';
import { workbookGet } from '../../../functions/handlers/workbook-get';
import { createTableClient, roundStore } from '../../../functions/storage/createRoundStore';
import { toChunkEntities } from '../../../functions/storage/documentChunks';
import { storageRequests, type RequestCounts } from '../../../functions/storage/requestCounter';
import { startAzurite, type Azurite } from '../../../scripts/dev/azurite';
import { makeSubmission } from '../../helpers/makeSubmission';

// Storage round trips of the round-wide reads and of a PUT, counted by the SDK pipeline policy
// (requestCounter) on every Table client the app makes: they must not grow with the participants.

let azurite: Azurite;
const SECRET = 'roundtrips-secret';
const coordinator = `coordinator.${SECRET}`;
const context = () => new InvocationContext({ functionName: 'test', invocationId: 'test-invocation' });
const request = (method: string, roundId: string, route: string, token: string, extra: { participantId?: string; body?: unknown } = {}) =>
  new HttpRequest({
    url: `http://localhost:7071/api/rounds/${roundId}/${route}`,
    method,
    headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', ...(extra.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    params: { roundId, ...(extra.participantId !== undefined ? { participantId: extra.participantId } : {}) },
    ...(extra.body !== undefined ? { body: { string: JSON.stringify(extra.body) } } : {}),
  });

async function counted<T>(op: () => Promise<T>): Promise<{ result: T; counts: RequestCounts }> {
  const before = storageRequests.snapshot();
  const result = await op();
  return { result, counts: storageRequests.since(before) };
}
const kinds = (c: RequestCounts) => ({ total: c.total, ...c.byKind });

const pid = (i: number) => `p${String(i).padStart(3, '0')}`;
/** Two participants' bodies need two entities (private notes, kept in storage), three need several properties of one. */
function submissionOf(i: number): Submission {
  const notes = i < 2 ? 13_500 : i < 5 ? 2_000 : 0;
  const s = makeSubmission({ participant: { name: `Kunta ${i}`, kind: 'municipality' }, models: CATALOG.models.map((m) => ({ modelId: m.id, status: 'planned', impact: { D: 4 } })) });
  // Longer than the API takes today (the store does not check): a body as large as a stored one may be.
  return notes ? { ...s, models: s.models.map((m) => ({ ...m, notes: `${i}`.padEnd(notes, 'ä') })) } : s;
}

async function roundWith(count: number): Promise<string> {
  const roundId = `trips-${count}`;
  const participants = Array.from({ length: count }, (_, i) => ({ participantId: pid(i), name: `Kunta ${i}`, tokenHash: hashSecret(`${pid(i)}.${SECRET}`) }));
  const round = { roundId, name: 'Kierros', participantKind: 'municipalities' as const, themes: DEFAULT_THEMES.map((t) => ({ id: t.id })), phases: [], participants: [] };
  await roundStore().createRound({ round, coordinatorKeyHash: hashSecret(coordinator), createdAt: '2026-11-24T10:00:00.000Z' }, participants);
  for (let i = 0; i < count; i += 10) {
    await Promise.all(participants.slice(i, i + 10).map((p, k) => roundStore().putSubmission(roundId, p.participantId, submissionOf(i + k), { submittedAt: '2026-11-25T10:00:00.000Z', contentHash: `h${i + k}` })));
  }
  return roundId;
}

const rounds: Record<number, string> = {};
beforeAll(async () => {
  azurite = await startAzurite();
  process.env.STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.STORAGE_TABLE_NAME = 'roundtrips';
  rounds[10] = await roundWith(10);
  rounds[40] = await roundWith(40);
  // Every client's table is created once per process: warm them up before counting.
  for (const get of [submissionsGet, summaryGet, workbookGet]) await get(request('GET', rounds[10], 'x', coordinator), context());
}, 120_000);
afterAll(async () => {
  await azurite.stop();
});

describe('storage requests per operation, counted in the SDK pipeline', () => {
  it('makes bodies of two entities and of several properties', () => {
    expect([0, 2, 5].map((i) => [toChunkEntities(JSON.stringify(submissionOf(i))).length, Object.keys(toChunkEntities(JSON.stringify(submissionOf(i)))[0]!).length])).toEqual([[2, 15], [1, 3], [1, 1]]);
  });

  it.each([10, 40])('lists the latest submissions of %i participants in one query, bodies whole', async (n) => {
    const { result, counts } = await counted(() => roundStore().listLatestSubmissions(rounds[n]!));
    expect(kinds(counts)).toEqual({ total: 1, query: 1 });
    expect(result.map((s) => s.participantId)).toEqual(Array.from({ length: n }, (_, i) => pid(i)));
    expect(result.every((s, i) => JSON.stringify(s.submission) === JSON.stringify(submissionOf(i)))).toBe(true);
  });

  it.each([10, 40])('lists the latest pointers of %i participants in one query', async (n) => {
    const { result, counts } = await counted(() => roundStore().listLatestPointers(rounds[n]!));
    expect(kinds(counts)).toEqual({ total: 1, query: 1 });
    expect([result.length, result[0]]).toEqual([n, { participantId: 'p000', version: 1, submittedAt: '2026-11-25T10:00:00.000Z', etag: '"v1"' }]);
  });

  it.each([
    ['submissions', submissionsGet, { total: 4, point: 2, query: 2 }],
    ['summary', summaryGet, { total: 6, point: 1, query: 5 }],
    ['workbook.xlsx', workbookGet, { total: 4, point: 2, query: 2 }],
  ] as const)('GET %s: the same requests for 10 and 40 participants', async (route, handler, expected) => {
    const at = async (n: number) => {
      const { result, counts } = await counted(() => handler(request('GET', rounds[n]!, route, coordinator), context()) as Promise<HttpResponseInit>);
      expect(result.status).toBe(200);
      return kinds(counts);
    };
    expect([await at(10), await at(40)]).toEqual([expected, expected]);
  });

  it('PUT a submission: two point reads to authorize, one of the pointer, one transaction', async () => {
    const body = { ...makeSubmission({ participant: { name: 'Kunta 7', kind: 'municipality' } }), roundId: undefined, participantId: undefined };
    const { result, counts } = await counted(() => submissionPut(request('PUT', rounds[40]!, `submissions/${pid(7)}`, `${pid(7)}.${SECRET}`, { participantId: pid(7), body }), context()));
    expect([result.status, kinds(counts)]).toEqual([201, { total: 4, point: 3, batch: 1 }]);
  });

  it('reads the latest submission alone in one point read when it fits the pointer row', async () => {
    const { result, counts } = await counted(() => roundStore().getSubmission(rounds[10]!, pid(3)));
    expect([result?.version, result?.submission.participant.name, kinds(counts)]).toEqual([1, 'Kunta 3', { total: 1, point: 1 }]);
  });
});

describe('pointer rows without a body (written before bodies were kept on them)', () => {
  const client = () => createTableClient(process.env, 'test');
  const latestRows = async (roundId: string) => {
    const keys: string[] = [];
    const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${'latest|'} and RowKey lt ${'latest|~'}`;
    for await (const e of client().listEntities({ queryOptions: { filter, select: ['RowKey'] } })) keys.push(e.rowKey!);
    return keys;
  };
  /** Turns a participant's pointer into one as it was written before: version, time and recent writes only. */
  const makeOld = async (roundId: string, participantId: string) => {
    const t = client();
    const e = await t.getEntity<{ version: number; submittedAt: string; recent: string; parts: number }>(roundId, `latest|${participantId}`);
    for (let part = 1; part < e.parts; part += 1) await t.deleteEntity(roundId, `latest|${participantId}|${String(part).padStart(3, '0')}`);
    await t.updateEntity({ partitionKey: roundId, rowKey: `latest|${participantId}`, version: e.version, submittedAt: e.submittedAt, recent: e.recent }, 'Replace');
  };

  it('keeps the continuation row of a two-entity body beside its pointer, and removes it when the body shrinks', async () => {
    const roundId = await roundWith(3);
    expect(await latestRows(roundId)).toEqual(['latest|p000', 'latest|p000|001', 'latest|p001', 'latest|p001|001', 'latest|p002']);
    await roundStore().putSubmission(roundId, 'p000', submissionOf(9), { submittedAt: '2026-11-26T10:00:00.000Z', contentHash: 'small' });
    expect(await latestRows(roundId)).toEqual(['latest|p000', 'latest|p001', 'latest|p001|001', 'latest|p002']);
    expect((await roundStore().listLatestSubmissions(roundId)).map((s) => [s.participantId, s.version, s.submission.participant.name])).toEqual([['p000', 2, 'Kunta 9'], ['p001', 1, 'Kunta 1'], ['p002', 1, 'Kunta 2']]);
  });

  it('reads their versions as before, one query each, and a new version puts the body on the pointer', async () => {
    const roundId = rounds[40]!.replace('40', 'old');
    await roundStore().createRound({ round: { roundId, name: 'Vanha', participantKind: 'municipalities', themes: [{ id: 'procurement' }], phases: [], participants: [] }, coordinatorKeyHash: 'h', createdAt: 't' }, []);
    await roundStore().addParticipants(roundId, [0, 1, 2, 3, 4].map((i) => ({ participantId: pid(i), name: `Kunta ${i}`, tokenHash: 'h' })));
    for (const i of [0, 1, 2, 3, 4]) await roundStore().putSubmission(roundId, pid(i), submissionOf(i), { submittedAt: '2026-11-25T10:00:00.000Z', contentHash: `h${i}` });
    for (const i of [0, 2, 4]) await makeOld(roundId, pid(i));
    expect(await latestRows(roundId)).toEqual(['latest|p000', 'latest|p001', 'latest|p001|001', 'latest|p002', 'latest|p003', 'latest|p004']);

    const old = await counted(() => roundStore().listLatestSubmissions(roundId));
    expect(kinds(old.counts)).toEqual({ total: 4, query: 4 });
    expect(old.result.every((s, i) => s.version === 1 && JSON.stringify(s.submission) === JSON.stringify(submissionOf(i)))).toBe(true);
    const latest = await counted(() => roundStore().getSubmission(roundId, pid(2)));
    expect([latest.result?.submission.participant.name, kinds(latest.counts)]).toEqual(['Kunta 2', { total: 2, point: 1, query: 1 }]);
    expect((await roundStore().listLatestPointers(roundId)).map((p) => [p.participantId, p.version])).toEqual([0, 1, 2, 3, 4].map((i) => [pid(i), 1]));

    // A retry is still recognised from the old pointer's recent writes; a new write moves it to a body.
    expect(await roundStore().putSubmission(roundId, pid(0), submissionOf(0), { submittedAt: 'later', contentHash: 'h0' })).toMatchObject({ version: 1, repeated: true });
    await roundStore().putSubmission(roundId, pid(0), submissionOf(5), { submittedAt: '2026-11-26T10:00:00.000Z', contentHash: 'new', ifMatch: '"v1"' });
    const after = await counted(() => roundStore().listLatestSubmissions(roundId));
    expect(kinds(after.counts)).toEqual({ total: 3, query: 3 });
    expect(after.result.map((s) => [s.participantId, s.version, s.submission.participant.name])).toEqual([[pid(0), 2, 'Kunta 5'], ...[1, 2, 3, 4].map((i) => [pid(i), 1, `Kunta ${i}`])]);
  });
});
