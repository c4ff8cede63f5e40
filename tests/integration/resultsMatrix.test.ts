import { makeSubmissionInput } from '../helpers/makeSubmission';
import { tomorrow } from '../helpers/resultsRound';
import { createVisitRound, SIX, startVisitApi, type VisitApi, type VisitRound } from '../helpers/visitRound';

// Who may call each results route: every route × every kind of caller, with the literal status each
// gets. `self` is the participant a per-participant route names (aura); `participant` another member.
const CREATION_KEY = 'test-creation-key-results-matrix-0123456789';
const CALLERS = ['none', 'otherRound', 'participant', 'self', 'coordinator'] as const;
type Caller = (typeof CALLERS)[number];

let api: VisitApi;
let round: VisitRound;
let otherRound: VisitRound;
const token = (c: Caller): string | undefined =>
  ({ none: undefined, otherRound: otherRound.token.aura, participant: round.token.eura, self: round.token.aura, coordinator: round.coordinatorKey })[c];

beforeAll(async () => {
  api = await startVisitApi(CREATION_KEY);
  round = await createVisitRound(api.call, CREATION_KEY, SIX);
  otherRound = await createVisitRound(api.call, CREATION_KEY, SIX);
  const put = await api.call('PUT', `rounds/${round.roundId}/submissions/aura`, round.token.aura, makeSubmissionInput());
  expect(put.status).toBe(201);
}, 90_000);
afterAll(async () => {
  await api?.stop();
});

type Row = [method: string, route: string, body: unknown, expected: Record<Caller, number>];

/** In this order: each row leaves the state the next one's statuses assume. */
const rows = (): Row[] => {
  const r = `rounds/${round.roundId}`;
  return [
    ['GET', `${r}/results/preview`, undefined, { none: 401, otherRound: 404, participant: 404, self: 404, coordinator: 403 }],
    ['PUT', `${r}/results/responses/aura`, { approve: true }, { none: 401, otherRound: 404, participant: 403, self: 409, coordinator: 403 }],
    ['POST', `${r}/results/final`, undefined, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 409 }],
    ['POST', `${r}/publication`, undefined, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 409 }],
    ['GET', `${r}/results`, undefined, { none: 401, otherRound: 404, participant: 404, self: 404, coordinator: 404 }],
    ['POST', `${r}/results/review`, { deadline: tomorrow() }, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 200 }],
    ['GET', `${r}/results/preview`, undefined, { none: 401, otherRound: 404, participant: 200, self: 200, coordinator: 403 }],
    ['PUT', `${r}/results/responses/aura`, { approve: true }, { none: 401, otherRound: 404, participant: 403, self: 200, coordinator: 403 }],
    ['GET', `${r}/results/responses`, undefined, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 200 }],
    ['POST', `${r}/results/final`, undefined, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 201 }],
    ['GET', `${r}/results`, undefined, { none: 401, otherRound: 404, participant: 200, self: 200, coordinator: 200 }],
    ['POST', `${r}/publication`, undefined, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 201 }],
    ['DELETE', `${r}/publication`, undefined, { none: 401, otherRound: 404, participant: 403, self: 403, coordinator: 204 }],
  ];
};

describe('the results routes’ authorization matrix', () => {
  it('answers every route × caller with its literal status', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const [method, route, body, expected] of rows()) {
      for (const c of CALLERS) {
        const res = await api.call(method, route, token(c), body);
        got.push(`${method} ${route.replace(round.roundId, 'R')} ${c} ${res.status}`);
        want.push(`${method} ${route.replace(round.roundId, 'R')} ${c} ${expected[c]}`);
      }
    }
    expect(got).toEqual(want);
  }, 60_000);

  it('serves the public route to anyone while published, with or without a token, and 404 otherwise', async () => {
    const r = `rounds/${round.roundId}`;
    const pub = await api.call('POST', `${r}/publication`, round.coordinatorKey);
    expect(pub.status).toBe(201);
    for (const c of CALLERS) expect((await api.call('GET', `public/results/${pub.body.publicId}`, token(c))).status).toBe(200);
    expect((await api.call('GET', 'public/results/AAAAAAAAAAAAAAAAAAAAAA', undefined)).status).toBe(404);
    expect((await api.call('GET', 'public/results/not-an-id', undefined)).status).toBe(404);
    expect((await api.call('DELETE', `${r}/publication`, round.coordinatorKey)).status).toBe(204);
    expect((await api.call('GET', `public/results/${pub.body.publicId}`, undefined)).status).toBe(404);
  });
});
