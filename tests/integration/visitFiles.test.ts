import ExcelJS from 'exceljs';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { editWithOpenpyxl } from '../helpers/openpyxl';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// The team's report form as a file, for teams without the add-in: aura's team is eura and ii.
const CREATION_KEY = 'test-creation-key-visit-files-0123456789';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET = 'Vierailu – Aura';

let api: VisitApi;
let round: VisitRound;
let base: string;

const REPORT = {
  themes: [{ themeId: 'energy-audits', strengths: [{ id: 'item0001', text: 'Katselmukset tehty' }], developmentAreas: [{ id: 'item0002', text: 'Seuranta puuttuu' }] }],
  summary: 'Hyvä alku',
  feedbackNotes: '',
};

async function download(token: string, lang = 'fi'): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(`${api.baseUrl}/${base}/report.xlsx?lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

async function upload(token: string, bytes: Buffer, lang = 'fi') {
  const res = await fetch(`${api.baseUrl}/${base}/report/import`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX, 'accept-language': lang }, body: new Uint8Array(bytes) });
  return { status: res.status, etag: res.headers.get('etag'), body: JSON.parse(await res.text()) };
}

/** The form's sheet and the 1-based rows of its tables' hidden key rows. */
async function openForm(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET)!;
  /** A table's key row by its first and third keys (the self-assessment's starts like the questions'). */
  const keyRow = (key: string, third: string) => Array.from({ length: ws.rowCount }, (_, i) => i + 1).find((r) => ws.getCell(`A${r}`).value === key && ws.getCell(`C${r}`).value === third)!;
  /** The first body row of a table whose column `col` holds `text` (after the key row `from`). */
  const rowWith = (from: number, col: string, text: string) => Array.from({ length: ws.rowCount - from }, (_, i) => from + 1 + i).find((r) => ws.getCell(`${col}${r}`).value === text)!;
  return { wb, ws, keyRow, rowWith, save: async () => Buffer.from(await wb.xlsx.writeBuffer()) };
}

beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  round = await createVisitRound(api.call, CREATION_KEY, SIX);
  base = `rounds/${round.roundId}/visits/aura`;
  const steps = [
    await api.call('PUT', `rounds/${round.roundId}/submissions/aura`, round.token.aura, makeSubmissionInput({ participant: { name: 'Aura', kind: 'municipality' } })),
    await api.call('PUT', base, round.token.aura, { dates: ['2026-04-02'], roles: ['Elinvoimajohtaja'], contact: null, material: { texts: ['Energiaohjelma 2025'], links: [] } }),
    await api.call('PUT', `${base}/questions`, round.token.eura, { themes: [{ themeId: 'energy-audits', questions: ['Kuka tekee katselmukset?'] }], sent: false }),
    await api.call('PUT', `${base}/report`, round.token.eura, REPORT),
  ];
  expect(steps.map((s) => s.status)).toEqual([201, 200, 200, 201]);
}, 60_000);
afterAll(async () => {
  await api?.stop();
});

describe('the team’s report form file', () => {
  let firstForm: Buffer;

  it('downloads with the host’s material, the questions and the report, and comes back as a new version with the ids kept', async () => {
    const got = await download(round.token.ii!);
    expect([got.status, got.type]).toEqual([200, XLSX]);
    firstForm = got.bytes;
    const f = await openForm(got.bytes);
    expect(f.wb.worksheets.map((w) => w.name)).toEqual(['Ohjeet', SHEET]);
    const report = f.keyRow('itemId', 'text');
    const kept = f.rowWith(report, 'C', 'Katselmukset tehty');
    expect([f.ws.getCell(`A${kept}`).value, f.ws.getCell(`B${kept}`).value, f.ws.getCell(`D${kept}`).value]).toEqual(['item0001', 'Energiakatselmukset', 'Vahvuus']);
    // Who saved the version is named, never by id.
    const note = String(f.ws.getCell(`B${report - 1}`).value);
    expect([note.includes('tallentanut Eura'), note.includes('eura')]).toEqual([true, false]);
    f.ws.getCell(`C${kept}`).value = 'Katselmukset tehty joka kohteessa';
    // The empty row under a theme's development areas takes a new item.
    const empty = f.rowWith(f.rowWith(report, 'C', 'Seuranta puuttuu'), 'C', null as unknown as string);
    f.ws.getCell(`C${empty}`).value = 'Kulutustiedot hajallaan';
    const questions = f.keyRow('themeId', 'questions');
    f.ws.getCell(`C${f.rowWith(questions, 'A', 'procurement')}`).value = 'Miten hankinnat kilpailutetaan?';
    f.ws.getCell(`C${f.rowWith(f.keyRow('field', 'text'), 'A', 'summary')}`).value = 'Hyvä alku, seuranta kuntoon';

    const stored = await upload(round.token.ii!, await f.save());
    expect([stored.status, stored.etag, stored.body.version, stored.body.questions]).toEqual([201, '"v2"', 2, { changed: true, revision: 2 }]);
    const now = await api.call('GET', `${base}/report`, round.token.eura);
    expect([now.body.version, now.body.savedBy]).toEqual([2, 'ii']);
    const [theme] = now.body.report.themes as { themeId: string; strengths: { id: string; text: string }[]; developmentAreas: { id: string; text: string }[] }[];
    expect(theme!.strengths).toEqual([{ id: 'item0001', text: 'Katselmukset tehty joka kohteessa' }]);
    expect(theme!.developmentAreas.map((d) => d.text)).toEqual(['Seuranta puuttuu', 'Kulutustiedot hajallaan']);
    expect(theme!.developmentAreas[0]!.id).toBe('item0002');
    expect(theme!.developmentAreas[1]!.id).toMatch(/^[a-z0-9]{4,16}$/);
    expect(now.body.report.summary).toBe('Hyvä alku, seuranta kuntoon');
    const q = await api.call('GET', `${base}/questions`, round.token.eura);
    expect([q.body.themes, q.body.sent]).toEqual([[{ themeId: 'procurement', questions: ['Miten hankinnat kilpailutetaan?'] }, { themeId: 'energy-audits', questions: ['Kuka tekee katselmukset?'] }], false]);
  });

  it('names a mistake at its cell with the column’s header, and stores nothing', async () => {
    const f = await openForm((await download(round.token.eura!)).bytes);
    const row = f.rowWith(f.keyRow('itemId', 'text'), 'C', 'Seuranta puuttuu');
    f.ws.getCell(`C${row}`).value = 'x'.repeat(1001);
    const res = await upload(round.token.eura!, await f.save());
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: ['themes', 0, 'developmentAreas', 0, 'text'], code: 'too_long', sheet: SHEET, cell: `C${row}`, message: `${SHEET}!C${row}: «Havainto» on liian pitkä: enintään 1000 merkkiä.` }]);
    expect((await api.call('GET', `${base}/report`, round.token.eura)).body.version).toBe(2);
  });

  it('refuses a form made before the other member saved (412, download again), and a form of another host (422 at its cell)', async () => {
    const stale = await upload(round.token.eura!, firstForm, 'en');
    expect([stale.status, stale.body.detail]).toEqual([412, 'Another team member saved the report or the questions after you downloaded this form. Nothing from this file was stored: download the form again, carry your changes over to it and send it.']);
    const other = await fetch(`${api.baseUrl}/rounds/${round.roundId}/visits/eura/report/import`, { method: 'POST', headers: { authorization: `Bearer ${round.token.ii}`, 'content-type': XLSX, 'accept-language': 'en' }, body: new Uint8Array(firstForm) });
    // ii is on eura's team too: the file is read, and named at the host cell of its instructions.
    expect([other.status, (await other.json()).errors]).toEqual([422, [{ path: ['hostId'], code: 'invalid_value', sheet: 'Ohjeet', cell: 'B12', message: 'Ohjeet!B12: The form was made for another host’s visit. Choose the right host on the upload page, or download this host’s form.' }]]);
  });

  it('reads a form filled by openpyxl (inline strings, absolute targets)', async () => {
    const f = await openForm((await download(round.token.eura!)).bytes);
    const row = f.rowWith(f.keyRow('itemId', 'text'), 'C', 'Kulutustiedot hajallaan');
    const notes = f.rowWith(f.keyRow('field', 'text'), 'A', 'feedbackNotes');
    const edited = editWithOpenpyxl((await download(round.token.eura!)).bytes, [
      { sheet: SHEET, cell: `C${row}`, value: 'Kulutustiedot kolmessa järjestelmässä' },
      { sheet: SHEET, cell: `C${notes}`, value: 'Palaute annettu 2.4.' },
    ]);
    const res = await upload(round.token.eura!, edited);
    expect([res.status, res.body.version, res.body.questions.changed]).toEqual([201, 3, false]);
    const now = await api.call('GET', `${base}/report`, round.token.ii);
    expect(now.body.report.themes[0].developmentAreas.map((d: { text: string }) => d.text)).toEqual(['Seuranta puuttuu', 'Kulutustiedot kolmessa järjestelmässä']);
    expect(now.body.report.feedbackNotes).toBe('Palaute annettu 2.4.');
  });
});
