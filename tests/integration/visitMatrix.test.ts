import { makeSubmissionInput } from '../helpers/makeSubmission';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// Who may do what with host aura's visit: every visit route × every kind of caller, with the statuses
// each gets. Team of aura: eura, ii (stored plan). oulu: another member; pori: on the teams of ii and oulu.
const CREATION_KEY = 'test-creation-key-visit-matrix-0123456789';
const CALLERS = ['none', 'otherRound', 'other', 'teamOfAnother', 'team', 'host', 'coordinator'] as const;
type Caller = (typeof CALLERS)[number];

let api: VisitApi;
let round: VisitRound;
let otherRound: VisitRound;
let base: string;
const token = (c: Caller): string | undefined =>
  ({ none: undefined, otherRound: otherRound.token.aura, other: round.token.oulu, teamOfAnother: round.token.pori, team: round.token.eura, host: round.token.aura, coordinator: round.coordinatorKey })[c];

const DETAILS = { dates: ['2026-04-02'], roles: ['Elinvoimajohtaja'], contact: null, material: { texts: [], links: [] } };
const QUESTIONS = { themes: [{ themeId: 'energy-audits', questions: ['Kuka tekee katselmukset?'] }], sent: true };
const REPORT = { themes: [{ themeId: 'energy-audits', strengths: [{ id: 'item0001', text: 'Katselmukset tehty' }] }], summary: 'Yhteenveto', feedbackNotes: '' };

beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  round = await createVisitRound(api.call, CREATION_KEY, SIX);
  otherRound = await createVisitRound(api.call, CREATION_KEY, SIX);
  base = `rounds/${round.roundId}/visits/aura`;
  // The state in which every route can answer 200 to whom it serves: submitted, sent, released.
  const steps = [
    await api.call('PUT', `rounds/${round.roundId}/submissions/aura`, round.token.aura, makeSubmissionInput({ participant: { name: 'Aura', kind: 'municipality' } })),
    await api.call('PUT', base, round.token.aura, DETAILS),
    await api.call('PUT', `${base}/questions`, round.token.eura, QUESTIONS),
    await api.call('PUT', `${base}/report`, round.token.eura, REPORT),
    await api.call('POST', `${base}/report/release`, round.token.eura),
  ];
  expect(steps.map((s) => s.status)).toEqual([201, 200, 200, 201, 200]);
}, 60_000);
afterAll(async () => {
  await api?.stop();
});

/** Route → request and expected status per caller, in the order of CALLERS. */
const MATRIX: [string, string, string, unknown, Record<string, string>, number[]][] = [
  ['visit-get', 'GET', '', undefined, {}, [401, 404, 403, 403, 200, 200, 200]],
  ['visit-put', 'PUT', '', DETAILS, {}, [401, 404, 403, 403, 403, 200, 200]],
  ['visit-self-assessment-get', 'GET', '/self-assessment', undefined, {}, [401, 404, 403, 403, 200, 403, 200]],
  ['visit-questions-get', 'GET', '/questions', undefined, {}, [401, 404, 403, 403, 200, 200, 200]],
  ['visit-questions-put', 'PUT', '/questions', QUESTIONS, {}, [401, 404, 403, 403, 200, 403, 403]],
  ['visit-report-get', 'GET', '/report', undefined, {}, [401, 404, 403, 403, 200, 200, 200]],
  // The version the team edits is the one written above (If-Match: * no longer matches once a version exists).
  ['visit-report-put', 'PUT', '/report', REPORT, { 'if-match': '"v1"' }, [401, 404, 403, 403, 201, 403, 403]],
  ['visit-report-release-post', 'POST', '/report/release', undefined, {}, [401, 404, 403, 403, 200, 403, 200]],
  ['visit-report-sharing-put', 'PUT', '/report/sharing', { items: { item0001: 'summary' } }, {}, [401, 404, 403, 403, 403, 200, 403]],
  // Not a workbook: the team gets as far as reading the file (422); every other caller is stopped before.
  ['visit-report-import-post', 'POST', '/report/import', 'not a workbook', { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, [401, 404, 403, 403, 422, 403, 403]],
];

describe('authorization of the visit routes', () => {
  it.each(MATRIX)('%s', async (_name, method, suffix, body, headers, expected) => {
    const statuses: number[] = [];
    for (const c of CALLERS) statuses.push((await api.call(method, `${base}${suffix}`, token(c), body, headers)).status);
    expect(statuses).toEqual(expected);
  });

  it('visit-report-form-get (an .xlsx, not JSON)', async () => {
    const statuses: number[] = [];
    for (const c of CALLERS) {
      const t = token(c);
      const res = await fetch(`${api.baseUrl}/${base}/report.xlsx`, { headers: t === undefined ? {} : { authorization: `Bearer ${t}` } });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 404, 403, 403, 200, 403, 200]);
  });

  it('visits-get: the coordinator only', async () => {
    const statuses: number[] = [];
    for (const c of CALLERS) statuses.push((await api.call('GET', `rounds/${round.roundId}/visits`, token(c))).status);
    expect(statuses).toEqual([401, 404, 403, 403, 403, 403, 200]);
  });

  it('a host not in the plan, a malformed host id and a round without a plan are 404s that say why', async () => {
    const unknown = await api.call('GET', `rounds/${round.roundId}/visits/vaasa`, round.coordinatorKey);
    expect([unknown.status, unknown.body.detail]).toEqual([404, 'The interview plan has no visit to the participant “vaasa”.']);
    expect((await api.call('GET', `rounds/${round.roundId}/visits/Aura!`, round.coordinatorKey)).status).toBe(404);
    const unplanned = await createVisitRound(api.call, CREATION_KEY, ['Hanko', 'Kemi', 'Lahti'], false);
    for (const route of [`rounds/${unplanned.roundId}/visits/hanko`, `rounds/${unplanned.roundId}/visits`]) {
      const res = await api.call('GET', route, unplanned.coordinatorKey);
      expect([res.status, res.body.detail]).toEqual([404, 'There is no interview plan yet, so there are no visits. The coordinator writes the plan first.']);
    }
    const fi = await api.call('GET', `rounds/${unplanned.roundId}/visits`, unplanned.coordinatorKey, undefined, { 'accept-language': 'fi' });
    const sv = await api.call('GET', `rounds/${round.roundId}/visits/vaasa`, round.coordinatorKey, undefined, { 'accept-language': 'sv' });
    expect([fi.body.detail, sv.body.detail]).toEqual([
      'Haastattelusuunnitelmaa ei ole vielä tehty, joten vierailuja ei ole. Koordinaattori kirjoittaa suunnitelman ensin.',
      'Intervjuplanen har inget besök hos deltagaren «vaasa».',
    ]);
  });
});

describe('what the team reads of the host', () => {
  it('carries the self-assessment at every team-visible level and never the private model notes', async () => {
    const submission = makeSubmissionInput({
      participant: { name: 'Aura', kind: 'municipality' },
      models: [{ modelId: 'diploma', status: 'planned', notes: 'QZprivate-notes' }],
      selfAssessment: [
        { themeId: 'procurement', currentPractice: 'QZteam', sharing: 'team' },
        { themeId: 'energy-audits', evidence: 'QZsummary', sharing: 'summary' },
        { themeId: 'strategy-link', strengths: 'QZnamed', sharing: 'named' },
      ],
    });
    expect((await api.call('PUT', `rounds/${round.roundId}/submissions/aura`, round.token.aura, submission)).status).toBe(201);
    for (const who of [round.token.eura, round.token.ii, round.coordinatorKey]) {
      const res = await api.call('GET', `${base}/self-assessment`, who);
      expect([res.status, res.text.match(/QZ[a-z-]+/g)]).toEqual([200, ['QZteam', 'QZsummary', 'QZnamed']]);
      expect(Object.keys(res.body)).toEqual(['hostId', 'version', 'submittedAt', 'participant', 'profile', 'selfAssessment']);
    }
  });
});

describe('once the round has ended', () => {
  it('the team is no longer let in (the `team` level holds while the round runs); host and coordinator still are', async () => {
    const created = await api.call('POST', 'rounds', CREATION_KEY, {
      name: 'Päättynyt kierros', participantKind: 'municipalities', themes: [{ id: 'procurement' }],
      phases: [{ phaseId: 'prepare', start: '2025-01-07', end: '2025-03-31' }, { phaseId: 'visits', start: '2025-04-01', end: '2025-05-30' }],
      participants: SIX.slice(0, 3).map((name) => ({ name })),
    });
    const ended = created.body as { roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] };
    const plan = await api.call('PUT', `rounds/${ended.roundId}/interview-plan`, ended.coordinatorKey, {});
    const visit = (plan.body.visits as { hostId: string; teamIds: string[] }[])[0]!;
    const tokenOf = (id: string) => ended.participants.find((p) => p.participantId === id)!.inviteToken;
    const path = `rounds/${ended.roundId}/visits/${visit.hostId}`;
    const team = await api.call('GET', path, tokenOf(visit.teamIds[0]!), undefined, { 'accept-language': 'fi' });
    expect([team.status, team.body.detail]).toEqual([403, 'Kierros päättyi 30.5.2025, ja haastatteluryhmän pääsy isännän aineistoon päättyi sen mukana. Koordinaattori ja isäntä näkevät sen yhä.']);
    expect([(await api.call('GET', path, tokenOf(visit.hostId))).status, (await api.call('GET', path, ended.coordinatorKey)).status]).toEqual([200, 200]);
  });
});
