import { ApiError, createApiClient } from '../../addin/api/apiClient';
import { problemBody } from './serverBodies';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const REF = { roundId: 'kevat-abc', token: 'eura.TOKEN', hostId: 'aura' };
const BASE = 'http://api.test/api/rounds/kevat-abc/visits/aura';

/** A client over answers given in order; each request's url, method, headers and body are kept. */
function client(...answers: Response[]) {
  const fetchMock = jest.fn(async () => answers.shift()!);
  const api = createApiClient('http://api.test/api', fetchMock as unknown as typeof fetch);
  const sent = () => (fetchMock.mock.calls as unknown as [string, RequestInit][]).map(([url, init]) => [url, init.method, init.headers, init.body]);
  return { api, sent };
}

describe('the visit routes of the api client', () => {
  it('PUT report: If-Match sent, the version and its ETag back', async () => {
    const body = { version: 2, savedAt: '2026-03-12T10:00:00Z', report: { themes: [], summary: 'S', feedbackNotes: '' } };
    const { api, sent } = client(json(201, body, { etag: '"v2"' }));
    const input = { themes: [], summary: 'S', feedbackNotes: '' };
    expect(await api.putVisitReport(REF, input, 'fi', '"v1"')).toEqual({ body, etag: '"v2"' });
    expect(sent()).toEqual([[`${BASE}/report`, 'PUT', { 'content-type': 'application/json', 'accept-language': 'fi', authorization: 'Bearer eura.TOKEN', 'if-match': '"v1"' }, JSON.stringify(input)]]);
  });

  it('a 412 is the ApiError kind "stale"; a 422 carries the field errors', async () => {
    const errors = [{ path: ['summary'], code: 'too_long', message: 'Liian pitkä.' }];
    const { api } = client(json(412, problemBody(412, 'Tieto on muuttunut välillä', { detail: 'Vanha versio.' })), json(422, problemBody(422, 'Tiedoissa on virheitä', { errors })));
    const fail = (p: Promise<unknown>) => p.then(() => undefined, (e: ApiError) => [e.kind, e.status, e.errors]);
    const input = { themes: [], summary: 'S', feedbackNotes: '' };
    expect(await fail(api.putVisitReport(REF, input, 'fi', '"v1"'))).toEqual(['stale', 412, []]);
    expect(await fail(api.putVisitReport(REF, input, 'fi', '"v1"'))).toEqual(['invalid', 422, errors]);
  });

  it('reads that are not there yet (404) are null; a 403 stays an error', async () => {
    const notYet = () => json(404, problemBody(404, 'Ei löytynyt', { detail: 'Ei vielä.' }));
    const { api, sent } = client(notYet(), notYet(), notYet(), json(403, problemBody(403, 'Ei oikeutta', { detail: 'Ei sinun.' })));
    expect([await api.visitSelfAssessment(REF, 'sv'), await api.visitQuestions(REF, 'sv'), await api.visitReport(REF, 'sv')]).toEqual([null, null, null]);
    await expect(api.visitQuestions(REF, 'sv')).rejects.toMatchObject({ kind: 'unauthorized', status: 403 });
    expect(sent().map(([url, method]) => [url, method])).toEqual([
      [`${BASE}/self-assessment`, 'GET'], [`${BASE}/questions`, 'GET'], [`${BASE}/report`, 'GET'], [`${BASE}/questions`, 'GET'],
    ]);
  });

  it('details, questions, release and sharing go to their routes', async () => {
    const details = { hostId: 'aura', dates: [], roles: [], contact: null, material: { texts: [], links: [] }, revision: 1, updatedAt: null };
    const questions = { hostId: 'aura', themes: [], sent: true, sentAt: '2026-03-12T10:00:00Z', revision: 1, updatedAt: '2026-03-12T10:00:00Z' };
    const sharing = { hostId: 'aura', version: 3, sharing: { s1aaaaaa: 'named' }, updatedAt: '2026-03-13T10:00:00Z' };
    const { api, sent } = client(json(200, details, { etag: '"r1"' }), json(200, details, { etag: '"r2"' }), json(200, questions), json(200, { version: 3, releasedAt: 'x' }), json(200, sharing));
    expect(await api.visitDetails(REF, 'en')).toEqual({ body: details, etag: '"r1"' });
    await api.putVisitDetails(REF, { dates: [], roles: [], contact: null, material: { texts: [], links: [] } }, 'en', '"r1"');
    await api.putVisitQuestions(REF, { themes: [], sent: true }, 'en');
    expect(await api.releaseVisitReport(REF, 'en')).toEqual({ version: 3, releasedAt: 'x' });
    await api.putReportSharing(REF, { items: { s1aaaaaa: 'named' } }, 'en');
    expect(sent().map(([url, method, headers, b]) => [url, method, (headers as Record<string, string>)['if-match'] ?? null, b ?? null])).toEqual([
      [BASE, 'GET', null, null],
      [BASE, 'PUT', '"r1"', '{"dates":[],"roles":[],"contact":null,"material":{"texts":[],"links":[]}}'],
      [`${BASE}/questions`, 'PUT', null, '{"themes":[],"sent":true}'],
      [`${BASE}/report/release`, 'POST', null, null],
      [`${BASE}/report/sharing`, 'PUT', null, '{"items":{"s1aaaaaa":"named"}}'],
    ]);
  });
});
