import { createApiClient } from '../../addin/api/apiClient';
import { publicUrl } from '../../addin/api/resultsClient';
import { problemBody, SERVER_BODIES } from './serverBodies';

describe('the results client', () => {
  it('calls the contract’s routes with the right credentials and makes the public links absolute', async () => {
    const calls: [string, string, string | undefined, unknown][] = [];
    const fetchImpl = jest.fn(async (url: string, init: RequestInit) => {
      calls.push([init.method!, url, (init.headers as Record<string, string>).authorization, init.body === undefined ? undefined : JSON.parse(String(init.body))]);
      const body = url.endsWith('/publication') && init.method === 'POST' ? { publicId: 'Abc', version: 2, publishedAt: 'x', path: '/api/public/results/Abc' }
        : url.endsWith('/review') ? SERVER_BODIES.openReview : url.includes('/responses/') ? SERVER_BODIES.putResultsResponse : {};
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const api = createApiClient('https://ilmasto.example/api', fetchImpl as unknown as typeof fetch);
    await api.openReview('r1', 'r1.K', '2027-03-20', 'fi');
    await api.putResultsResponse('r1', 'aura.T', { approve: true, comments: [], lower: [] }, 'fi');
    const p = await api.publishResults('r1', 'r1.K', 'fi');
    await api.withdrawResults('r1', 'r1.K', 'fi');
    expect(calls).toEqual([
      ['POST', 'https://ilmasto.example/api/rounds/r1/results/review', 'Bearer r1.K', { deadline: '2027-03-20' }],
      ['PUT', 'https://ilmasto.example/api/rounds/r1/results/responses/aura', 'Bearer aura.T', { approve: true, comments: [], lower: [] }],
      ['POST', 'https://ilmasto.example/api/rounds/r1/publication', 'Bearer r1.K', undefined],
      ['DELETE', 'https://ilmasto.example/api/rounds/r1/publication', 'Bearer r1.K', undefined],
    ]);
    expect([p.pageUrl, p.xlsxUrl, publicUrl('http://localhost:7071/api', '/api/public/results/x')]).toEqual([
      'https://ilmasto.example/api/public/results/Abc.html', 'https://ilmasto.example/api/public/results/Abc.xlsx', 'http://localhost:7071/api/public/results/x',
    ]);
  });

  it('gives the responses’ publication its absolute links, and keeps null as null', async () => {
    const list = { review: null, responses: [], publication: { publicId: 'Abc', path: '/api/public/results/Abc', publishedAt: '2027-03-22T08:00:00Z' } };
    const answers = [list, { ...list, publication: null }];
    const api = createApiClient('https://ilmasto.example/api', (async () => new Response(JSON.stringify(answers.shift()), { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch);
    expect([(await api.resultsResponses('r1', 'r1.K', 'fi')).publication, (await api.resultsResponses('r1', 'r1.K', 'fi')).publication]).toEqual([
      { publicId: 'Abc', path: '/api/public/results/Abc', publishedAt: '2027-03-22T08:00:00Z', pageUrl: 'https://ilmasto.example/api/public/results/Abc.html', xlsxUrl: 'https://ilmasto.example/api/public/results/Abc.xlsx' },
      null,
    ]);
  });

  it('reads a 404 preview or final summary as null', async () => {
    const api = createApiClient('https://ilmasto.example/api', (async () => new Response(JSON.stringify(problemBody(404, 'Ei löytynyt')), { status: 404 })) as unknown as typeof fetch);
    expect([await api.resultsPreview('r1', 'aura.T', 'fi'), await api.finalResults('r1', 'aura.T', 'fi')]).toEqual([null, null]);
  });
});
