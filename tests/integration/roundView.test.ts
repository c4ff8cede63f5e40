import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { DEFAULT_THEMES } from '../../shared/catalog/themes';
import { startApiProcess } from '../helpers/startApiProcess';

// GET /api/rounds/{roundId} (both views) and the stored interview plan, over HTTP on Azurite.
const CREATION_KEY = 'test-creation-key-round-view-0123456789';
const submission = () => {
  const s = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/submissions/mid-size-town.json'), 'utf8'));
  delete s.roundId;
  delete s.participantId;
  return s;
};

let azurite: Azurite;
let api: Awaited<ReturnType<typeof startApiProcess>>;
beforeAll(async () => {
  azurite = await startAzurite();
  api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: CREATION_KEY });
}, 60_000);
afterAll(async () => {
  await api.stop();
  await azurite.stop();
});

const call = async (method: string, route: string, token: string, body?: unknown) => {
  const res = await fetch(`${api.baseUrl}/${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
};

interface Created { roundId: string; coordinatorKey: string; participants: { participantId: string; name: string; inviteToken: string }[] }

describe('the round, readable by its members, and its stored interview plan', () => {
  let round: Created;
  let token: Record<string, string>;
  beforeAll(async () => {
    const res = await call('POST', 'rounds', CREATION_KEY, {
      name: 'Näkymäkierros',
      participantKind: 'municipalities',
      themes: [{ id: 'organisation-and-responsibilities' }, { id: 'vesihuolto', name: { fi: 'Vesihuolto', sv: 'Vattentjänster' } }, ...DEFAULT_THEMES.slice(1).map((t) => ({ id: t.id }))],
      phases: [{ phaseId: 'organise', start: '2026-01-12', end: '2026-02-20' }],
      participants: [{ name: 'Turku' }, { name: 'Oulu' }, { name: 'Hyvinkää' }],
    });
    round = res.body as Created;
    token = Object.fromEntries(round.participants.map((p) => [p.participantId, p.inviteToken]));
  });

  it('answers 404 with a clear message before the plan is written', async () => {
    const res = await call('GET', `rounds/${round.roundId}/interview-plan`, token.oulu!);
    expect([res.status, res.body.detail]).toEqual([404, 'There is no interview plan yet. The coordinator writes it first.']);
  });

  it('writes the plan once; writing again answers with the stored plan unchanged', async () => {
    const first = await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, {});
    expect([first.status, first.body.changedTeams, first.body.visits.map((v: { hostId: string; teamIds: string[] }) => [v.hostId, v.teamIds])]).toEqual([
      201,
      [],
      [['hyvinkaa', ['oulu', 'turku']], ['oulu', ['turku', 'hyvinkaa']], ['turku', ['hyvinkaa', 'oulu']]],
    ]);
    const again = await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, {});
    expect([again.status, again.body.visits]).toEqual([200, first.body.visits]);
    expect((await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, { replan: 'yes' })).status).toBe(422);
  });

  it('shows a participant the round, its own entry and its place in the plan', async () => {
    const res = await call('GET', `rounds/${round.roundId}`, token.oulu!);
    expect([res.status, res.headers.get('cache-control')]).toEqual([200, 'no-store']);
    expect({ ...res.body, themes: res.body.themes.slice(0, 2) }).toEqual({
      roundId: round.roundId,
      name: 'Näkymäkierros',
      participantKind: 'municipalities',
      themes: [
        { id: 'organisation-and-responsibilities', name: { fi: 'Organisointi ja vastuut', sv: 'Organisering och ansvar', en: 'Organisation and responsibilities' } },
        { id: 'vesihuolto', name: { fi: 'Vesihuolto', sv: 'Vattentjänster', en: 'Vesihuolto' } },
      ],
      phases: [{ phaseId: 'organise', start: '2026-01-12', end: '2026-02-20' }],
      audience: 'participant',
      self: { id: 'oulu', name: 'Oulu', contact: null },
      plan: {
        visitedBy: { order: 2, slot: 2, team: [{ id: 'turku', name: 'Turku', contact: null }, { id: 'hyvinkaa', name: 'Hyvinkää', contact: null }], visitDate: null },
        visits: [
          { order: 1, slot: 1, host: { id: 'hyvinkaa', name: 'Hyvinkää', contact: null }, with: { id: 'turku', name: 'Turku', contact: null }, visitDate: null },
          { order: 3, slot: 3, host: { id: 'turku', name: 'Turku', contact: null }, with: { id: 'hyvinkaa', name: 'Hyvinkää', contact: null }, visitDate: null },
        ],
      },
      submission: null,
    });
    expect(res.body.themes).toHaveLength(8);
  });

  it('shows the coordinator every participant with its submission status, without bodies', async () => {
    const put = await call('PUT', `rounds/${round.roundId}/submissions/turku`, token.turku!, submission());
    expect(put.status).toBe(201);
    const res = await call('GET', `rounds/${round.roundId}`, round.coordinatorKey);
    expect([res.status, res.body.audience, res.body.self, res.body.plan]).toEqual([200, 'coordinator', null, null]);
    expect(res.body.participants).toEqual([
      { id: 'hyvinkaa', name: 'Hyvinkää', contact: null, latest: null },
      { id: 'oulu', name: 'Oulu', contact: null, latest: null },
      { id: 'turku', name: 'Turku', contact: null, latest: { version: 1, submittedAt: put.body.submittedAt } },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Harjuniemen');
  });

  it("shows a participant its own latest version and the hosts' agreed visit dates (the earliest of each)", async () => {
    const dates = await call('PUT', `rounds/${round.roundId}/visits/hyvinkaa`, token.hyvinkaa!, { dates: ['2027-02-10', '2027-02-03'] });
    expect(dates.status).toBe(200);
    const turku = await call('GET', `rounds/${round.roundId}`, token.turku!);
    expect([turku.body.submission?.version, turku.body.plan.visits.map((v: { host: { id: string }; visitDate: string | null }) => [v.host.id, v.visitDate])]).toEqual([
      1, [['hyvinkaa', '2027-02-03'], ['oulu', null]],
    ]);
    const hyvinkaa = await call('GET', `rounds/${round.roundId}`, token.hyvinkaa!);
    expect([hyvinkaa.body.submission, hyvinkaa.body.plan.visitedBy.visitDate]).toEqual([null, '2027-02-03']);
  });

  it('gives a participant added later a team without moving any planned team', async () => {
    const added = await call('POST', `rounds/${round.roundId}/participants`, round.coordinatorKey, { participants: [{ name: 'Vaasa' }] });
    expect(added.status).toBe(201);
    const plan = await call('GET', `rounds/${round.roundId}/interview-plan`, token.turku!);
    expect(plan.body.visits.map((v: { hostId: string; teamIds: string[] }) => [v.hostId, v.teamIds])).toEqual([
      ['hyvinkaa', ['oulu', 'turku']],
      ['oulu', ['turku', 'hyvinkaa']],
      ['turku', ['hyvinkaa', 'oulu']],
      ['vaasa', ['hyvinkaa', 'oulu']],
    ]);
    expect([plan.body.names.vaasa, plan.body.contacts.vaasa]).toEqual(['Vaasa', null]);
  });

  it('re-plans from scratch on request and names only the hosts whose team changed', async () => {
    const res = await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, { replan: true });
    expect([res.status, res.body.changedTeams, res.body.visits.map((v: { hostId: string; teamIds: string[] }) => [v.hostId, v.teamIds])]).toEqual([
      200,
      ['oulu', 'turku'],
      [['hyvinkaa', ['oulu', 'turku']], ['oulu', ['turku', 'vaasa']], ['turku', ['vaasa', 'hyvinkaa']], ['vaasa', ['hyvinkaa', 'oulu']]],
    ]);
  });
});
