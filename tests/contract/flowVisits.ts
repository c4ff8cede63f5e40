import ExcelJS from 'exceljs';
import { need, REPORT_TEXT, XLSX, type FlowContext } from './flowContext';

const DETAILS = {
  dates: ['2026-03-10'],
  roles: ['Kunnanjohtaja'],
  contact: { name: 'Maija Meikäläinen', role: 'Elinvoimapäällikkö', email: 'maija@aura.example' },
  material: { texts: ['Aura aloitti yritysyhteistyön 2024.'], links: [{ title: 'Ilmasto-ohjelma', url: 'https://aura.example/ilmasto' }] },
};

/** The report form with the text of the item `text` made 1001 characters long (a field error at its cell). */
async function formWithLongItem(bytes: Buffer, text: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = need(wb.worksheets.find((w) => w.name.startsWith('Vierailu')), 'report form sheet');
  let row: number | undefined;
  ws.eachRow((r, n) => {
    if (row === undefined && r.getCell(3).value === text) row = n;
  });
  ws.getCell(`C${need(row, `row of ${text}`)}`).value = 'x'.repeat(1001);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The peer-learning visit of host aura (team eura and ii; salo outside it): details, questions, report, files, release, sharing. */
export async function visitsFlow(ctx: FlowContext): Promise<void> {
  const { rec } = ctx;
  const main = need(ctx.main, 'main round');
  const r = `rounds/${main.roundId}`;
  const base = `${r}/visits/aura`;
  const c = main.coordinatorKey;
  const t = main.token as Record<string, string>;

  await rec.call('visits, coordinator', 'GET', `${r}/visits`, { token: c, expect: 200 });
  await rec.call('visits, participant', 'GET', `${r}/visits`, { token: t.aura!, expect: 403 });

  await rec.call('details before any write', 'GET', base, { token: t.eura!, expect: 200 });
  await rec.call('details by the host', 'PUT', base, { token: t.aura!, json: DETAILS, expect: 200 });
  await rec.call('details stale If-Match', 'PUT', base, { token: c, json: { ...DETAILS, dates: ['2026-03-12'] }, headers: { 'if-match': '"r0"' }, expect: 412 });
  await rec.call('details field errors', 'PUT', base, { token: t.aura!, json: { ...DETAILS, dates: ['12.3.2026'] }, expect: 422 });
  await rec.call('details by the team', 'PUT', base, { token: t.eura!, json: DETAILS, expect: 403 });
  await rec.call('details read', 'GET', base, { token: t.ii!, expect: 200 });
  await rec.call('details by an outsider', 'GET', base, { token: t.salo!, expect: 403 });

  await rec.call('self-assessment', 'GET', `${base}/self-assessment`, { token: t.eura!, expect: 200 });
  await rec.call('self-assessment by an outsider', 'GET', `${base}/self-assessment`, { token: t.salo!, expect: 403 });
  await rec.call('self-assessment before the host submits', 'GET', `${r}/visits/salo/self-assessment`, { token: c, expect: 404 });

  const q = `${base}/questions`;
  const draft = { themes: [{ themeId: 'procurement', questions: ['Miten hankintakriteerit valitaan?'] }], sent: false };
  await rec.call('questions hidden from the host', 'GET', q, { token: t.aura!, expect: 404 });
  await rec.call('questions draft', 'PUT', q, { token: t.eura!, json: draft, expect: 200 });
  await rec.call('questions stale If-Match', 'PUT', q, { token: t.ii!, json: draft, headers: { 'if-match': '"r0"' }, expect: 412 });
  await rec.call('questions field errors', 'PUT', q, { token: t.eura!, json: { themes: [{ themeId: 'vesihuolto', questions: ['?'] }], sent: false }, expect: 422 });
  await rec.call('questions by the host', 'PUT', q, { token: t.aura!, json: draft, expect: 403 });
  await rec.call('questions sent', 'PUT', q, { token: t.ii!, json: { ...draft, sent: true }, headers: { 'if-match': '"r1"' }, expect: 200 });
  await rec.call('questions read by the host', 'GET', q, { token: t.aura!, expect: 200 });
  await rec.call('questions by an outsider', 'GET', q, { token: t.salo!, expect: 403 });
  await rec.call('questions unsent', 'PUT', q, { token: t.eura!, json: draft, expect: 409 });

  const rep = `${base}/report`;
  const report = { themes: [{ themeId: 'procurement', strengths: [{ text: REPORT_TEXT.team }, { text: REPORT_TEXT.summary }], developmentAreas: [] }], summary: 'Hyvä alku.', feedbackNotes: 'Muistiinpanot' };
  await rec.call('report hidden from the host', 'GET', rep, { token: t.aura!, expect: 404 });
  await rec.call('report release before any report', 'POST', `${r}/visits/eura/report/release`, { token: c, expect: 404 });
  await rec.call('report v1', 'PUT', rep, { token: t.eura!, json: report, expect: 201 });
  await rec.call('report without If-Match after v1', 'PUT', rep, { token: t.ii!, json: report, expect: 412 });
  await rec.call('report field errors', 'PUT', rep, { token: t.eura!, json: { ...report, themes: [{ themeId: 'vesihuolto', strengths: [], developmentAreas: [] }] }, headers: { 'if-match': '"v1"' }, expect: 422 });
  await rec.call('report by the host', 'PUT', rep, { token: t.aura!, json: report, expect: 403 });
  await rec.call('report read by the team', 'GET', rep, { token: t.ii!, expect: 200 });
  await rec.call('report by an outsider', 'GET', rep, { token: t.salo!, expect: 403 });

  const form1 = await rec.call('report form', 'GET', `${base}/report.xlsx?lang=fi`, { token: t.ii!, expect: 200 });
  await rec.call('report form by the host', 'GET', `${base}/report.xlsx`, { token: t.aura!, expect: 403 });
  const imp = `${rep}/import`;
  await rec.call('report form imported', 'POST', imp, { token: t.ii!, raw: form1.bytes, contentType: XLSX, expect: 201 });
  await rec.call('report form made before the last save', 'POST', imp, { token: t.eura!, raw: form1.bytes, contentType: XLSX, expect: 412 });
  const form2 = await rec.call('report form again', 'GET', `${base}/report.xlsx?lang=fi`, { token: t.eura!, expect: 200 });
  await rec.call('report form with cell errors', 'POST', imp, { token: t.eura!, raw: await formWithLongItem(form2.bytes, REPORT_TEXT.team), contentType: XLSX, expect: 422 });
  await rec.call('report form by the host', 'POST', imp, { token: t.aura!, raw: form2.bytes, contentType: XLSX, expect: 403 });

  await rec.call('report released', 'POST', `${rep}/release`, { token: t.ii!, expect: 200 });
  await rec.call('report release by the host', 'POST', `${rep}/release`, { token: t.aura!, expect: 403 });
  const host = await rec.call('report read by the host', 'GET', rep, { token: t.aura!, expect: 200 });
  const items = (host.body?.report?.themes?.[0]?.strengths ?? []) as { id: string; text: string }[];
  ctx.reportItems = Object.fromEntries(items.map((i) => [i.text, i.id]));
  const summaryId = need(ctx.reportItems[REPORT_TEXT.summary], 'report item id');
  await rec.call('sharing set by the host', 'PUT', `${rep}/sharing`, { token: t.aura!, json: { items: { [summaryId]: 'summary' } }, expect: 200 });
  await rec.call('sharing of an unknown item', 'PUT', `${rep}/sharing`, { token: t.aura!, json: { items: { zzzz9999: 'named' } }, expect: 422 });
  await rec.call('sharing by the team', 'PUT', `${rep}/sharing`, { token: t.eura!, json: { items: { [summaryId]: 'summary' } }, expect: 403 });
  await rec.call('sharing before release', 'PUT', `${r}/visits/eura/report/sharing`, { token: t.eura!, json: { items: {} }, expect: 404 });
}
