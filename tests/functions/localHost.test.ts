import { matchRoute } from '../../functions/localHost/matchRoute';
import { startApiProcess } from '../helpers/startApiProcess';
import { makeSubmissionInput } from '../helpers/makeSubmission';

describe('matchRoute', () => {
  it.each([
    ['validate', 'validate', {}],
    ['rounds/{roundId}/submissions/{participantId}', 'rounds/r-1/submissions/p%2D2', { roundId: 'r-1', participantId: 'p-2' }],
    ['rounds/{roundId}/submissions/{participantId?}', 'rounds/r-1/submissions', { roundId: 'r-1' }],
    ['items/{id:int}', 'items/42', { id: '42' }],
    ['items/{id:int}', 'items/x', null],
    ['rounds/{roundId}', 'rounds/a/b', null],
    ['rounds/{roundId}', 'rounds/%E0%A4%A', null],
    ['validate', 'other', null],
  ])('%s ~ %s', (template, path, expected) => {
    expect(matchRoute(template, path)).toEqual(expected);
  });
});

// The host runs in its own Node process, as `npm run start:api` runs it: jest's module system would
// bypass the @azure/functions-core hook that the real worker (and our host) relies on.
describe('local Functions host over HTTP', () => {
  let api: Awaited<ReturnType<typeof startApiProcess>>;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startApiProcess();
    baseUrl = api.baseUrl;
  }, 40_000);
  afterAll(async () => {
    await api.stop();
  });

  it('serves the registered handlers under /api', async () => {
    const res = await fetch(`${baseUrl}/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(makeSubmissionInput()),
    });
    expect([res.status, await res.json()]).toEqual([200, { valid: true }]);
  });

  it('answers CORS preflight and headers for the add-in origin only', async () => {
    const pre = await fetch(`${baseUrl}/recommend`, { method: 'OPTIONS', headers: { origin: 'https://localhost:3000' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    const other = await fetch(`${baseUrl}/catalog`, { headers: { origin: 'https://evil.example' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['GET', 'validate', 405],
    ['DELETE', 'catalog', 405],
    ['GET', 'no-such-route', 404],
  ])('%s /api/%s → %i problem+json', async (method, route, status) => {
    const res = await fetch(`${baseUrl}/${route}`, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    if (status === 405) expect(res.headers.get('allow')).toMatch(/^(POST|GET)$/);
  });
});
