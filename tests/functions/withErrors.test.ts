import { HttpRequest, InvocationContext } from '@azure/functions';
import { withErrors } from '../../functions/http/withErrors';
import { DocumentTooLargeError, PreconditionFailedError } from '../../functions/storage/RoundStore';

const context = () => new InvocationContext({ functionName: 'test', invocationId: 'test-invocation' });
const request = (lang: string) => new HttpRequest({ url: 'http://localhost:7071/api/x', method: 'PUT', headers: { 'accept-language': lang } });
const throwing = (err: Error) => withErrors(async () => { throw err; });

describe('withErrors maps the storage layer’s errors to answers, never a 500', () => {
  it.each([
    ['fi', 'Tekstit ovat yhteensä liian pitkiä tallennettaviksi. Lyhennä niitä ja lähetä uudelleen.'],
    ['en', 'The texts are too long in all to be stored. Shorten them and send again.'],
  ])('a document that does not fit its entity is a 413 that says what to do (%s)', async (lang, detail) => {
    const res = await throwing(new DocumentTooLargeError('visit questions'))(request(lang), context());
    expect([res.status, JSON.parse(String(res.body)).detail]).toEqual([413, detail]);
  });

  it('a stale write is a 412', async () => {
    expect((await throwing(new PreconditionFailedError())(request('en'), context())).status).toBe(412);
  });
});
