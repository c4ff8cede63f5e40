import ExcelJS from 'exceljs';
import { createRound, need, SIX, submission, THEMES, XLSX, type FlowContext } from './flowContext';

/** Sets a defined name's cell (e.g. IlmCapacity) of a workbook and returns the new bytes. */
async function withNamedCell(bytes: Buffer, name: string, value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const range = need(wb.definedNames.getRanges(name).ranges[0], `defined name ${name}`);
  const [sheet, address] = range.replace(/\$/g, '').split('!') as [string, string];
  need(wb.getWorksheet(sheet.replace(/^'|'$/g, '')), `sheet ${sheet}`).getCell(address).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The service routes, round creation, participants, submissions (JSON and .xlsx), themes, plan, files, summary. */
export async function roundsFlow(ctx: FlowContext): Promise<void> {
  const { rec } = ctx;
  await rec.call('health', 'GET', 'health', { expect: 200 });
  await rec.call('catalog', 'GET', 'catalog?lang=sv', { expect: 200 });
  await rec.call('blank template', 'GET', 'template.xlsx?lang=fi', { expect: 200 });
  await rec.call('validate ok', 'POST', 'validate', { json: submission('Testikunta'), expect: 200 });
  await rec.call('validate field errors', 'POST', 'validate', { json: { schemaVersion: 'yksi' }, expect: 422 });
  await rec.call('recommend ok', 'POST', 'recommend?themes=procurement', { json: submission('Testikunta'), expect: 200 });
  await rec.call('recommend field errors', 'POST', 'recommend', { json: { ...submission('X'), goalWeights: { A: 9 } }, expect: 422 });

  await rec.call('round without bearer', 'POST', 'rounds', { json: { name: 'X', participantKind: 'municipalities' }, expect: 401 });
  await rec.call('round with a wrong creation key', 'POST', 'rounds', { token: 'wrong-key', json: { name: 'X', participantKind: 'municipalities' }, expect: 401 });
  await rec.call('round with duplicate themes', 'POST', 'rounds', { token: ctx.creationKey, json: { name: 'X', participantKind: 'municipalities', themes: [{ id: 'procurement' }, { id: 'procurement' }] }, expect: 422 });
  const main = await createRound(ctx, 'main round', SIX);
  ctx.main = main;
  const r = `rounds/${main.roundId}`;
  const c = main.coordinatorKey;
  const t = main.token as Record<string, string>;

  // A round of two: too few for a plan (409); then a third participant joins.
  const small = await createRound(ctx, 'small round', ['Aa', 'Bb']);
  await rec.call('plan with two participants', 'PUT', `rounds/${small.roundId}/interview-plan`, { token: small.coordinatorKey, json: {}, expect: 409 });
  await rec.call('participants by a participant', 'POST', `rounds/${small.roundId}/participants`, { token: small.token.aa!, json: { participants: [{ name: 'Cc' }] }, expect: 403 });
  await rec.call('participants field errors', 'POST', `rounds/${small.roundId}/participants`, { token: small.coordinatorKey, json: { participants: [{ name: '' }] }, expect: 422 });
  await rec.call('participants added', 'POST', `rounds/${small.roundId}/participants`, { token: small.coordinatorKey, json: { participants: [{ name: 'Cc' }] }, expect: 201 });

  await rec.call('round view, coordinator', 'GET', r, { token: c, expect: 200 });
  await rec.call('round view, participant', 'GET', r, { token: t.aura!, expect: 200 });

  const contact = { name: 'Pekka Porilainen', role: 'ympäristöpäällikkö', email: 'pekka@pori.example' };
  await rec.call('contact by itself', 'PUT', `${r}/participants/pori/contact`, { token: t.pori!, json: contact, expect: 200 });
  await rec.call('contact by coordinator', 'PUT', `${r}/participants/oulu/contact`, { token: c, json: { name: 'Olli Oulu', email: 'olli@oulu.example' }, expect: 200 });
  await rec.call('contact by another participant', 'PUT', `${r}/participants/pori/contact`, { token: t.aura!, json: contact, expect: 403 });
  await rec.call('contact field errors', 'PUT', `${r}/participants/pori/contact`, { token: t.pori!, json: { name: 'P', email: 'not-an-email' }, expect: 422 });

  // Submissions as the results flow needs them: aura and eura named, ii team, oulu and pori summary; salo none.
  const subs: [string, number, 'named' | 'team' | 'summary'][] = [['aura', 3, 'named'], ['eura', 4, 'named'], ['ii', 2, 'team'], ['oulu', 5, 'summary'], ['pori', 3, 'summary']];
  for (const [id, rating, sharing] of subs) {
    await rec.call(`submission ${id}`, 'PUT', `${r}/submissions/${id}`, { token: t[id]!, json: submission(id[0]!.toUpperCase() + id.slice(1), rating, sharing), expect: 201 });
  }
  const aura = submission('Aura', 3, 'named');
  await rec.call('submission retry (same content)', 'PUT', `${r}/submissions/aura`, { token: t.aura!, json: aura, expect: 200 });
  await rec.call('submission v2 with If-Match', 'PUT', `${r}/submissions/aura`, { token: t.aura!, json: { ...aura, goalWeights: { A: 1, B: 2, C: 3, D: 2, E: 1 } }, headers: { 'if-match': '"v1"' }, expect: 201 });
  await rec.call('submission stale If-Match', 'PUT', `${r}/submissions/aura`, { token: t.aura!, json: { ...aura, goalWeights: { A: 2, B: 2, C: 2, D: 2, E: 2 } }, headers: { 'if-match': '"v1"' }, expect: 412 });
  await rec.call('submission by coordinator', 'PUT', `${r}/submissions/aura`, { token: c, json: aura, expect: 403 });
  await rec.call('submission field errors', 'PUT', `${r}/submissions/aura`, { token: t.aura!, json: { ...aura, selfAssessment: [{ themeId: 'vesihuolto' }] }, expect: 422 });
  await rec.call('submission with a key', 'PUT', `${r}/submissions/pori`, { token: t.pori!, json: submission('Pori', 3, 'summary', 'Avain'), headers: { 'idempotency-key': 'contract-key-1' }, expect: 201 });
  await rec.call('submission key reused with another body', 'PUT', `${r}/submissions/pori`, { token: t.pori!, json: submission('Pori', 3, 'summary', 'Toinen'), headers: { 'idempotency-key': 'contract-key-1' }, expect: 422 });
  await rec.call('submission, latest', 'GET', `${r}/submissions/aura`, { token: t.aura!, expect: 200 });
  await rec.call('submission, version 1', 'GET', `${r}/submissions/aura?version=1`, { token: c, expect: 200 });
  await rec.call('submission, no such version', 'GET', `${r}/submissions/aura?version=99`, { token: t.aura!, expect: 404 });
  await rec.call('submission of another participant', 'GET', `${r}/submissions/aura`, { token: t.salo!, expect: 403 });
  await rec.call('submissions, coordinator', 'GET', `${r}/submissions`, { token: c, expect: 200 });
  await rec.call('submissions, participant', 'GET', `${r}/submissions`, { token: t.aura!, expect: 403 });

  // The participant's own template (its latest submission filled in) comes back as an import.
  const own = await rec.call('own template, participant', 'GET', `${r}/template.xlsx?lang=fi`, { token: t.aura!, expect: 200 });
  const imp = `${r}/submissions/aura/import`;
  await rec.call('import own template', 'POST', imp, { token: t.aura!, raw: own.bytes, contentType: XLSX, expect: [200, 201] });
  await rec.call('import retry (same file)', 'POST', imp, { token: t.aura!, raw: own.bytes, contentType: XLSX, expect: 200 });
  await rec.call('import with cell errors', 'POST', imp, { token: t.aura!, raw: await withNamedCell(own.bytes, 'IlmCapacity', 7), contentType: XLSX, expect: 422 });
  await rec.call('import stale If-Match', 'POST', imp, { token: t.aura!, raw: await withNamedCell(own.bytes, 'IlmCapacity', 1), contentType: XLSX, headers: { 'if-match': '"v1"' }, expect: 412 });
  await rec.call('import not a workbook', 'POST', imp, { token: t.aura!, raw: 'not a zip', contentType: XLSX, expect: 422 });
  await rec.call('import by coordinator', 'POST', imp, { token: c, raw: own.bytes, contentType: XLSX, expect: 403 });

  await rec.call('themes unchanged', 'PUT', `${r}/themes`, { token: c, json: { themes: THEMES }, expect: 200 });
  await rec.call('themes: removing an answered theme', 'PUT', `${r}/themes`, { token: c, json: { themes: THEMES.slice(1) }, expect: 409 });
  await rec.call('themes field errors', 'PUT', `${r}/themes`, { token: c, json: { themes: [{ id: 'procurement' }, { id: 'procurement' }] }, expect: 422 });
  await rec.call('themes by a participant', 'PUT', `${r}/themes`, { token: t.aura!, json: { themes: THEMES }, expect: 403 });

  await rec.call('plan before it is written', 'GET', `${r}/interview-plan`, { token: t.ii!, expect: 404 });
  await rec.call('plan by a participant', 'PUT', `${r}/interview-plan`, { token: t.aura!, json: {}, expect: 403 });
  await rec.call('plan field errors', 'PUT', `${r}/interview-plan`, { token: c, json: { replan: 'yes' }, expect: 422 });
  await rec.call('plan written', 'PUT', `${r}/interview-plan`, { token: c, json: {}, expect: 201 });
  await rec.call('plan again (stored plan)', 'PUT', `${r}/interview-plan`, { token: c, json: {}, expect: 200 });
  await rec.call('plan read', 'GET', `${r}/interview-plan`, { token: t.ii!, expect: 200 });

  await rec.call('round template, coordinator', 'GET', `${r}/template.xlsx?lang=en`, { token: c, expect: 200 });
  await rec.call('workbook, coordinator', 'GET', `${r}/workbook.xlsx?lang=fi`, { token: c, expect: 200 });
  await rec.call('workbook, participant', 'GET', `${r}/workbook.xlsx`, { token: t.aura!, expect: 403 });
  await rec.call('summary, coordinator', 'GET', `${r}/summary`, { token: c, expect: 200 });
  await rec.call('summary, member', 'GET', `${r}/summary`, { token: t.eura!, expect: 200 });
  await rec.call('recommended models', 'GET', `${r}/recommended-models`, { token: t.eura!, expect: 200 });
}
