import { zipEntries } from '../files/xlsxTestData';
import { ooxmlProblems } from '../helpers/ooxmlCheck';
import { fillResultsRound, RSL, tomorrow } from '../helpers/resultsRound';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// SYSTEM.md "The peer-learning visit", steps 4–5: review → previews → responses → final → members
// read → publish → public read without login → withdraw → 404; and what the public bytes never hold
// (a name only in the list of who took part and beside a `named` text).
const CREATION_KEY = 'test-creation-key-results-flow-0123456789';

let api: VisitApi;
let round: VisitRound;
let reportIds: Record<string, string>;
let r: string;
const as = (who: string) => (who === 'coordinator' ? round.coordinatorKey : round.token[who]!);
const raw = async (route: string) => {
  const res = await fetch(`${api.baseUrl}/${route}`);
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};

beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  round = await createVisitRound(api.call, CREATION_KEY, SIX);
  r = `rounds/${round.roundId}`;
  reportIds = await fillResultsRound(api, round);
}, 90_000);
afterAll(async () => {
  await api?.stop();
});

const texts = (list: { text: string; participantName?: string; hostName?: string }[]) => list.map((x) => [x.text, x.participantName ?? x.hostName ?? null]);

describe('the results review and publication, over HTTP', () => {
  let publicId = '';

  it('refuses a deadline in the past in words, and has no preview before the review opens', async () => {
    const past = await api.call('POST', `${r}/results/review`, as('coordinator'), { deadline: '2020-01-01' });
    expect([past.status, past.body.errors[0].path, past.body.errors[0].message]).toEqual([422, ['deadline'], expect.stringMatching(/^The “Deadline for comments” 2020-01-01 has passed\. Choose today \(\d{4}-\d\d-\d\d\) or later\. \(deadline\)$/)]);
    expect((await api.call('GET', `${r}/results/preview`, as('aura'))).status).toBe(404);
    expect((await api.call('POST', `${r}/results/final`, as('coordinator'))).status).toBe(409);
  });

  it('opens the review with a deadline', async () => {
    const res = await api.call('POST', `${r}/results/review`, as('coordinator'), { deadline: tomorrow() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deadline: tomorrow(), openedAt: expect.any(String), revision: 1 });
    // A new deadline moves only the deadline: the review was opened when it was.
    const later = await api.call('POST', `${r}/results/review`, as('coordinator'), { deadline: '2099-12-31' });
    expect([later.status, later.body]).toEqual([200, { deadline: '2099-12-31', openedAt: res.body.openedAt, revision: 2 }]);
    const back = await api.call('POST', `${r}/results/review`, as('coordinator'), { deadline: tomorrow() });
    expect([back.body.openedAt, back.body.deadline]).toEqual([res.body.openedAt, tomorrow()]);
  });

  it('shows each participant exactly its own items, under its name only where named', async () => {
    const aura = await api.call('GET', `${r}/results/preview`, as('aura'));
    expect(aura.status).toBe(200);
    expect(aura.body.name).toBe('Aura');
    expect(aura.body.items).toEqual([
      { itemRef: 'sa:procurement', source: 'selfAssessment', themeId: 'procurement', field: 'rating', text: '3', level: 'named', shownName: null },
      { itemRef: 'sa:procurement', source: 'selfAssessment', themeId: 'procurement', field: 'strengths', text: RSL.auraNamed, level: 'named', shownName: 'Aura' },
      { itemRef: `report:${reportIds[RSL.reportSummary]}`, source: 'report', themeId: 'procurement', field: 'strengths', text: RSL.reportSummary, level: 'summary', shownName: null },
    ]);
    const ii = await api.call('GET', `${r}/results/preview`, as('ii'));
    expect([ii.status, ii.body.items]).toEqual([200, []]);
    const oulu = await api.call('GET', `${r}/results/preview`, as('oulu'));
    expect(oulu.body.items.map((i: { text: string; shownName: string | null }) => [i.text, i.shownName])).toEqual([['5', null], [RSL.ouluSummary, null]]);
  });

  it('takes responses: one approves, one comments, one lowers a named item to summary', async () => {
    const eura = await api.call('PUT', `${r}/results/responses/eura`, as('eura'), { approve: true });
    expect([eura.status, eura.body.status, eura.body.name]).toEqual([200, 'approved', 'Eura']);
    const oulu = await api.call('PUT', `${r}/results/responses/oulu`, as('oulu'), { approve: false, comments: [{ itemRef: 'sa:procurement', text: 'Please shorten this.' }] });
    expect([oulu.status, oulu.body.status, oulu.body.comments]).toEqual([200, 'commented', [{ itemRef: 'sa:procurement', text: 'Please shorten this.', themeId: 'procurement' }]]);
    const reportItem = `report:${reportIds[RSL.reportSummary]}`;
    const aura = await api.call('PUT', `${r}/results/responses/aura`, as('aura'), { approve: true, comments: [{ itemRef: reportItem, text: 'Fair point.' }], lower: [{ itemRef: 'sa:procurement', level: 'summary' }] });
    // A report item's comment keeps its theme and field, so the coordinator reads what it is about.
    expect([aura.status, aura.body.lowered, aura.body.comments]).toEqual([200, { 'sa:procurement': 'summary' }, [{ itemRef: reportItem, text: 'Fair point.', themeId: 'procurement', field: 'strengths' }]]);
  });

  it('refuses raising, unknown refs and others’ items with 422s naming them', async () => {
    const raise = await api.call('PUT', `${r}/results/responses/aura`, as('aura'), { approve: true, lower: [{ itemRef: 'sa:procurement', level: 'summary' }, { itemRef: 'report:zzzz9999', level: 'team' }] });
    expect(raise.status).toBe(422);
    expect(raise.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([['lower', 1, 'itemRef']]);
    expect(raise.body.errors[0].message).toBe('The item “report:zzzz9999” is not in your preview. You can comment on and lower only your own items that show in the summary. (lower[1].itemRef)');
    const up = await api.call('PUT', `${r}/results/responses/aura`, as('aura'), { approve: true, lower: [{ itemRef: `report:${reportIds[RSL.reportSummary]}`, level: 'named' }] });
    expect([up.status, up.body.errors[0].path, up.body.errors[0].message]).toEqual([422, ['lower', 0, 'level'], `The item “report:${reportIds[RSL.reportSummary]}” is now shared at “Summary – anonymous”. The level can only be lowered (with the name → anonymous → interview team only), not raised to “Summary – with our name”. (lower[0].level)`]);
    const others = await api.call('PUT', `${r}/results/responses/oulu`, as('oulu'), { approve: true, lower: [{ itemRef: `report:${reportIds[RSL.reportSummary]}`, level: 'team' }] });
    expect([others.status, others.body.errors[0].path]).toEqual([422, ['lower', 0, 'itemRef']]);
  });

  it('shows the lowering in the preview and the members’ summary at once', async () => {
    const aura = await api.call('GET', `${r}/results/preview`, as('aura'));
    expect(aura.body.items[1]).toMatchObject({ text: RSL.auraNamed, level: 'summary', shownName: null });
    const summary = await api.call('GET', `${r}/summary`, as('salo'));
    const t = summary.body.themes.find((x: { themeId: string }) => x.themeId === 'procurement');
    expect(texts(t.strengths)).toEqual([[RSL.auraNamed, null], [RSL.euraNamed, 'Eura'], [RSL.ouluSummary, null]]);
  });

  it('lists every participant’s status for the coordinator', async () => {
    const res = await api.call('GET', `${r}/results/responses`, as('coordinator'));
    expect(res.status).toBe(200);
    expect(res.body.review.deadline).toBe(tomorrow());
    expect(res.body.responses.map((x: { participantId: string; status: string }) => [x.participantId, x.status])).toEqual([
      ['aura', 'approved'], ['eura', 'approved'], ['ii', 'opened'], ['oulu', 'commented'], ['pori', 'not-opened'], ['salo', 'not-opened'],
    ]);    expect(res.body.publication).toBeNull();
  });

  it('freezes versioned finals: 201 version 1, unchanged 200, after a change version 2', async () => {
    const first = await api.call('POST', `${r}/results/final`, as('coordinator'));
    expect([first.status, first.body.version]).toEqual([201, 1]);
    const again = await api.call('POST', `${r}/results/final`, as('coordinator'));
    expect([again.status, again.body]).toEqual([200, first.body]);
    const lower = await api.call('PUT', `${r}/results/responses/aura`, as('aura'), { approve: true, lower: [{ itemRef: `report:${reportIds[RSL.reportSummary]}`, level: 'team' }] });
    expect(lower.body.lowered).toEqual({ 'sa:procurement': 'summary', [`report:${reportIds[RSL.reportSummary]}`]: 'team' });
    const second = await api.call('POST', `${r}/results/final`, as('coordinator'));
    expect([second.status, second.body.version]).toEqual([201, 2]);
  });

  it('lets members and the coordinator read the latest final', async () => {
    const member = await api.call('GET', `${r}/results`, as('pori'));
    expect(member.status).toBe(200);
    expect(member.body.version).toBe(2);
    expect(member.body.round).toEqual({ name: 'Vierailukierros', participantKind: 'municipalities', participants: ['Aura', 'Eura', 'Ii', 'Oulu', 'Pori', 'Salo'], themes: expect.any(Array), phases: [] });
    const t = member.body.summary.themes.find((x: { themeId: string }) => x.themeId === 'procurement');
    expect([t.ratedCount, t.distribution]).toEqual([4, [0, 0, 2, 1, 1]]);
    expect(texts(t.strengths)).toEqual([[RSL.auraNamed, null], [RSL.euraNamed, 'Eura'], [RSL.ouluSummary, null]]);
    expect(t.teamStrengths).toEqual([]);
    const coordinator = await api.call('GET', `${r}/results`, as('coordinator'));
    expect(coordinator.body).toEqual(member.body);
  });

  it('publishes under an unguessable id, idempotently', async () => {
    const res = await api.call('POST', `${r}/publication`, as('coordinator'));
    expect(res.status).toBe(201);
    publicId = res.body.publicId;
    expect(publicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(res.body).toEqual({ publicId, version: 2, publishedAt: expect.any(String), path: `/api/public/results/${publicId}` });
    const again = await api.call('POST', `${r}/publication`, as('coordinator'));
    expect([again.status, again.body]).toEqual([200, res.body]);    const responses = await api.call('GET', `${r}/results/responses`, as('coordinator'));
    expect(responses.body.publication).toEqual({ publicId, path: `/api/public/results/${publicId}`, publishedAt: res.body.publishedAt });
  });

  it('serves the published summary without login as JSON equal to what members read', async () => {
    const pub = await raw(`public/results/${publicId}`);
    const member = await api.call('GET', `${r}/results`, as('pori'));
    expect(pub.status).toBe(200);
    expect(JSON.parse(pub.bytes.toString('utf8'))).toEqual(member.body);
  });

  it('serves a plain accessible page in the asked language with a strict CSP', async () => {
    const page = await raw(`public/results/${publicId}.html?lang=sv`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    const html = page.bytes.toString('utf8');
    expect(html.startsWith('<!doctype html><html lang="sv">')).toBe(true);
    expect(html).toContain('<h1>Resultat av kamratlärandeomgången: Vierailukierros</h1>');
    expect(html).toContain('<p>Deltagarna i alfabetisk ordning (6): Aura, Eura, Ii, Oulu, Pori, Salo. Lämnade in sina svar: 5.</p>');
    expect(html).toContain('varken poängsätter eller rangordnar deltagarna');
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('RSLeuraNamed &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quoted&#34;');
    expect(html).not.toMatch(/<script|<img|<link|<iframe|https?:\/\//i);
  });

  it('serves the workbook, valid OOXML', async () => {
    const file = await raw(`public/results/${publicId}.xlsx?lang=fi`);
    expect(file.status).toBe(200);
    expect(await ooxmlProblems(file.bytes)).toEqual([]);
    const all = [...zipEntries(file.bytes).values()].join('\n');
    expect(all).toContain(RSL.ouluSummary);
    expect(all).toContain('Aura, Eura, Ii, Oulu, Pori, Salo');
  }, 60_000);

  it('leaks nothing: names only in the participant list and beside named texts; no team text, no notes, no ids, no tokens', async () => {
    const json = JSON.parse((await raw(`public/results/${publicId}`)).bytes.toString('utf8'));
    const pages = await Promise.all((['fi', 'sv', 'en'] as const).map(async (l) => (await raw(`public/results/${publicId}.html?lang=${l}`)).bytes.toString('utf8')));
    const xlsx = [...zipEntries((await raw(`public/results/${publicId}.xlsx`)).bytes)].map(([name, text]) => `${name}\n${text}`).join('\n');
    const all = [JSON.stringify(json), ...pages, xlsx].join('\n');
    const secrets = [...Object.values(round.token).map((t) => t.split('.')[1]!), round.coordinatorKey.split('.')[1]!];
    const forbidden = [RSL.iiTeam, RSL.reportTeam, RSL.reportSummary, RSL.overall, RSL.notes, RSL.privateNote, round.roundId, ...Object.values(reportIds), ...secrets];
    expect(forbidden.filter((f) => all.includes(f))).toEqual([]);
    expect(['aura', 'oulu', 'pori', 'salo', 'ii'].filter((id) => new RegExp(`\\b${id}\\b`).test(all))).toEqual([]);
    // JSON: a `summary` item has no name; the names are in the round's list and beside the one named text.
    type Item = { text: string; participantName?: string; hostName?: string };
    const themes = json.summary.themes as Record<string, Item[]>[];
    const items = themes.flatMap((t) => (['currentPractice', 'strengths', 'developmentAreas', 'teamStrengths', 'teamDevelopmentAreas'] as const).flatMap((f) => t[f]!));
    expect(items.map((i) => [i.text, i.participantName ?? i.hostName ?? null])).toEqual([[RSL.auraNamed, null], [RSL.euraNamed, 'Eura'], [RSL.ouluSummary, null]]);
    const rest = JSON.stringify({ ...json, round: { ...json.round, participants: [] }, summary: { ...json.summary, themes: themes.map((t) => ({ ...t, strengths: t.strengths!.filter((i) => i.text !== RSL.euraNamed) })) } });
    expect(SIX.filter((n) => new RegExp(`\\b${n}\\b`).test(rest))).toEqual([]);
    // HTML: no table row holds a participant's name except the named text's.
    for (const html of pages) {
      const rows = html.match(/<tr>.*?<\/tr>/g) ?? [];
      const named = rows.filter((row) => SIX.some((n) => new RegExp(`\\b${n}\\b`).test(row)));
      expect(named).toEqual([expect.stringMatching(/^<tr><td>[^<]+<\/td><td>RSLeuraNamed &#60;script&#62;alert\(1\)&#60;\/script&#62; &#38; &#34;quoted&#34;<\/td><td>Eura<\/td><\/tr>$/)]);
      expect([RSL.auraNamed, RSL.ouluSummary].map((x) => rows.filter((row) => row.includes(x)).length)).toEqual([1, 1]);
    }
  }, 60_000);

  it('withdraws: the id stops working; publishing again makes a new id', async () => {
    expect((await api.call('DELETE', `${r}/publication`, as('coordinator'))).status).toBe(204);
    for (const suffix of ['', '.html', '.xlsx']) expect((await raw(`public/results/${publicId}${suffix}`)).status).toBe(404);
    expect((await api.call('GET', `${r}/results/responses`, as('coordinator'))).body.publication).toBeNull();
    const gone = await raw(`public/results/${publicId}?lang=en`);
    expect(JSON.parse(gone.bytes.toString('utf8')).detail).toBe('This public link does not exist, or its publication has been withdrawn.');
    const again = await api.call('POST', `${r}/publication`, as('coordinator'));
    expect(again.status).toBe(201);
    expect(again.body.publicId).not.toBe(publicId);
    expect((await raw(`public/results/${again.body.publicId}`)).status).toBe(200);
    expect((await api.call('GET', `${r}/results/responses`, as('coordinator'))).body.publication.publicId).toBe(again.body.publicId);
  });

  it('withdraws every link even when two publishes raced and made two ids', async () => {
    expect((await api.call('DELETE', `${r}/publication`, as('coordinator'))).status).toBe(204);
    const both = await Promise.all([api.call('POST', `${r}/publication`, as('coordinator')), api.call('POST', `${r}/publication`, as('coordinator'))]);
    const ids = [...new Set(both.map((p) => p.body.publicId as string))];
    expect((await api.call('DELETE', `${r}/publication`, as('coordinator'))).status).toBe(204);
    for (const id of ids) expect((await raw(`public/results/${id}`)).status).toBe(404);
  });
});
