import { zipEntries } from '../files/xlsxTestData';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { ooxmlProblems } from '../helpers/ooxmlCheck';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// SYSTEM.md "The peer-learning visit", step 6: a new round linked to an earlier one; a participant in
// both sees its own earlier ratings (route and template), never anyone else's.
const CREATION_KEY = 'test-creation-key-progress-rounds-0123456789';

let api: VisitApi;
let earlier: VisitRound;
let next: VisitRound;
let r: string;
const SECRET = { aura: 'AURAN-OMA-TEKSTI-2025', eura: 'EURAN-OMA-TEKSTI-2025', ii: 'IIN-OMA-TEKSTI-2025' };
const template = async (token: string) => {
  const res = await fetch(`${api.baseUrl}/${r}/template.xlsx?lang=en`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
};
const link = (body: Record<string, unknown>, token = next.coordinatorKey) =>
  api.call('PUT', `${r}/previous`, token, { previousRoundId: earlier.roundId, previousCoordinatorKey: earlier.coordinatorKey, participants: { aura: 'aura', eura: 'eura' }, ...body });

beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  earlier = await createVisitRound(api.call, CREATION_KEY, SIX, false);
  next = await createVisitRound(api.call, CREATION_KEY, ['Aura', 'Eura', 'Ii'], false);
  r = `rounds/${next.roundId}`;
  const put = (who: 'aura' | 'eura' | 'ii', name: string, ratings: [string, number][]) =>
    api.call('PUT', `rounds/${earlier.roundId}/submissions/${who}`, earlier.token[who], makeSubmissionInput({
      participant: { name, kind: 'municipality' },
      selfAssessment: ratings.map(([themeId, rating]) => ({ themeId, rating, strengths: SECRET[who], sharing: 'named' })),
    }));
  for (const res of [await put('aura', 'Aura', [['procurement', 2], ['energy-audits', 4]]), await put('eura', 'Eura', [['procurement', 5]]), await put('ii', 'Ii', [['procurement', 1]])]) {
    if (res.status !== 201) throw new Error(`not stored: ${res.text}`);
  }
}, 90_000);
afterAll(async () => {
  await api?.stop();
});

describe('progress over rounds, over HTTP', () => {
  it('has nothing before the link', async () => {
    const [get, own] = await Promise.all([api.call('GET', `${r}/previous`, next.coordinatorKey), api.call('GET', `${r}/submissions/aura/earlier`, next.token.aura)]);
    expect([get.status, get.body.detail, own.status, own.body.detail]).toEqual([404, 'This round is not linked to an earlier round.', 404, 'This round is not linked to an earlier round.']);
  });

  it('refuses a wrong earlier key in words, an unknown earlier round, and a participant', async () => {
    const wrong = await link({ previousCoordinatorKey: next.coordinatorKey });
    expect([wrong.status, wrong.body.detail]).toEqual([403, 'The earlier round’s coordinator key is wrong. Only the earlier round’s coordinator can link it to a new round.']);
    const unknown = await link({ previousRoundId: 'no-such-round' });
    expect([unknown.status, unknown.body.detail]).toEqual([404, 'The earlier round was not found.']);
    expect((await link({}, next.token.aura)).status).toBe(403);
  });

  it('names unknown participant ids on either side (422)', async () => {
    const res = await link({ participants: { aura: 'aura', oulu: 'oulu', ii: 'nobody' } });
    expect([res.status, res.body.errors]).toEqual([422, [
      { path: ['participants', 'oulu'], code: 'invalid_value', message: 'The participant “oulu” is not in this round.' },
      { path: ['participants', 'ii'], code: 'invalid_value', message: 'The participant “nobody” is not in the earlier round.' },
    ]]);
    const twice = await link({ participants: { aura: 'aura', eura: 'aura' } });
    expect([twice.status, twice.body.errors[0].message]).toEqual([422, 'The earlier round’s participant “aura” is mapped to more than one new participant.']);
  });

  it('stores the link with the right key, and answers it without the key', async () => {
    const res = await link({});
    expect([res.status, res.body]).toEqual([200, { previousRoundId: earlier.roundId, participants: { aura: 'aura', eura: 'eura' }, linkedAt: expect.any(String) }]);
    const get = await api.call('GET', `${r}/previous`, next.coordinatorKey);
    expect([get.status, get.body]).toEqual([200, res.body]);
    expect(get.text).not.toContain(earlier.coordinatorKey.split('.')[1]);
    expect((await api.call('GET', `${r}/previous`, next.token.aura)).status).toBe(403);
  });

  it('gives a mapped participant its own earlier ratings only; others 403, the unmapped 404', async () => {
    const aura = await api.call('GET', `${r}/submissions/aura/earlier`, next.token.aura);
    expect([aura.status, aura.body]).toEqual([200, { previousRoundId: earlier.roundId, previousRoundName: 'Vierailukierros', submittedAt: expect.any(String), ratings: [{ themeId: 'procurement', rating: 2 }, { themeId: 'energy-audits', rating: 4 }] }]);
    expect(aura.text).not.toContain(SECRET.aura);
    const [byEura, byCoordinator, ii, outsider] = await Promise.all([
      api.call('GET', `${r}/submissions/aura/earlier`, next.token.eura),
      api.call('GET', `${r}/submissions/aura/earlier`, next.coordinatorKey),
      api.call('GET', `${r}/submissions/ii/earlier`, next.token.ii),
      api.call('GET', `${r}/submissions/aura/earlier`, earlier.token.aura),
    ]);
    expect([byEura.status, byCoordinator.status, ii.status, ii.body.detail, outsider.status]).toEqual([403, 403, 404, 'You have no ratings from the earlier round.', 404]);
  });

  it('puts the earlier ratings in the mapped participant’s own template, and no one else’s', async () => {
    const file = await template(next.token.aura!);
    expect(file.status).toBe(200);
    expect(await ooxmlProblems(file.bytes)).toEqual([]);
    const all = [...zipEntries(file.bytes).values()].join('\n');
    expect(all).toContain('Procurement\nPrevious round: 2 – Getting started');
    expect(all).toContain('Previous round: 4 – Established');
    for (const other of ['Previous round: 5', 'Previous round: 1', SECRET.aura, SECRET.eura, SECRET.ii, 'Eura', '>Ii<']) expect(all).not.toContain(other);
    const unmapped = [...zipEntries((await template(next.token.ii!)).bytes).values()].join('\n');
    expect(unmapped).not.toContain('Previous round');
  }, 30_000);
});
