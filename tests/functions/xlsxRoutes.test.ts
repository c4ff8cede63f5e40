import { withoutPrivateNotes } from '../../shared/rounds/privateNotes';
/**
 * The three file routes as handlers on a real Azurite: GET /api/template.xlsx, GET
 * /api/rounds/{roundId}/workbook.xlsx (coordinator) and POST …/submissions/{participantId}/import
 * (the participant's invite token, an .xlsx body).
 */
import { HttpRequest, InvocationContext, type HttpHandler, type HttpResponseInit } from '@azure/functions';
import ExcelJS from 'exceljs';
import { roundsPost } from '../../functions/handlers/rounds-post';
import { submissionGet } from '../../functions/handlers/submission-get';
import { submissionImportPost } from '../../functions/handlers/submission-import-post';
import { MAX_XLSX_BYTES } from '../../functions/http/bodyLimits';
import { templateGet } from '../../functions/handlers/template-get';
import { workbookGet } from '../../functions/handlers/workbook-get';
import { withErrors } from '../../functions/http/withErrors';
import { READERS } from '../../functions/xlsx/readXlsxOffThread';
import { READ_LIMITS } from '../../functions/xlsx/workbookLimits';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { XLSX_TYPE } from '../../functions/xlsx/xlsxResponse';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { a1 } from '../../shared/layouts/a1';
import { REPORT_TABLES } from '../../shared/layouts/reportTables';
import { modelColumn, modelRow } from '../../shared/layouts/modelsLayout';
import type { Submission } from '../../shared/schemas/submissionSchema';
import { PROFILE_FIELDS, PROFILE_SHEET, profileRow } from '../../shared/layouts/profileLayout';
import { loadFixtures, loadWorkbook, zipEntries } from '../files/xlsxTestData';
import { withExtraSheet } from '../helpers/bigWorkbook';
import { editWithOpenpyxl } from '../helpers/openpyxl';

const CREATION_KEY = 'test-creation-key-xlsx-routes-0123456789';
const fixtures = loadFixtures();

let azurite: Azurite;
const saved = { conn: process.env.STORAGE_CONNECTION_STRING, key: process.env.ROUND_CREATION_KEY, table: process.env.STORAGE_TABLE_NAME };

beforeAll(async () => {
  azurite = await startAzurite();
  // The handlers create their store from the environment on first use.
  process.env.STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.STORAGE_TABLE_NAME = 'xlsxroutes';
  process.env.ROUND_CREATION_KEY = CREATION_KEY;
}, 60_000);
afterAll(async () => {
  await azurite.stop();
  for (const [k, v] of [['STORAGE_CONNECTION_STRING', saved.conn], ['ROUND_CREATION_KEY', saved.key], ['STORAGE_TABLE_NAME', saved.table]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const context = () => new InvocationContext({ functionName: 'test', invocationId: 'test-invocation', logHandler: () => undefined });
const URL_BASE = 'http://localhost:7071/api';

async function call(handler: HttpHandler, init: { method: string; route: string; token?: string; headers?: Record<string, string>; params?: Record<string, string>; body?: Buffer | string }): Promise<HttpResponseInit & { headers: Record<string, string> }> {
  const headers: Record<string, string> = { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers };
  const body = init.body === undefined ? {} : typeof init.body === 'string' ? { body: { string: init.body } } : { body: { bytes: new Uint8Array(init.body) } };
  const req = new HttpRequest({ url: `${URL_BASE}/${init.route}`, method: init.method, headers, params: init.params ?? {}, ...body });
  const res = await withErrors(handler)(req, context()) as HttpResponseInit;
  return { ...res, headers: (res.headers ?? {}) as Record<string, string> };
}
const json = (res: HttpResponseInit) => JSON.parse(String(res.body));
const bytesOf = (res: HttpResponseInit) => {
  expect(Buffer.isBuffer(res.body) || res.body instanceof Uint8Array).toBe(true);
  return Buffer.from(res.body as Uint8Array);
};

interface Created { roundId: string; coordinatorKey: string; participants: { participantId: string; name: string; inviteToken: string }[] }

/** Names in an order that is neither alphabetical nor reversed; one in lower case, one starting with Ä (after Z in Finnish). Neither submits. */
const NOT_SUBMITTING = ['aallon kunta', 'Ähtärin kaupunki'];
const NAMES = [fixtures[4]!, fixtures[0]!, fixtures[2]!, fixtures[5]!, fixtures[1]!, fixtures[3]!].map((f) => f.submission.participant.name);
NAMES.splice(3, 0, NOT_SUBMITTING[0]!);
NAMES.splice(1, 0, NOT_SUBMITTING[1]!);

async function createRound(): Promise<Created> {
  const res = await call(roundsPost, { method: 'POST', route: 'rounds', token: CREATION_KEY, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'KETS syksy 2026', participantKind: 'mixed', participants: NAMES.map((name) => ({ name })) }) });
  expect(res.status).toBe(201);
  return json(res) as Created;
}

/** A fixture as its participant would fill the template for this round. */
const forRound = (s: Submission, roundId: string): Submission => {
  const { participantId: _drop, ...rest } = s;
  return { ...rest, roundId };
};
const filled = (s: Submission, lang: 'fi' | 'sv' | 'en' = 'fi') => participantXlsx(lang, { submission: s });

let round: Created;
const byName = (name: string) => round.participants.find((p) => p.name === name)!;

beforeAll(async () => {
  round = await createRound();
});

describe('GET /api/template.xlsx', () => {
  it.each([
    ['fi', { route: 'template.xlsx?lang=fi' }, ['Profiili', 'Toimintamallit', 'Itsearviointi']],
    ['sv', { route: 'template.xlsx', headers: { 'accept-language': 'sv-FI,sv;q=0.9' } }, ['Profil', 'Verksamhetsmodeller', 'Självvärdering']],
    ['en', { route: 'template.xlsx?lang=en', headers: { 'accept-language': 'fi' } }, ['Profile', 'Operating models', 'Self-assessment']],
  ] as const)('serves the template in %s', async (lang, req, sheets) => {
    const res = await call(templateGet, { method: 'GET', ...req });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="ilmastoyhteistyo-${lang}.xlsx"`);
    expect(res.headers['content-language']).toBe(lang);
    const bytes = bytesOf(res);
    expect(res.headers['content-length']).toBe(String(bytes.byteLength));
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
  });

  it('serves the same bytes for the same language at any time (a cacheable, reproducible file)', async () => {
    // Only the clock is faked, so the zip writers' timers and zlib's callbacks still run.
    jest.useFakeTimers({ doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      jest.setSystemTime(new Date('2026-03-01T10:00:00Z'));
      const a = bytesOf(await call(templateGet, { method: 'GET', route: 'template.xlsx?lang=fi' }));
      jest.setSystemTime(new Date('2026-11-30T23:59:59Z'));
      const b = bytesOf(await call(templateGet, { method: 'GET', route: 'template.xlsx?lang=fi' }));
      expect(a.equals(b)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('POST …/submissions/{participantId}/import', () => {
  const importRoute = (pid: string) => `rounds/${round.roundId}/submissions/${pid}/import`;
  const importCall = (pid: string, token: string | undefined, body: Buffer, headers: Record<string, string> = { 'content-type': XLSX_TYPE }) =>
    call(submissionImportPost, { method: 'POST', route: importRoute(pid), token, headers, params: { roundId: round.roundId, participantId: pid }, body });
  const getSubmission = (pid: string, token: string, version?: number) =>
    call(submissionGet, { method: 'GET', route: `rounds/${round.roundId}/submissions/${pid}${version ? `?version=${version}` : ''}`, token, params: { roundId: round.roundId, participantId: pid } });

  it('stores a filled template as the participant’s next version; If-Match is honoured', async () => {
    const f = fixtures[3]!;
    const p = byName(f.submission.participant.name);
    // Stored as sent, except the private model notes, which never leave the participant's workbook.
    const expected = withoutPrivateNotes({ ...forRound(f.submission, round.roundId), participantId: p.participantId });

    const first = await importCall(p.participantId, p.inviteToken, await filled(forRound(f.submission, round.roundId)));
    expect([first.status, json(first).version, first.headers.etag]).toEqual([201, 1, '"v1"']);
    expect(first.headers.location).toBe(`/api/rounds/${round.roundId}/submissions/${p.participantId}?version=1`);
    const stored = await getSubmission(p.participantId, p.inviteToken);
    expect([stored.status, json(stored).version, json(stored).submission]).toEqual([200, 1, expected]);

    // A Swedish file with application/octet-stream is the same import.
    const second = await importCall(p.participantId, p.inviteToken, await filled(forRound(f.submission, round.roundId), 'sv'), { 'content-type': 'application/octet-stream', 'if-match': '"v1"' });
    expect([second.status, json(second).version]).toEqual([201, 2]);
    // The same file again is a retry of version 2 (its answer was lost): nothing new is stored.
    const retried = await importCall(p.participantId, p.inviteToken, await filled(forRound(f.submission, round.roundId), 'sv'), { 'content-type': XLSX_TYPE, 'if-match': '"v1"' });
    expect([retried.status, json(retried).version]).toEqual([200, 2]);
    const edited = { ...forRound(f.submission, round.roundId), participant: { ...f.submission.participant, name: 'Toinen muokkaus' } };
    const stale = await importCall(p.participantId, p.inviteToken, await filled(edited), { 'content-type': XLSX_TYPE, 'if-match': '"v1"' });
    expect(stale.status).toBe(412);
    expect(json(await getSubmission(p.participantId, p.inviteToken)).version).toBe(2);
    expect(json(await getSubmission(p.participantId, p.inviteToken, 2)).submission).toEqual(expected);
  });

  it('takes a file without a round code, and one with a content-type parameter', async () => {
    const f = fixtures[0]!;
    const p = byName(f.submission.participant.name);
    const { roundId: _r, participantId: _p, ...noIds } = f.submission;
    const res = await importCall(p.participantId, p.inviteToken, await filled(noIds), { 'content-type': `${XLSX_TYPE}; charset=binary` });
    expect([res.status, json(res).version]).toEqual([201, 1]);
    expect(json(await getSubmission(p.participantId, round.coordinatorKey)).submission).toEqual(withoutPrivateNotes({ ...noIds, roundId: round.roundId, participantId: p.participantId }));
  });

  it('refuses another participant’s token (403), the coordinator’s (403), no token (401) and a wrong token (404)', async () => {
    const target = byName(fixtures[1]!.submission.participant.name);
    const other = byName(fixtures[2]!.submission.participant.name);
    const body = await filled(forRound(fixtures[1]!.submission, round.roundId));
    expect((await importCall(target.participantId, other.inviteToken, body)).status).toBe(403);
    expect((await importCall(target.participantId, round.coordinatorKey, body)).status).toBe(403);
    expect((await importCall(target.participantId, undefined, body)).status).toBe(401);
    expect((await importCall(target.participantId, `${target.participantId}.${'A'.repeat(43)}`, body)).status).toBe(404);
    expect((await getSubmission(target.participantId, target.inviteToken)).status).toBe(404);
  });

  it('answers 415 for JSON and for no content type', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const asJson = await importCall(p.participantId, p.inviteToken, Buffer.from(JSON.stringify(fixtures[1]!.submission)), { 'content-type': 'application/json', 'accept-language': 'en' });
    expect([asJson.status, asJson.headers['content-type']]).toEqual([415, 'application/problem+json; charset=utf-8']);
    expect(json(asJson).detail).toMatch(/^Send the filled \.xlsx template/);
    const untyped = await importCall(p.participantId, p.inviteToken, await filled(forRound(fixtures[1]!.submission, round.roundId)), {});
    expect(untyped.status).toBe(415);
  });

  it('answers 422 not_a_workbook for random bytes and a zip that is not a workbook', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const random = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
    for (const body of [random, Buffer.from('PK\u0003\u0004 not really a zip'), Buffer.alloc(0)]) {
      const res = await importCall(p.participantId, p.inviteToken, body);
      expect([res.status, json(res).errors.map((e: { code: string }) => e.code)]).toEqual([422, ['not_a_workbook']]);
    }
  });

  it('answers 422 sheets_missing for a workbook without the participant’s sheets', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Taul1').getCell('A1').value = 'Hei';
    const other = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importCall(p.participantId, p.inviteToken, other, { 'content-type': XLSX_TYPE, 'accept-language': 'en' });
    expect(res.status).toBe(422);
    const [error, ...rest] = json(res).errors;
    expect([error.code, rest]).toEqual(['sheets_missing', []]);
    expect(error.message).toMatch(/IlmName/);
    expect(error.message).toMatch(/IlmModels/);
  });

  it('answers 422 naming the sheet and cell of a wrong value, in the request’s language', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const s = forRound(fixtures[1]!.submission, round.roundId);
    const wb = await loadWorkbook(await filled(s));
    const capacity = wb.definedNames.getRanges('IlmCapacity').ranges[0]!; // e.g. Profiili!$B$11
    const [sheetName, address] = capacity.replace(/\$/g, '').split('!') as [string, string];
    wb.getWorksheet(sheetName)!.getCell(address).value = 7;
    const statusCell = a1(modelRow(7), modelColumn('status')); // the eighth model's status
    wb.getWorksheet('Toimintamallit')!.getCell(statusCell).value = 'Ehkä';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importCall(p.participantId, p.inviteToken, bad);
    expect(res.status).toBe(422);
    const errors = json(res).errors as { path: unknown[]; code: string; message: string; sheet?: string; cell?: string }[];
    expect(errors.map((e) => [e.sheet, e.cell, e.code, e.path])).toEqual([
      ['Profiili', 'B11', 'invalid_value', ['profile', 'capacity']],
      ['Toimintamallit', statusCell, 'invalid_value', ['models', 7, 'status']],
    ]);
    // The sheet's own labels, and no internal path such as (models[7].status).
    expect(errors[0]!.message).toMatch(/^Profiili!B11: «Resurssitaso \(1–3\)»: [^()]*$/);
    expect(errors[1]!.message).toMatch(new RegExp(`^Toimintamallit!${statusCell}: «Tilanne»: [^()]*$`));
    const en = await importCall(p.participantId, p.inviteToken, bad, { 'content-type': XLSX_TYPE, 'accept-language': 'en' });
    expect(json(en).errors[0].message).toMatch(/^Profiili!B11: .*choose one of/);
    expect((await getSubmission(p.participantId, p.inviteToken)).status).toBe(404);
  });

  it('answers 422 at the round-code cell for a file filled for another round', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const file = await filled(forRound(fixtures[1]!.submission, 'toinen-kierros-2026'));
    const [sheetName, address] = (await loadWorkbook(file)).definedNames.getRanges('IlmRoundCode').ranges[0]!.replace(/\$/g, '').split('!');
    const res = await importCall(p.participantId, p.inviteToken, file);
    expect(res.status).toBe(422);
    const errors = json(res).errors as { path: unknown[]; code: string; sheet: string; cell: string; message: string }[];
    expect(errors.map((e) => [e.path, e.code, e.sheet, e.cell])).toEqual([[['roundId'], 'invalid_value', sheetName, address]]);
    expect(errors[0]!.message).toContain(round.roundId);
    expect(errors[0]!.message.startsWith(`${sheetName}!${address}: `)).toBe(true);
    expect((await getSubmission(p.participantId, p.inviteToken)).status).toBe(404);
  });

  it('answers 413 for a body above the limit', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const res = await importCall(p.participantId, p.inviteToken, Buffer.alloc(MAX_XLSX_BYTES + 1, 1));
    expect(res.status).toBe(413);
  });

  it('stores a file that openpyxl loaded and saved (absolute part targets, inline strings, no formula values)', async () => {
    const f = fixtures[2]!;
    const p = byName(f.submission.participant.name);
    const file = editWithOpenpyxl(await filled(forRound(f.submission, round.roundId)), []);
    expect(zipEntries(file).get('xl/_rels/workbook.xml.rels')).toContain('Target="/xl/worksheets/sheet1.xml"');
    const res = await importCall(p.participantId, p.inviteToken, file);
    expect([res.status, json(res).version]).toEqual([201, 1]);
    expect(json(await getSubmission(p.participantId, p.inviteToken)).submission).toEqual(withoutPrivateNotes({ ...forRound(f.submission, round.roundId), participantId: p.participantId }));
  });

  it('answers 413 naming the limit for a small upload with an 80 000-row sheet, in the request’s language', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const big = withExtraSheet(await filled(forRound(fixtures[1]!.submission, round.roundId)), { rows: 80_000, cells: 240_000, textLength: 8 });
    expect(big.byteLength).toBeLessThan(MAX_XLSX_BYTES);
    const en = await importCall(p.participantId, p.inviteToken, big, { 'content-type': XLSX_TYPE, 'accept-language': 'en' });
    expect([en.status, json(en).errors]).toEqual([413, [{ path: [], code: 'workbook_too_large', message: 'The workbook is too large to read: it has more than 5,000 rows. Send the filled Ilmastoyhteistyö template (template.xlsx) without extra sheets, rows or attachments.' }]]);
    const fi = await importCall(p.participantId, p.inviteToken, big);
    expect(json(fi).errors[0].message).toBe('Työkirja on liian suuri luettavaksi: siinä on yli 5\u00a0000 riviä. Lähetä täytetty Ilmastoyhteistyön pohja (template.xlsx) ilman ylimääräisiä välilehtiä, rivejä tai liitteitä.');
    expect((await getSubmission(p.participantId, p.inviteToken)).status).toBe(404);
  });

  it('answers 503 with Retry-After to an import while the same participant’s previous one is still read; others go on', async () => {
    const p = byName(fixtures[4]!.submission.participant.name);
    const body = await filled(forRound(fixtures[4]!.submission, round.roundId));
    let finishFirst!: () => void;
    const first = READERS.run(`${round.roundId}/${p.participantId}`, READ_LIMITS, () => new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = await importCall(p.participantId, p.inviteToken, body, { 'content-type': XLSX_TYPE, 'accept-language': 'en' });
    expect([second.status, second.headers['retry-after'], json(second).title]).toEqual([503, '5', 'Service unavailable']);
    const other = byName(fixtures[5]!.submission.participant.name);
    const meanwhile = await importCall(other.participantId, other.inviteToken, await filled(forRound(fixtures[5]!.submission, round.roundId)));
    expect([meanwhile.status, json(meanwhile).version]).toEqual([201, 1]);
    finishFirst();
    await first;
    const retried = await importCall(p.participantId, p.inviteToken, body);
    expect([retried.status, json(retried).version]).toEqual([201, 1]);
  });

  it('answers 422 at each answer cell holding a formula without a calculated value', async () => {
    const p = byName(fixtures[1]!.submission.participant.name);
    const budget = a1(profileRow(PROFILE_FIELDS.findIndex((f) => f.name === 'IlmBudget')), PROFILE_SHEET.valueColumn);
    const file = editWithOpenpyxl(await filled(forRound(fixtures[1]!.submission, round.roundId)), [{ sheet: 'Profiili', cell: budget, value: '=1000*30' }]);
    const res = await importCall(p.participantId, p.inviteToken, file, { 'content-type': XLSX_TYPE, 'accept-language': 'en' });
    expect([res.status, json(res).errors]).toEqual([422, [{ path: [], code: 'formula_without_value', sheet: 'Profiili', cell: budget, message: `Profiili!${budget}: The cell holds a formula without a calculated value. Type the value, or open and save the file in Excel or LibreOffice.` }]]);
  });
});

describe('GET /api/rounds/{roundId}/workbook.xlsx', () => {
  const get = (token: string | undefined, query = '') =>
    call(workbookGet, { method: 'GET', route: `rounds/${round.roundId}/workbook.xlsx${query}`, token, params: { roundId: round.roundId } });

  it('answers 401 without a token and 403 for a participant', async () => {
    const none = await get(undefined);
    expect([none.status, none.headers['www-authenticate']]).toEqual([401, 'Bearer']);
    expect((await get(round.participants[0]!.inviteToken)).status).toBe(403);
    expect((await get(`coordinator.${'B'.repeat(43)}`)).status).toBe(404);
  });

  it('gives the coordinator the workbook with the participants in name order', async () => {
    // Everyone but NOT_SUBMITTING submits (through the file import or already above).
    for (const f of fixtures) {
      const p = byName(f.submission.participant.name);
      if ((await getSubmission(p)).status === 200) continue;
      const res = await call(submissionImportPost, { method: 'POST', route: `rounds/${round.roundId}/submissions/${p.participantId}/import`, token: p.inviteToken, headers: { 'content-type': XLSX_TYPE }, params: { roundId: round.roundId, participantId: p.participantId }, body: await filled(forRound(f.submission, round.roundId)) });
      expect(res.status).toBe(201);
    }
    const res = await get(round.coordinatorKey, '?lang=sv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${round.roundId}.xlsx"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const wb = await loadWorkbook(bytesOf(res));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Omgång', 'Deltagare', 'Sammanfattning', 'Sammanställt material', 'Intervjuer']);
    const expectedOrder = ['aallon kunta', 'Harjuniemen kaupunki', 'Järvi-Suomen liitto', 'Kivikosken Paperi Oy', 'Kuusijärven kunta', 'Lahdenpohjan Kiinteistöhuolto Oy', 'Merilinnan kaupunki', 'Ähtärin kaupunki'];
    expect(tableColumn(wb.getWorksheet('Deltagare')!, REPORT_TABLES.participants, 'name')).toEqual(expectedOrder);
    // The combined table lists participants in the same order, each once per item; those who sent nothing not at all.
    const combined = tableColumn(wb.getWorksheet('Sammanställt material')!, REPORT_TABLES.combined, 'participant');
    expect([...new Set(combined)]).toEqual(expectedOrder.filter((n) => !NOT_SUBMITTING.includes(n)));
    expect(combined).toHaveLength(6 * (35 + 7));
  });

  async function getSubmission(p: { participantId: string; inviteToken: string }) {
    return call(submissionGet, { method: 'GET', route: `rounds/${round.roundId}/submissions/${p.participantId}`, token: p.inviteToken, params: { roundId: round.roundId, participantId: p.participantId } });
  }
});

/** The values of one column of a table, found through the table's reference and the hidden key row above it. */
function tableColumn(ws: ExcelJS.Worksheet, tableName: string, key: string): unknown[] {
  const table = ws.getTable(tableName) as unknown as { table?: { tableRef?: string; ref?: string }; model?: { tableRef?: string; ref?: string } };
  const ref = table?.table?.tableRef ?? table?.model?.tableRef ?? table?.table?.ref ?? table?.model?.ref;
  if (!ref) throw new Error(`no table ${tableName} on ${ws.name}`);
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`odd table ref ${ref}`);
  const header = Number(m[2]);
  const last = Number(m[4] ?? m[2]);
  const keys = (ws.getRow(header - 1).values as unknown[]).map((v) => String(v ?? ''));
  const col = keys.indexOf(key);
  if (col < 0) throw new Error(`no key ${key} above ${tableName}`);
  const out: unknown[] = [];
  for (let r = header + 1; r <= last; r += 1) out.push(ws.getRow(r).getCell(col).value);
  return out;
}
