import { readFileSync } from 'node:fs';
import path from 'node:path';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { XLSX_TYPE } from '../../functions/xlsx/xlsxResponse';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { startApiProcess } from '../helpers/startApiProcess';

// The contact person of each participant's own visit (SYSTEM.md, "The peer-learning visit", step 1):
// set on its own route or by a submission, shown in the round view and the interview plan. On Azurite.
const CREATION_KEY = 'test-creation-key-contact-0123456789ab';
const submission = () => {
  const s = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/submissions/small-rural-municipality.json'), 'utf8'));
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

const call = async (method: string, route: string, token: string, body?: unknown, lang = 'en', type = 'application/json') => {
  const res = await fetch(`${api.baseUrl}/${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'accept-language': lang, ...(body !== undefined ? { 'content-type': type } : {}) },
    ...(body !== undefined ? { body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
};

interface Created { roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] }

const AINO = { name: 'Aino Virtanen', role: 'Ilmastokoordinaattori', email: 'aino.virtanen@turku.fi' };
const PEKKA = { name: 'Pekka Oja', email: 'pekka.oja@oulu.fi' };

describe('the contact person of a participant’s visit', () => {
  let round: Created;
  let token: Record<string, string>;
  const contactRoute = (pid: string) => `rounds/${round.roundId}/participants/${pid}/contact`;
  beforeAll(async () => {
    const res = await call('POST', 'rounds', CREATION_KEY, { name: 'Yhteyshenkilöt', participantKind: 'municipalities', participants: [{ name: 'Turku' }, { name: 'Oulu' }, { name: 'Vaasa' }] });
    round = res.body as Created;
    token = Object.fromEntries(round.participants.map((p) => [p.participantId, p.inviteToken]));
  });

  it('is set by the participant itself', async () => {
    const res = await call('PUT', contactRoute('turku'), token.turku!, AINO);
    expect(res).toEqual({ status: 200, body: { participantId: 'turku', contact: AINO } });
  });

  it('is set by the coordinator for any participant, and another participant may not', async () => {
    expect((await call('PUT', contactRoute('oulu'), token.turku!, PEKKA)).status).toBe(403);
    expect(await call('PUT', contactRoute('oulu'), round.coordinatorKey, PEKKA)).toEqual({ status: 200, body: { participantId: 'oulu', contact: PEKKA } });
    expect((await call('PUT', contactRoute('ei-ole'), round.coordinatorKey, PEKKA)).status).toBe(404);
  });

  it('names an invalid e-mail with the Profile sheet’s label, in the caller’s language', async () => {
    const en = await call('PUT', contactRoute('oulu'), token.oulu!, { name: 'Pekka Oja', email: 'pekka.oulu.fi' });
    expect([en.status, en.body.errors]).toEqual([422, [{ path: ['contact', 'email'], code: 'invalid_format', message: '“Contact person: e-mail”: the format is not valid. (contact.email)' }]]);
    const fi = await call('PUT', contactRoute('oulu'), token.oulu!, { email: 'pekka@oulu.fi' }, 'fi');
    expect([fi.status, fi.body.errors.map((e: { message: string }) => e.message)]).toEqual([422, ['«Yhteyshenkilö: nimi» on pakollinen. (contact.name)']]);
  });

  it('is replaced by a submission carrying one (last write wins), also from an imported file', async () => {
    const put = await call('PUT', `rounds/${round.roundId}/submissions/oulu`, token.oulu!, { ...submission(), contact: { name: 'Liisa Laine', email: 'liisa.laine@oulu.fi' } });
    expect(put.status).toBe(201);
    const file = await participantXlsx('fi', { submission: { ...submission(), contact: { name: 'Ville Vaara', role: 'Elinkeinoasiamies', email: 'ville.vaara@vaasa.fi' } } });
    const imported = await call('POST', `rounds/${round.roundId}/submissions/vaasa/import`, token.vaasa!, file, 'fi', XLSX_TYPE);
    expect(imported.status).toBe(201);
    const view = await call('GET', `rounds/${round.roundId}`, round.coordinatorKey);
    expect(view.body.participants.map((p: { id: string; contact: unknown }) => [p.id, p.contact])).toEqual([
      ['oulu', { name: 'Liisa Laine', email: 'liisa.laine@oulu.fi' }],
      ['turku', AINO],
      ['vaasa', { name: 'Ville Vaara', role: 'Elinkeinoasiamies', email: 'ville.vaara@vaasa.fi' }],
    ]);
  });

  it('shows a participant its own contact and its team’s and hosts’ contacts in the plan', async () => {
    expect((await call('PUT', `rounds/${round.roundId}/interview-plan`, round.coordinatorKey, {})).status).toBe(201);
    const res = await call('GET', `rounds/${round.roundId}`, token.turku!);
    expect([res.body.self, res.body.plan]).toEqual([
      { id: 'turku', name: 'Turku', contact: AINO },
      {
        visitedBy: { order: 2, slot: 2, team: [{ id: 'vaasa', name: 'Vaasa', contact: { name: 'Ville Vaara', role: 'Elinkeinoasiamies', email: 'ville.vaara@vaasa.fi' } }, { id: 'oulu', name: 'Oulu', contact: { name: 'Liisa Laine', email: 'liisa.laine@oulu.fi' } }], visitDate: null },
        visits: [
          { order: 1, slot: 1, host: { id: 'oulu', name: 'Oulu', contact: { name: 'Liisa Laine', email: 'liisa.laine@oulu.fi' } }, with: { id: 'vaasa', name: 'Vaasa', contact: { name: 'Ville Vaara', role: 'Elinkeinoasiamies', email: 'ville.vaara@vaasa.fi' } }, visitDate: null },
          { order: 3, slot: 3, host: { id: 'vaasa', name: 'Vaasa', contact: { name: 'Ville Vaara', role: 'Elinkeinoasiamies', email: 'ville.vaara@vaasa.fi' } }, with: { id: 'oulu', name: 'Oulu', contact: { name: 'Liisa Laine', email: 'liisa.laine@oulu.fi' } }, visitDate: null },
        ],
      },
    ]);
  });

  it('shows every participant’s contact in the interview plan', async () => {
    const plan = await call('GET', `rounds/${round.roundId}/interview-plan`, token.vaasa!);
    expect([plan.status, plan.body.contacts]).toEqual([200, {
      oulu: { name: 'Liisa Laine', email: 'liisa.laine@oulu.fi' },
      turku: AINO,
      vaasa: { name: 'Ville Vaara', role: 'Elinkeinoasiamies', email: 'ville.vaara@vaasa.fi' },
    }]);
  });
});
