/**
 * The worst workbook the import allows (every read limit reached at once, in the costliest form for
 * ExcelJS) is read on a worker thread: the API process keeps answering GET /api/health throughout
 * (expectHealthy). The API runs as `tsx scripts/serveApi.ts` (the worker from .ts through
 * tsx), storage on Azurite.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { XLSX_TYPE } from '../../functions/xlsx/xlsxResponse';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { unpackedBytes, withExtraSheet } from '../helpers/bigWorkbook';
import { makeSubmission } from '../helpers/makeSubmission';
import { startApiProcess } from '../helpers/startApiProcess';
import { packageCounts, worstAllowedWorkbook } from '../helpers/worstWorkbook';

const CREATION_KEY = 'import-isolation-creation-key-0123456789';
/** What the issue asks of a health check while an import runs. */
const HEALTH_WITHIN_MS = 100;

/**
 * Health kept answering while the import ran. The probes go one after another, so a read on the
 * request thread would hold one probe for the whole read (seconds; probes waited 360 ms and more):
 * the longest probe is what tells a blocked thread. It must stay under a third of the import's own
 * time (a second for an import shorter than three); both sides are times on the same machine in the same
 * moment, so a loaded 2-core CI machine, which may stall any process for a moment, slows them
 * alike. The median within 100 ms is a sanity check that health is answered quickly at all.
 */
function expectHealthy(latencies: number[], importMs: number): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(HEALTH_WITHIN_MS);
  expect(sorted[sorted.length - 1]).toBeLessThan(Math.max(importMs / 3, 1000));
}

let azurite: Azurite;
let api: Awaited<ReturnType<typeof startApiProcess>>;
let participant: { participantId: string; inviteToken: string };
let roundId: string;

beforeAll(async () => {
  azurite = await startAzurite();
  api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: CREATION_KEY });
  const res = await fetch(`${api.baseUrl}/rounds`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CREATION_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Raskas tuonti', participantKind: 'municipalities', participants: [{ name: 'Testikunta' }] }),
  });
  const created = await res.json();
  roundId = created.roundId;
  participant = created.participants[0];
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await azurite?.stop();
});

const importFile = (bytes: Buffer) =>
  fetch(`${api.baseUrl}/rounds/${roundId}/submissions/${participant.participantId}/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${participant.inviteToken}`, 'content-type': XLSX_TYPE, 'accept-language': 'en' },
    body: new Uint8Array(bytes),
  });

/** Probes /api/health back to back until `work` settles; the latency of each probe and what `work` gave. */
async function healthDuring<T>(work: Promise<T>): Promise<{ latencies: number[]; importMs: number; result: T }> {
  const start = performance.now();
  let done = false;
  const finished = work.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const t = performance.now();
    const res = await fetch(`${api.baseUrl}/health`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    latencies.push(performance.now() - t);
    await sleep(10);
  }
  const result = await finished;
  return { latencies, importMs: performance.now() - start, result };
}

/** The worst file every read limit allows at once (tests/helpers/worstWorkbook.ts), for this round. */
const worstAllowed = async () => worstAllowedWorkbook(await participantXlsx('fi', { submission: makeSubmission({ roundId }) }));

describe('an import does not hold up other requests', () => {
  it(`health answers (typically within ${HEALTH_WITHIN_MS} ms) while the worst allowed import is read`, async () => {
    const worst = await worstAllowed();
    const { bytes, ...counts } = await packageCounts(worst);
    expect(counts).toEqual({ sheets: 20, rows: 5000, cells: 50_000, sharedStrings: 10_000, cellFormats: 2000 });
    expect(READ_LIMITS).toMatchObject({ maxSheets: 20, maxRows: 5000, maxCells: 50_000, maxSharedStrings: 10_000, maxCellFormats: 2000 });
    // The unpacked budget is filled to within 4 KiB (and ExcelJS is given all but the theme, tables and properties).
    expect(unpackedBytes(worst)).toBeLessThanOrEqual(READ_LIMITS.zip.maxUnpackedBytes);
    expect(unpackedBytes(worst)).toBeGreaterThan(READ_LIMITS.zip.maxUnpackedBytes - 4096 - 15);
    expect(bytes).toBeGreaterThan(READ_LIMITS.zip.maxUnpackedBytes - 600 * 1024);
    await (await fetch(`${api.baseUrl}/health`)).arrayBuffer();

    const { latencies, importMs, result } = await healthDuring(importFile(worst).then(async (res) => ({ status: res.status, body: await res.json() })));
    expect([result.status, result.body.version]).toEqual([201, 1]);
    // The import took long enough for many probes; none of them waited for it.
    expect(latencies.length).toBeGreaterThanOrEqual(10);
    expectHealthy(latencies, importMs);
  }, 120_000);

  it('refuses an upload with an 80 000-row sheet with 413 while health keeps answering', async () => {
    const big = withExtraSheet(await participantXlsx('fi', { submission: makeSubmission({ roundId }) }), { rows: 80_000, cells: 240_000, textLength: 8 });
    const { latencies, importMs, result } = await healthDuring(importFile(big).then(async (res) => ({ status: res.status, body: await res.json() })));
    expect([result.status, result.body.errors.map((e: { code: string }) => e.code)]).toEqual([413, ['workbook_too_large']]);
    expectHealthy(latencies, importMs);
  }, 120_000);
});
