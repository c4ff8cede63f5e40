/**
 * The worst workbook the import allows (every read limit reached at once) is read on a worker
 * thread: the API process keeps answering GET /api/health within 100 ms the whole time. The API
 * runs as `tsx scripts/serveApi.ts` (the worker from .ts through tsx), storage on Azurite.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { workbookPackage } from '../../functions/xlsx/workbookPackage';
import { unzipWithinLimits } from '../../functions/xlsx/zipGuard';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { XLSX_TYPE } from '../../functions/xlsx/xlsxResponse';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { unpackedBytes, withExtraSheet } from '../helpers/bigWorkbook';
import { makeSubmission } from '../helpers/makeSubmission';
import { startApiProcess } from '../helpers/startApiProcess';

const CREATION_KEY = 'import-isolation-creation-key-0123456789';
/** What the issue asks of a health check while an import runs. */
const HEALTH_WITHIN_MS = 100;

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
async function healthDuring<T>(work: Promise<T>): Promise<{ latencies: number[]; result: T }> {
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
  return { latencies, result };
}

/** A filled template plus a sheet that brings sheets, rows, cells and unpacked bytes to their limits. */
async function worstAllowed(): Promise<Buffer> {
  const base = await participantXlsx('fi', { submission: makeSubmission({ roundId }) });
  const unzipped = unzipWithinLimits(base);
  const pkg = unzipped.ok ? await workbookPackage(unzipped.entries, new Set(), READ_LIMITS) : undefined;
  if (!pkg?.ok) throw new Error('template not read');
  const extra = {
    sheets: READ_LIMITS.maxSheets - pkg.counts.sheets,
    rows: READ_LIMITS.maxRows - pkg.counts.rows,
    cells: READ_LIMITS.maxCells - pkg.counts.cells,
    textLength: 8,
  };
  const spare = READ_LIMITS.zip.maxUnpackedBytes - unpackedBytes(withExtraSheet(base, extra));
  return withExtraSheet(base, { ...extra, textLength: 8 + Math.floor(spare / extra.cells) });
}

describe('an import does not hold up other requests', () => {
  it(`health answers within ${HEALTH_WITHIN_MS} ms while the worst allowed import is read`, async () => {
    const worst = await worstAllowed();
    const unzipped = unzipWithinLimits(worst);
    const pkg = unzipped.ok ? await workbookPackage(unzipped.entries, new Set(), READ_LIMITS) : unzipped;
    expect(pkg.ok && pkg.counts).toEqual({ sheets: READ_LIMITS.maxSheets, rows: READ_LIMITS.maxRows, cells: READ_LIMITS.maxCells });
    expect(unpackedBytes(worst)).toBeLessThanOrEqual(READ_LIMITS.zip.maxUnpackedBytes);
    expect(unpackedBytes(worst)).toBeGreaterThan(READ_LIMITS.zip.maxUnpackedBytes - READ_LIMITS.maxCells);
    await (await fetch(`${api.baseUrl}/health`)).arrayBuffer();

    const { latencies, result } = await healthDuring(importFile(worst).then(async (res) => ({ status: res.status, body: await res.json() })));
    expect([result.status, result.body.version]).toEqual([201, 1]);
    // The import took long enough for many probes; none of them waited for it.
    expect(latencies.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_WITHIN_MS);
  }, 120_000);

  it('refuses an upload with an 80 000-row sheet with 413 while health keeps answering', async () => {
    const big = withExtraSheet(await participantXlsx('fi', { submission: makeSubmission({ roundId }) }), { rows: 80_000, cells: 240_000, textLength: 8 });
    const { latencies, result } = await healthDuring(importFile(big).then(async (res) => ({ status: res.status, body: await res.json() })));
    expect([result.status, result.body.errors.map((e: { code: string }) => e.code)]).toEqual([413, ['workbook_too_large']]);
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_WITHIN_MS);
  }, 120_000);
});
