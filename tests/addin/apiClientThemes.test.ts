import { ApiError, createApiClient } from '../../addin/api/apiClient';
import { problemBody } from './serverBodies';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('apiClient.updateThemes', () => {
  it('PUTs the themes with the coordinator key and returns the stored ones', async () => {
    const fetchMock = jest.fn(async () => json(200, { themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }] }));
    const api = createApiClient('http://api.test/api', fetchMock as unknown as typeof fetch);
    const result = await api.updateThemes('kevat-abc', 'kevat-abc.KEY', { themes: [{ id: 'procurement' }] }, 'sv');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect([url, init.method, init.headers, init.body, result]).toEqual([
      'http://api.test/api/rounds/kevat-abc/themes', 'PUT',
      { 'content-type': 'application/json', 'accept-language': 'sv', authorization: 'Bearer kevat-abc.KEY' },
      '{"themes":[{"id":"procurement"}]}',
      { themes: [{ id: 'procurement', name: { fi: 'Hankinnat', sv: 'Upphandlingar', en: 'Procurement' } }] },
    ]);
  });

  it('a 409 is an ApiError carrying the service’s explanation; a 422 carries the field errors', async () => {
    const errors = [{ path: ['themes', 0, 'name'], code: 'required', message: 'Nimi puuttuu.' }];
    const answers = [json(409, problemBody(409, 'Ristiriita', { detail: 'Teemaa «Hankinnat» ei voi poistaa.' })), json(422, problemBody(422, 'Tiedoissa on virheitä', { errors }))];
    const api = createApiClient('http://api.test/api', (async () => answers.shift()!) as unknown as typeof fetch);
    const fail = (p: Promise<unknown>) => p.then(() => undefined, (e: ApiError) => [e.status, e.message, e.errors]);
    expect(await fail(api.updateThemes('kevat-abc', 'k', { themes: [] }, 'fi'))).toEqual([409, 'Teemaa «Hankinnat» ei voi poistaa.', []]);
    expect(await fail(api.updateThemes('kevat-abc', 'k', { themes: [] }, 'fi'))).toEqual([422, 'invalid', errors]);
  });
});

describe("apiClient.validate / recommend with the round's themes", () => {
  it('adds ?themes= (&themes= after lang) only when the round is known', async () => {
    const fetchMock = jest.fn(async () => json(200, { valid: true }));
    const api = createApiClient('http://api.test/api', fetchMock as unknown as typeof fetch);
    await api.validate({}, 'fi');
    await api.validate({}, 'fi', ['procurement', 'oma-lahiruoka']);
    await api.recommend({}, 'sv', ['procurement']).catch(() => undefined);
    expect(fetchMock.mock.calls.map((c) => (c as unknown as [string])[0])).toEqual([
      'http://api.test/api/validate',
      'http://api.test/api/validate?themes=procurement,oma-lahiruoka',
      'http://api.test/api/recommend?lang=sv&themes=procurement',
    ]);
  });
});
