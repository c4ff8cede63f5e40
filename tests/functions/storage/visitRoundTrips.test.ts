import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { odata } from '@azure/data-tables';
import { DEFAULT_THEMES } from '../../../shared/catalog/themes';
import { planInterviews } from '../../../shared/rounds/planInterviews';
import type { VisitReportDoc } from '../../../shared/schemas/visitReportSchema';
import { hashSecret } from '../../../functions/auth/secrets';
import { submissionsGet } from '../../../functions/handlers/submissions-get';
import { summaryGet } from '../../../functions/handlers/summary-get';
import { visitsGet } from '../../../functions/handlers/visits-get';
import { readVisitRecords } from '../../../functions/rounds/visitRecords';
import { createTableClient, roundStore } from '../../../functions/storage/createRoundStore';
import { visitStore } from '../../../functions/storage/createVisitStore';
import { toChunkEntities } from '../../../functions/storage/documentChunks';
import { storageRequests, type RequestCounts } from '../../../functions/storage/requestCounter';
import { startAzurite, type Azurite } from '../../../scripts/dev/azurite';

// Storage round trips of the round-wide visit reads (readVisitRecords, and the routes over it),
// counted by the SDK pipeline policy (requestCounter): every host's latest report is kept on its
// pointer row and the released one on its release rows, so the reads do not grow with the hosts.

let azurite: Azurite;
const SECRET = 'visittrips-secret';
const coordinator = `coordinator.${SECRET}`;
const context = () => new InvocationContext({ functionName: 'test', invocationId: 'test-invocation' });
const request = (roundId: string, route: string) =>
  new HttpRequest({ url: `http://localhost:7071/api/rounds/${roundId}/${route}`, method: 'GET', headers: { authorization: `Bearer ${coordinator}`, 'accept-language': 'en' }, params: { roundId } });

async function counted<T>(op: () => Promise<T>): Promise<{ result: T; counts: RequestCounts }> {
  const before = storageRequests.snapshot();
  const result = await op();
  return { result, counts: storageRequests.since(before) };
}
const kinds = (c: RequestCounts) => ({ total: c.total, ...c.byKind });

const hid = (i: number) => `h${String(i).padStart(2, '0')}`;
/** Hosts 0 and 1 write reports of two entities (continuation rows); the others fit the pointer row. */
function reportOf(i: number, version: number): VisitReportDoc {
  const item = (kind: string) => ({ id: `${kind}${i}v${version}`, text: `${kind === 's' ? 'Vahvuus' : 'Kehityskohde'} ${i}.${version} – ä😀` });
  return {
    themes: [{ themeId: 'procurement', strengths: [item('s')], developmentAreas: [item('d')] }],
    summary: i < 2 ? `Yhteenveto ${i}.${version} `.padEnd(460_000, 'ä') : `Yhteenveto ${i}.${version}`,
    feedbackNotes: '',
  };
}
/** Host i: i % 3 = 0 released v1 (current), 1 released v1 and a newer v2, 2 a draft v1 only. */
const shape = (i: number) => (['released', 'newer', 'draft'] as const)[i % 3]!;

async function writeReports(roundId: string, i: number): Promise<void> {
  const host = hid(i);
  await visitStore().writeReport(roundId, host, reportOf(i, 1), { savedAt: '2027-03-01T10:00:00.000Z', savedBy: 'team' });
  if (shape(i) === 'draft') return;
  await visitStore().releaseReport(roundId, host, '2027-03-02T10:00:00.000Z');
  await visitStore().writeDoc(roundId, 'sharing', host, { next: () => ({ [`s${i}v1`]: 'summary' }), updatedAt: '2027-03-03T10:00:00.000Z', updatedBy: host });
  if (shape(i) === 'newer') await visitStore().writeReport(roundId, host, reportOf(i, 2), { savedAt: '2027-03-04T10:00:00.000Z', savedBy: 'team', ifMatch: '"v1"' });
}

async function roundWith(count: number, name = `visits-${count}`): Promise<string> {
  const roundId = name;
  const ids = Array.from({ length: count }, (_, i) => hid(i));
  const round = { roundId, name: 'Kierros', participantKind: 'municipalities' as const, themes: DEFAULT_THEMES.map((t) => ({ id: t.id })), phases: [], participants: [] };
  await roundStore().createRound({ round, coordinatorKeyHash: hashSecret(coordinator), createdAt: '2027-01-10T10:00:00.000Z' }, ids.map((id) => ({ participantId: id, name: `Kunta ${id}`, tokenHash: hashSecret(`${id}.${SECRET}`) })));
  const plan = planInterviews(ids);
  if (!plan.ok) throw new Error('no plan');
  await roundStore().putPlan(roundId, plan.value);
  for (let i = 0; i < count; i += 6) await Promise.all(ids.slice(i, i + 6).map((_, k) => writeReports(roundId, i + k)));
  return roundId;
}

/** What each host's latest and released texts must be. */
const expectedTexts = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const latest = reportOf(i, shape(i) === 'newer' ? 2 : 1);
    return [hid(i), latest, shape(i) === 'draft' ? null : reportOf(i, 1)];
  });
const textsOf = (records: Awaited<ReturnType<typeof readVisitRecords>>) => records.map((r) => [r.hostId, r.latest, r.released]);

const client = () => createTableClient(process.env, 'test');
async function rowKeys(roundId: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  const filter = odata`PartitionKey eq ${roundId} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`;
  for await (const e of client().listEntities({ queryOptions: { filter, select: ['RowKey'] } })) keys.push(e.rowKey!);
  return keys;
}

const rounds: Record<number, string> = {};
beforeAll(async () => {
  azurite = await startAzurite();
  process.env.STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.STORAGE_TABLE_NAME = 'visittrips';
  rounds[6] = await roundWith(6);
  rounds[12] = await roundWith(12);
  // Every client's table is created once per process: warm them up before counting.
  for (const get of [submissionsGet, summaryGet, visitsGet]) await get(request(rounds[6], 'x'), context());
}, 180_000);
afterAll(async () => {
  await azurite.stop();
});

describe('visit reports: storage requests of the round-wide reads, counted in the SDK pipeline', () => {
  it('makes the reports of hosts 0 and 1 two entities, the others one', () => {
    expect([0, 1, 2].map((i) => toChunkEntities(JSON.stringify(reportOf(i, 1))).length)).toEqual([2, 2, 1]);
  });

  it('keeps the latest body on the pointer row and the released body on the release rows, continuation rows beside them', async () => {
    expect(await rowKeys(rounds[6]!, 'reportptr|')).toEqual(['reportptr|h00', 'reportptr|h00|001', 'reportptr|h01', 'reportptr|h01|001', 'reportptr|h02', 'reportptr|h03', 'reportptr|h04', 'reportptr|h05']);
    expect(await rowKeys(rounds[6]!, 'reportrel|')).toEqual(['reportrel|h00', 'reportrel|h00|001', 'reportrel|h01', 'reportrel|h01|001', 'reportrel|h03', 'reportrel|h04']);
  });

  it.each([6, 12])('coordinator: every latest and released report of %i hosts in four queries (details, questions, sharing, pointer and release rows), bodies whole', async (n) => {
    const { result, counts } = await counted(() => readVisitRecords(visitStore(), rounds[n]!, 'coordinator'));
    expect(kinds(counts)).toEqual({ total: 4, query: 4 });
    expect(textsOf(result)).toEqual(expectedTexts(n));
    expect(result.filter((r) => r.released !== null && r.released === r.latest).map((r) => r.hostId)).toEqual(expectedTexts(n).filter((_, i) => shape(i) === 'released').map(([h]) => h));
  });

  it.each([6, 12])('released (members): the released reports of %i hosts in three queries (sharing, pointer fields, release rows), no draft read', async (n) => {
    const { result, counts } = await counted(() => readVisitRecords(visitStore(), rounds[n]!, 'released'));
    expect(kinds(counts)).toEqual({ total: 3, query: 3 });
    expect(textsOf(result)).toEqual(expectedTexts(n).map(([h, , released]) => [h, null, released]));
  });

  it.each([6, 12])('lists the pointers of %i hosts in one query, continuation rows left out', async (n) => {
    const { result, counts } = await counted(() => visitStore().listReportPointers(rounds[n]!));
    expect(kinds(counts)).toEqual({ total: 1, query: 1 });
    expect(result.map((p) => [p.hostId, p.version, p.releasedVersion ?? null])).toEqual(Array.from({ length: n }, (_, i) => [hid(i), shape(i) === 'newer' ? 2 : 1, shape(i) === 'draft' ? null : 1]));
  });

  // submissions: round and plan, participants and latest submissions, the four queries above; summary:
  // round, latest submissions, participants, responses, the three queries above; visits: round and plan,
  // participants (twice: the plan is extended with newcomers), details, questions, sharing, pointers.
  it.each([
    ['submissions', submissionsGet, { total: 8, point: 2, query: 6 }],
    ['summary', summaryGet, { total: 7, point: 1, query: 6 }],
    ['visits', visitsGet, { total: 8, point: 2, query: 6 }],
  ] as const)('GET %s: the same requests for 6 and 12 hosts', async (route, handler, expected) => {
    const at = async (n: number) => {
      const { result, counts } = await counted(() => handler(request(rounds[n]!, route), context()) as Promise<HttpResponseInit>);
      expect(result.status).toBe(200);
      return kinds(counts);
    };
    expect([await at(6), await at(12)]).toEqual([expected, expected]);
  });
});

describe('visit reports: writes keep the body beside the pointer in the same transaction', () => {
  it('a write: one point read and one transaction; a release: one point read (and the version rows when the body spans entities) and one transaction', async () => {
    const roundId = rounds[12]!;
    const write = await counted(() => visitStore().writeReport(roundId, hid(5), reportOf(5, 2), { savedAt: '2027-03-05T10:00:00.000Z', savedBy: 'team', ifMatch: '"v1"' }));
    expect([write.result.version, kinds(write.counts)]).toEqual([2, { total: 2, point: 1, batch: 1 }]);
    const small = await counted(() => visitStore().releaseReport(roundId, hid(5), '2027-03-06T10:00:00.000Z'));
    expect([small.result?.pointer.releasedVersion, kinds(small.counts)]).toEqual([2, { total: 2, point: 1, batch: 1 }]);
    const large = await counted(() => visitStore().releaseReport(roundId, hid(1), '2027-03-06T10:00:00.000Z'));
    expect([large.result?.pointer.releasedVersion, kinds(large.counts)]).toEqual([2, { total: 3, point: 1, query: 1, batch: 1 }]);
    const again = await counted(() => visitStore().releaseReport(roundId, hid(1), '2027-03-07T10:00:00.000Z'));
    expect([again.result?.repeated, again.result?.pointer.releasedAt, kinds(again.counts)]).toEqual([true, '2027-03-06T10:00:00.000Z', { total: 1, point: 1 }]);
    const records = await readVisitRecords(visitStore(), roundId, 'coordinator');
    expect(records.filter((r) => [hid(1), hid(5)].includes(r.hostId)).map((r) => [r.hostId, r.latest, r.released === r.latest])).toEqual([[hid(1), reportOf(1, 2), true], [hid(5), reportOf(5, 2), true]]);
  });

  it('a smaller body removes the continuation rows the larger one needed, on the pointer and on release', async () => {
    const roundId = await roundWith(3, 'visits-shrink');
    expect(await rowKeys(roundId, 'reportptr|h00')).toEqual(['reportptr|h00', 'reportptr|h00|001']);
    await visitStore().writeReport(roundId, hid(0), reportOf(4, 2), { savedAt: '2027-03-05T10:00:00.000Z', savedBy: 'team', ifMatch: '"v1"' });
    expect(await rowKeys(roundId, 'reportptr|h00')).toEqual(['reportptr|h00']);
    expect(await rowKeys(roundId, 'reportrel|h00')).toEqual(['reportrel|h00', 'reportrel|h00|001']);
    await visitStore().releaseReport(roundId, hid(0), '2027-03-06T10:00:00.000Z');
    expect(await rowKeys(roundId, 'reportrel|h00')).toEqual(['reportrel|h00']);
    const records = await readVisitRecords(visitStore(), roundId, 'coordinator');
    expect(records.map((r) => [r.hostId, r.report?.version, r.report?.releasedVersion, r.latest, r.released === r.latest])).toEqual([
      [hid(0), 2, 2, reportOf(4, 2), true],
      [hid(1), 2, 1, reportOf(1, 2), false],
      [hid(2), 1, undefined, reportOf(2, 1), false],
    ]);
  });
});

describe('visit reports: pointer rows without a body (written before bodies were kept on them)', () => {
  /** Turns a host's rows into what was written before: a pointer of fields only, no release rows. */
  async function makeOld(roundId: string, hostId: string): Promise<void> {
    const t = client();
    const e = await t.getEntity<{ version: number; savedAt: string; savedBy: string; releasedVersion?: number; releasedAt?: string }>(roundId, `reportptr|${hostId}`);
    for (const key of [...(await rowKeys(roundId, `reportptr|${hostId}|`)), ...(await rowKeys(roundId, `reportrel|${hostId}`))]) await t.deleteEntity(roundId, key);
    const released = typeof e.releasedVersion === 'number' ? { releasedVersion: e.releasedVersion, releasedAt: e.releasedAt } : {};
    await t.updateEntity({ partitionKey: roundId, rowKey: `reportptr|${hostId}`, version: e.version, savedAt: e.savedAt, savedBy: e.savedBy, ...released }, 'Replace');
  }

  it('reads their versions as before, one query each, and a new write or release puts the bodies back', async () => {
    const roundId = await roundWith(6, 'visits-old');
    for (const i of [0, 1, 2]) await makeOld(roundId, hid(i));
    expect([await rowKeys(roundId, 'reportptr|'), await rowKeys(roundId, 'reportrel|')]).toEqual([
      ['reportptr|h00', 'reportptr|h01', 'reportptr|h02', 'reportptr|h03', 'reportptr|h04', 'reportptr|h05'],
      ['reportrel|h03', 'reportrel|h04'],
    ]);

    // h00: latest (also released), h01: latest and released, h02: latest.
    const old = await counted(() => readVisitRecords(visitStore(), roundId, 'coordinator'));
    expect([kinds(old.counts), textsOf(old.result)]).toEqual([{ total: 8, query: 8 }, expectedTexts(6)]);
    expect(old.result[0]!.released).toBe(old.result[0]!.latest);
    // h00 and h01: their released versions.
    const members = await counted(() => readVisitRecords(visitStore(), roundId, 'released'));
    expect([kinds(members.counts), textsOf(members.result)]).toEqual([{ total: 5, query: 5 }, expectedTexts(6).map(([h, , released]) => [h, null, released])]);

    // A write puts h02's body on its pointer; releasing h01's newer version puts it on the release rows too.
    await visitStore().writeReport(roundId, hid(2), reportOf(2, 2), { savedAt: '2027-03-05T10:00:00.000Z', savedBy: 'team', ifMatch: '"v1"' });
    await visitStore().releaseReport(roundId, hid(1), '2027-03-06T10:00:00.000Z');
    expect([await rowKeys(roundId, 'reportrel|'), (await visitStore().listReportPointers(roundId)).length]).toEqual([['reportrel|h01', 'reportrel|h01|001', 'reportrel|h03', 'reportrel|h04'], 6]);
    const after = await counted(() => readVisitRecords(visitStore(), roundId, 'coordinator'));
    expect(kinds(after.counts)).toEqual({ total: 6, query: 6 });
    expect(textsOf(after.result).slice(0, 3)).toEqual([[hid(0), reportOf(0, 1), reportOf(0, 1)], [hid(1), reportOf(1, 2), reportOf(1, 2)], [hid(2), reportOf(2, 2), null]]);
  });
});
