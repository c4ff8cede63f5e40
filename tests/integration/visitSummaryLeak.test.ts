import { loadWorkbook, partsContaining, sheetCells, zipEntries } from '../files/xlsxTestData';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// SYSTEM.md "Sharing levels" for the interview teams' reports: a `team`-level item of host aura (and
// its draft, overall summary and feedback notes) reaches aura, its team (eura, ii) and the coordinator
// only — never the members' summary, the shared sheet or any other route or file a member can get.
const CREATION_KEY = 'test-creation-key-visit-leak-0123456789';
const MARK = {
  team: 'QLKteamAuraStrength',
  teamDev: 'QLKteamAuraDevelopment',
  summary: 'QLKsummaryAuraStrength',
  named: 'QLKnamedAuraDevelopment',
  overall: 'QLKoverallAura',
  notes: 'QLKnotesAura',
  draft: 'QLKdraftAura',
};
const PRIVATE = [MARK.team, MARK.teamDev, MARK.overall, MARK.notes, MARK.draft];

let api: VisitApi;
let round: VisitRound;
const as = (who: string) => (who === 'coordinator' ? round.coordinatorKey : round.token[who]!);
const ids = ['aura', 'eura', 'ii', 'oulu', 'pori', 'salo'];

beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  round = await createVisitRound(api.call, CREATION_KEY, SIX);
  const base = `rounds/${round.roundId}/visits/aura`;
  const report = {
    themes: [{ themeId: 'procurement', strengths: [{ text: MARK.team }, { text: MARK.summary }], developmentAreas: [{ text: MARK.teamDev }, { text: MARK.named }] }],
    summary: MARK.overall,
    feedbackNotes: MARK.notes,
  };
  const put = await api.call('PUT', `${base}/report`, as('eura'), report);
  if (put.status !== 201 && put.status !== 200) throw new Error(`report: ${put.text}`);
  expect((await api.call('POST', `${base}/report/release`, as('ii'))).status).toBe(200);
  const released = await api.call('GET', `${base}/report`, as('aura'));
  const items = released.body.report.themes[0] as { strengths: { id: string; text: string }[]; developmentAreas: { id: string; text: string }[] };
  const id = (text: string) => [...items.strengths, ...items.developmentAreas].find((i) => i.text === text)!.id;
  const sharing = await api.call('PUT', `${base}/report/sharing`, as('aura'), { items: { [id(MARK.summary)]: 'summary', [id(MARK.named)]: 'named' } });
  expect(sharing.status).toBe(200);
  // A later draft (not released) with one more text.
  const latest = await api.call('GET', `${base}/report`, as('eura'));
  const draft = { ...latest.body.report, themes: [{ ...items, strengths: [...items.strengths, { text: MARK.draft }] }] };
  expect((await api.call('PUT', `${base}/report`, as('ii'), draft, { 'if-match': latest.headers.get('etag')! })).status).toBe(201);
}, 90_000);
afterAll(async () => {
  await api?.stop();
});

/** Everything a participant can read: each GET route of the round and of every visit, JSON and files. */
async function readableBy(who: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const r = `rounds/${round.roundId}`;
  const routes = [r, `${r}/summary`, `${r}/recommended-models`, `${r}/interview-plan`, `${r}/visits`, `${r}/submissions`, `${r}/workbook.xlsx`, `${r}/template.xlsx`];
  for (const h of ids) routes.push(`${r}/visits/${h}`, `${r}/visits/${h}/self-assessment`, `${r}/visits/${h}/questions`, `${r}/visits/${h}/report`, `${r}/submissions/${h}`);
  for (const route of routes) {
    const res = await fetchBytes(route, as(who));
    if (res.status !== 200) continue;
    if (route.endsWith('.xlsx')) for (const [part, text] of zipEntries(res.bytes)) out.set(`${route}#${part}`, text);
    else out.set(route, res.bytes.toString('utf8'));
  }
  return out;
}

async function fetchBytes(route: string, token: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${api.baseUrl}/${route}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('a team-level item of host aura', () => {
  it('is in no route or file any other member can read (summary, shared sheet, plan, round, visits, templates)', async () => {
    for (const who of ['oulu', 'pori', 'salo']) {
      const readable = await readableBy(who);
      expect(readable.has(`rounds/${round.roundId}/summary`)).toBe(true);
      expect(readable.has(`rounds/${round.roundId}/recommended-models`)).toBe(true);
      expect(readable.has(`rounds/${round.roundId}/template.xlsx#xl/workbook.xml`)).toBe(true);
      const leaks = PRIVATE.flatMap((m) => [...readable].filter(([, text]) => text.includes(m)).map(([where]) => `${who}: ${m} in ${where}`));
      expect(leaks).toEqual([]);
    }
  }, 60_000);

  it('is not in the members’ summary or the shared sheet of the host and its team either', async () => {
    // (They do read it where the team level promises it: the report itself.)
    const teamView = await api.call('GET', `rounds/${round.roundId}/visits/aura/report`, as('eura'));
    expect(PRIVATE.filter((m) => !teamView.text.includes(m))).toEqual([]);
    for (const who of ['aura', 'eura', 'ii']) {
      for (const route of ['summary', 'recommended-models']) {
        const res = await api.call('GET', `rounds/${round.roundId}/${route}`, as(who));
        expect([who, route, res.status, PRIVATE.filter((m) => res.text.includes(m))]).toEqual([who, route, 200, []]);
      }
    }
  });

  it('leaves the shared items in the members’ summary: summary without the host’s name, named with it', async () => {
    const res = await api.call('GET', `rounds/${round.roundId}/summary`, as('salo'));
    const procurement = (res.body.themes as { themeId: string; teamStrengths: unknown; teamDevelopmentAreas: unknown }[]).find((t) => t.themeId === 'procurement')!;
    expect([res.body.audience, procurement.teamStrengths, procurement.teamDevelopmentAreas]).toEqual(['member', [{ text: MARK.summary }], [{ text: MARK.named, hostName: 'Aura' }]]);
  });

  it('is in the coordinator’s workbook on the coordinator-only Report texts sheet only', async () => {
    const res = await fetchBytes(`rounds/${round.roundId}/workbook.xlsx`, round.coordinatorKey);
    expect(res.status).toBe(200);
    const bytes = res.bytes;
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Round', 'Participants', 'Summary', 'Combined data', 'Interviews', 'Visits', 'Report texts']);
    const where = (m: string) => wb.worksheets.filter((ws) => sheetCells(ws).some((c) => c.text === m)).map((ws) => ws.name);
    expect(PRIVATE.map((m) => [m, where(m)])).toEqual(PRIVATE.map((m) => [m, ['Report texts']]));
    expect([where(MARK.summary), where(MARK.named)]).toEqual([['Summary', 'Report texts'], ['Summary', 'Report texts']]);
    // The released version of the named item (v1) on the Summary, beside the host's name; the latest (v2) texts on Report texts.
    const summary = sheetCells(wb.getWorksheet('Summary')!);
    const namedRow = summary.find((c) => c.text === MARK.named)!.row;
    expect(summary.filter((c) => c.row === namedRow).map((c) => c.text)).toEqual(['Procurement', 'Development area', MARK.named, 'In the summary with the name', 'Aura']);
    const summaryRow = summary.find((c) => c.text === MARK.summary)!.row;
    expect(summary.filter((c) => c.row === summaryRow).map((c) => c.text)).toEqual(['Procurement', 'Strength', MARK.summary, 'In the summary without the name']);
    expect(partsContaining(zipEntries(bytes), MARK.team)).toHaveLength(1);
  });
});
