import { need, REPORT_TEXT, tomorrow, type FlowContext } from './flowContext';

/** The results review, responses, finals, publication and the public results (json, html, xlsx). */
export async function resultsFlow(ctx: FlowContext): Promise<void> {
  const { rec } = ctx;
  const main = need(ctx.main, 'main round');
  const r = `rounds/${main.roundId}`;
  const c = main.coordinatorKey;
  const t = main.token as Record<string, string>;
  const reportRef = `report:${need(ctx.reportItems?.[REPORT_TEXT.summary], 'report item id')}`;

  await rec.call('final before any review', 'POST', `${r}/results/final`, { token: c, expect: 409 });
  await rec.call('preview before the review', 'GET', `${r}/results/preview`, { token: t.aura!, expect: 404 });
  await rec.call('response before the review', 'PUT', `${r}/results/responses/eura`, { token: t.eura!, json: { approve: true }, expect: 409 });
  await rec.call('results before any final', 'GET', `${r}/results`, { token: t.pori!, expect: 404 });
  await rec.call('publication before any final', 'POST', `${r}/publication`, { token: c, expect: 409 });

  await rec.call('review with a past deadline', 'POST', `${r}/results/review`, { token: c, json: { deadline: '2020-01-01' }, expect: 422 });
  await rec.call('review by a participant', 'POST', `${r}/results/review`, { token: t.aura!, json: { deadline: tomorrow() }, expect: 403 });
  await rec.call('review opened', 'POST', `${r}/results/review`, { token: c, json: { deadline: tomorrow() }, expect: 200 });

  await rec.call('preview, participant', 'GET', `${r}/results/preview`, { token: t.aura!, expect: 200 });
  await rec.call('preview, coordinator', 'GET', `${r}/results/preview`, { token: c, expect: 403 });

  await rec.call('response approve', 'PUT', `${r}/results/responses/eura`, { token: t.eura!, json: { approve: true }, expect: 200 });
  await rec.call('response comment', 'PUT', `${r}/results/responses/oulu`, { token: t.oulu!, json: { approve: false, comments: [{ itemRef: 'sa:procurement', text: 'Lyhennä.' }] }, expect: 200 });
  await rec.call('response lowering', 'PUT', `${r}/results/responses/aura`, { token: t.aura!, json: { approve: true, lower: [{ itemRef: 'sa:procurement', level: 'summary' }] }, expect: 200 });
  await rec.call('response with an unknown item', 'PUT', `${r}/results/responses/aura`, { token: t.aura!, json: { approve: true, lower: [{ itemRef: 'report:zzzz9999', level: 'team' }] }, expect: 422 });
  await rec.call('response for another participant', 'PUT', `${r}/results/responses/aura`, { token: t.oulu!, json: { approve: true }, expect: 403 });

  await rec.call('responses, coordinator', 'GET', `${r}/results/responses`, { token: c, expect: 200 });
  await rec.call('responses, participant', 'GET', `${r}/results/responses`, { token: t.aura!, expect: 403 });

  await rec.call('final frozen', 'POST', `${r}/results/final`, { token: c, expect: 201 });
  await rec.call('final unchanged', 'POST', `${r}/results/final`, { token: c, expect: 200 });
  await rec.call('final by a participant', 'POST', `${r}/results/final`, { token: t.aura!, expect: 403 });
  await rec.call('response lowering a report item', 'PUT', `${r}/results/responses/aura`, { token: t.aura!, json: { approve: true, lower: [{ itemRef: reportRef, level: 'team' }] }, expect: 200 });
  await rec.call('final version 2', 'POST', `${r}/results/final`, { token: c, expect: 201 });
  await rec.call('results, member', 'GET', `${r}/results`, { token: t.pori!, expect: 200 });
  await rec.call('results, coordinator', 'GET', `${r}/results`, { token: c, expect: 200 });

  const published = await rec.call('publication', 'POST', `${r}/publication`, { token: c, expect: 201 });
  await rec.call('publication again', 'POST', `${r}/publication`, { token: c, expect: 200 });
  await rec.call('publication by a participant', 'POST', `${r}/publication`, { token: t.aura!, expect: 403 });
  const publicId = need(published.body?.publicId as string | undefined, 'public id');
  await rec.call('public results, json', 'GET', `public/results/${publicId}`, { expect: 200 });
  await rec.call('public results, html', 'GET', `public/results/${publicId}.html?lang=sv`, { expect: 200 });
  await rec.call('public results, xlsx', 'GET', `public/results/${publicId}.xlsx?lang=fi`, { expect: 200 });
  await rec.call('withdrawal by a participant', 'DELETE', `${r}/publication`, { token: t.aura!, expect: 403 });
  await rec.call('withdrawal', 'DELETE', `${r}/publication`, { token: c, expect: 204 });
  await rec.call('public results withdrawn', 'GET', `public/results/${publicId}`, { expect: 404 });
  await rec.call('public results withdrawn, html', 'GET', `public/results/${publicId}.html`, { expect: 404 });
  await rec.call('publication anew', 'POST', `${r}/publication`, { token: c, expect: 201 });
  await rec.call('public results, unknown id', 'GET', 'public/results/AAAAAAAAAAAAAAAAAAAAAA', { expect: 404 });
}
