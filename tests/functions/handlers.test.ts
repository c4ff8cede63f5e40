import { HttpRequest, InvocationContext } from '@azure/functions';
import { catalogGet } from '../../functions/handlers/catalog-get';
import { recommendPost } from '../../functions/handlers/recommend-post';
import { validatePost } from '../../functions/handlers/validate-post';
import { MAX_BODY_BYTES } from '../../functions/http/bodyLimits';
import { makeSubmissionInput } from '../helpers/makeSubmission';

const context = () => new InvocationContext({ functionName: 'test', invocationId: 'test-invocation' });
const post = (route: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new HttpRequest({ url: `http://localhost:7071/api/${route}`, method: 'POST', headers, body: { string: body } });
const json = (res: { body?: unknown }) => JSON.parse(String(res.body));

describe('POST /api/validate', () => {
  it('answers 200 for a valid submission', async () => {
    const res = await validatePost(post('validate', JSON.stringify(makeSubmissionInput())), context());
    expect([res.status, json(res)]).toEqual([200, { valid: true }]);
  });

  it.each([
    ['fi', 'Anna vähintään yhdelle tavoitteelle A–E paino, joka on suurempi kuin 0. (goalWeights)'],
    ['sv', 'Ge minst ett av målen A–E en vikt som är större än 0. (goalWeights)'],
    ['en', 'Give at least one of the goals A–E a weight above 0. (goalWeights)'],
  ])('answers 422 problem+json with paths in %s', async (lang, message) => {
    const body = JSON.stringify(makeSubmissionInput({ goalWeights: { A: 0, B: 0, C: 0, D: 0, E: 0 } }));
    const res = await validatePost(post('validate', body, { 'content-type': 'application/json', 'accept-language': `${lang}-FI,en;q=0.5` }), context());
    expect(res.status).toBe(422);
    expect((res.headers as Record<string, string>)['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(json(res).errors).toEqual([{ path: ['goalWeights'], code: 'weights_all_zero', message }]);
  });

  it.each([
    ['malformed JSON', 400, '{"schemaVersion":', { 'content-type': 'application/json' }],
    ['wrong content type', 415, '{}', { 'content-type': 'text/plain' }],
    ['no content type', 415, '{}', {}],
    ['oversized body', 413, JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) }), { 'content-type': 'application/json' }],
  ])('%s → %i', async (_name, status, body, headers) => {
    const res = await validatePost(post('validate', body, headers as Record<string, string>), context());
    expect(res.status).toBe(status);
    expect(json(res).status).toBe(status);
  });

  it('names invalid_json at the root', async () => {
    const res = await validatePost(post('validate', '[1,', { 'content-type': 'application/json', 'accept-language': 'en' }), context());
    expect(json(res).errors).toEqual([{ path: [], code: 'invalid_json', message: 'The content is not valid JSON.' }]);
  });
});

describe('POST /api/recommend', () => {
  it('ranks approaches and models in the requested language', async () => {
    const res = await recommendPost(post('recommend?lang=sv', JSON.stringify(makeSubmissionInput())), context());
    expect(res.status).toBe(200);
    const body = json(res);
    expect(body.approaches).toHaveLength(5);
    expect(body.models[0].rank).toBe(1);
    expect(body.models[0].reasons[0].text).toMatch(/mål/);
  });
});

describe('GET /api/catalog', () => {
  it('serves the catalogue in English when asked', async () => {
    const req = new HttpRequest({ url: 'http://localhost:7071/api/catalog?lang=en', method: 'GET' });
    const res = await catalogGet(req, context());
    const body = json(res);
    expect([res.status, body.lang, body.models.length, body.categories[0].name]).toEqual([200, 'en', 35, 'Core municipal functions']);
  });
});
