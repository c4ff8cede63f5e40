/**
 * GET /api/rounds/{roundId}/template.xlsx: a participant's own file for a round with an own theme and
 * a dropped default theme, and that file back through the import.
 */
import { HttpRequest, InvocationContext, type HttpHandler, type HttpResponseInit } from '@azure/functions';
import ExcelJS from 'exceljs';
import { roundTemplateGet, uploadUrl } from '../../functions/handlers/round-template-get';
import { roundsPost } from '../../functions/handlers/rounds-post';
import { submissionGet } from '../../functions/handlers/submission-get';
import { submissionImportPost } from '../../functions/handlers/submission-import-post';
import { themesPut } from '../../functions/handlers/themes-put';
import { withErrors } from '../../functions/http/withErrors';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { XLSX_TYPE } from '../../functions/xlsx/xlsxResponse';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { PROFILE_FIELDS } from '../../shared/layouts/profileLayout';
import { renderWorkbookValues } from '../../shared/layouts/renderWorkbookValues';
import { selfAssessmentRow } from '../../shared/layouts/selfAssessmentLayout';
import { makeSubmission } from '../helpers/makeSubmission';
import { ooxmlProblems } from '../helpers/ooxmlCheck';

const CREATION_KEY = 'test-creation-key-round-template-0123456789';
let azurite: Azurite;
const saved = { conn: process.env.STORAGE_CONNECTION_STRING, key: process.env.ROUND_CREATION_KEY, table: process.env.STORAGE_TABLE_NAME, cors: process.env.CORS_ORIGINS };

beforeAll(async () => {
  azurite = await startAzurite();
  process.env.STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.STORAGE_TABLE_NAME = 'roundtemplate';
  process.env.ROUND_CREATION_KEY = CREATION_KEY;
  process.env.CORS_ORIGINS = 'https://pane.example';
}, 60_000);
afterAll(async () => {
  await azurite.stop();
  for (const [k, v] of [['STORAGE_CONNECTION_STRING', saved.conn], ['ROUND_CREATION_KEY', saved.key], ['STORAGE_TABLE_NAME', saved.table], ['CORS_ORIGINS', saved.cors]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function call(handler: HttpHandler, init: { method: string; route: string; token?: string; headers?: Record<string, string>; params?: Record<string, string>; body?: Buffer | string }) {
  const headers: Record<string, string> = { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers };
  const body = init.body === undefined ? {} : typeof init.body === 'string' ? { body: { string: init.body } } : { body: { bytes: new Uint8Array(init.body) } };
  const req = new HttpRequest({ url: `http://localhost:7071/api/${init.route}`, method: init.method, headers, params: init.params ?? {}, ...body });
  return (await withErrors(handler)(req, new InvocationContext({ functionName: 'test', invocationId: 't', logHandler: () => undefined }))) as HttpResponseInit;
}

it('a participant’s own file: instructions first, round code and name filled, exactly the round’s themes by name; it imports back', async () => {
  const created = JSON.parse(String((await call(roundsPost, {
    method: 'POST', route: 'rounds', token: CREATION_KEY, headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Länsi 2027', participantKind: 'municipalities', participants: [{ name: 'Meriniemen kunta' }],
      themes: [{ id: 'procurement' }, { id: 'lahiruoka', name: { fi: 'Lähiruoka julkisissa keittiöissä' } }] }),
  })).body));
  const p = created.participants[0];
  const params = { roundId: created.roundId };
  const res = await call(roundTemplateGet, { method: 'GET', route: `rounds/${created.roundId}/template.xlsx`, token: p.inviteToken, params });
  expect([res.status, (res.headers as Record<string, string>)['content-type']]).toEqual([200, XLSX_TYPE]);
  const bytes = Buffer.from(res.body as Uint8Array);
  expect(await ooxmlProblems(bytes)).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = (name: string) => wb.getWorksheet(name)!;
  const cellOf = (name: string) => {
    const [sheet, address] = wb.definedNames.getRanges(name).ranges[0]!.replace(/\$/g, '').split('!') as [string, string];
    return ws(sheet.replace(/^'|'$/g, '')).getCell(address).value;
  };
  const themes = [] as unknown[];
  ws('Itsearviointi').eachRow((row, n) => { if (n >= selfAssessmentRow(0)) themes.push(row.getCell(2).value); });
  expect({
    sheets: wb.worksheets.map((w) => w.name),
    instructions: [ws('Ohjeet').getCell('A1').value, ws('Ohjeet').getCell('A8').value],
    roundCode: cellOf('IlmRoundCode'),
    name: cellOf('IlmName'),
    themes,
  }).toEqual({
    sheets: ['Ohjeet', 'Profiili', 'Toimintamallit', 'Itsearviointi'],
    instructions: ['Ohjeet: Länsi 2027', `5. Palauta tiedosto sivulla https://pane.example/upload.html?round=${created.roundId}&lang=fi kutsutunnisteellasi. Sivu kertoo virheet solun tarkkuudella ja vahvistaa tallennetun version.`],
    roundCode: created.roundId,
    name: 'Meriniemen kunta',
    themes: ['Hankinnat', 'Lähiruoka julkisissa keittiöissä'],
  });

  // Filled with the own theme rated, the file is stored as the participant's first version.
  // The Profile as a participant fills it (the values of a complete test submission), by the cells' names.
  const profile = renderWorkbookValues('fi', makeSubmission()).profile;
  PROFILE_FIELDS.forEach((f, i) => {
    if (f.input === 'formula' || f.key === 'roundId' || f.key === 'name') return;
    const [sheet, address] = wb.definedNames.getRanges(f.name).ranges[0]!.replace(/\$/g, '').split('!') as [string, string];
    ws(sheet.replace(/^'|'$/g, '')).getCell(address).value = profile[i] as string | number;
  });
  ws('Itsearviointi').getRow(selfAssessmentRow(1)).getCell(3).value = '4 – Vakiintunut';
  const imported = await call(submissionImportPost, {
    method: 'POST', route: `rounds/${created.roundId}/submissions/${p.participantId}/import`, token: p.inviteToken,
    headers: { 'content-type': XLSX_TYPE }, params: { roundId: created.roundId, participantId: p.participantId }, body: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  expect([imported.status, JSON.parse(String(imported.body)).errors ?? JSON.parse(String(imported.body)).version]).toEqual([201, 1]);
  const stored = JSON.parse(String((await call(submissionGet, { method: 'GET', route: '', token: p.inviteToken, params: { roundId: created.roundId, participantId: p.participantId } })).body));
  expect([stored.submission.participant.name, stored.submission.selfAssessment]).toEqual(['Meriniemen kunta', [{ themeId: 'lahiruoka', rating: 4, sharing: 'team' }]]);
}, 60_000);

it('a filled row for a theme the round dropped is named at its cell, in words', async () => {
  const created = JSON.parse(String((await call(roundsPost, {
    method: 'POST', route: 'rounds', token: CREATION_KEY, headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Pudotettu teema', participantKind: 'municipalities', participants: [{ name: 'Harjun kunta' }], themes: [{ id: 'procurement' }] }),
  })).body));
  const p = created.participants[0];
  // The general template carries all seven default themes; the participant rates energy audits.
  const row = DEFAULT_THEMES.findIndex((t) => t.id === 'energy-audits');
  const file = await participantXlsx('fi', { submission: makeSubmission({ roundId: created.roundId, selfAssessment: [{ themeId: 'energy-audits', rating: 3, sharing: 'team' }] }) });
  const res = await call(submissionImportPost, {
    method: 'POST', route: '', token: p.inviteToken, headers: { 'content-type': XLSX_TYPE, 'accept-language': 'fi' },
    params: { roundId: created.roundId, participantId: p.participantId }, body: file,
  });
  const errors = JSON.parse(String(res.body)).errors as { sheet: string; cell: string; message: string }[];
  expect([res.status, errors.map((e) => [e.sheet, e.cell, e.message])]).toEqual([422, [[
    'Itsearviointi', `B${selfAssessmentRow(row)}`,
    `Itsearviointi!B${selfAssessmentRow(row)}: Teema «Energiakatselmukset» ei kuulu tähän kierrokseen. Tyhjennä rivin arvio ja tekstit tai pyydä koordinaattoria lisäämään teema.`,
  ]]]);
}, 60_000);

describe('PUT /api/rounds/{roundId}/themes', () => {
  it('adds an own theme and drops an unanswered default; refuses a nameless own theme and removing an answered one', async () => {
    const created = JSON.parse(String((await call(roundsPost, {
      method: 'POST', route: 'rounds', token: CREATION_KEY, headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Teemat', participantKind: 'municipalities', participants: [{ name: 'Vastaajan kunta' }], themes: [{ id: 'procurement' }, { id: 'energy-audits' }] }),
    })).body));
    const p = created.participants[0];
    const params = { roundId: created.roundId };
    const put = async (token: string, body: unknown) => {
      const res = await call(themesPut, { method: 'PUT', route: '', token, headers: { 'content-type': 'application/json', 'accept-language': 'fi' }, params, body: JSON.stringify(body) });
      return [res.status, JSON.parse(String(res.body))];
    };
    // Vastaajan kunta answers energy audits.
    const file = await participantXlsx('fi', { submission: makeSubmission({ roundId: created.roundId, selfAssessment: [{ themeId: 'energy-audits', rating: 2, sharing: 'team' }] }), themeIds: ['procurement', 'energy-audits'] });
    expect((await call(submissionImportPost, { method: 'POST', route: '', token: p.inviteToken, headers: { 'content-type': XLSX_TYPE }, params: { roundId: created.roundId, participantId: p.participantId }, body: file })).status).toBe(201);

    expect(await put(p.inviteToken, { themes: [{ id: 'energy-audits' }] })).toEqual([403, expect.objectContaining({ status: 403 })]);
    const [nameless, problem] = await put(created.coordinatorKey, { themes: [{ id: 'energy-audits' }, { id: 'oma-teema' }] });
    expect([nameless, problem.errors.map((e: { path: unknown[]; code: string }) => [e.path, e.code])]).toEqual([422, [[['themes', 1, 'name'], 'theme_name_missing']]]);
    const [refused, why] = await put(created.coordinatorKey, { themes: [{ id: 'procurement' }] });
    expect([refused, why.detail]).toEqual([409, 'Teemaa «Energiakatselmukset» ei voi poistaa: siitä on jo lähetetty arvio (Vastaajan kunta). Pidä teema kierroksella.']);
    const [okStatus, result] = await put(created.coordinatorKey, { themes: [{ id: 'energy-audits' }, { id: 'lahiruoka', name: { fi: 'Lähiruoka' } }] });
    expect([okStatus, result]).toEqual([200, { themes: [
      { id: 'energy-audits', name: { fi: 'Energiakatselmukset', sv: expect.any(String), en: expect.any(String) } },
      { id: 'lahiruoka', name: { fi: 'Lähiruoka', sv: 'Lähiruoka', en: 'Lähiruoka' } },
    ] }]);
    // The participant's own file now carries exactly these themes.
    const own = await call(roundTemplateGet, { method: 'GET', route: '', token: p.inviteToken, params });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(own.body as Uint8Array) as unknown as ArrayBuffer);
    const themes: unknown[] = [];
    wb.getWorksheet('Itsearviointi')!.eachRow((row, n) => { if (n >= selfAssessmentRow(0)) themes.push(row.getCell(2).value); });
    expect(themes).toEqual(['Energiakatselmukset', 'Lähiruoka']);
  }, 60_000);
});

it('the upload link comes from PANE_ORIGIN, else the pane’s CORS origin, else none', () => {
  expect([
    uploadUrl('r-1', 'sv', { PANE_ORIGIN: 'https://a.example/' }),
    uploadUrl('r-1', 'fi', { CORS_ORIGINS: 'https://b.example, https://c.example' }),
    uploadUrl('r-1', 'en', {}),
  ]).toEqual(['https://a.example/upload.html?round=r-1&lang=sv', 'https://b.example/upload.html?round=r-1&lang=fi', undefined]);
});
