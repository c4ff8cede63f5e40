import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { startAzurite, freePort, type Azurite } from '../../scripts/dev/azurite';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { startApiProcess } from '../helpers/startApiProcess';

const CREATION_KEY = 'resilience-creation-key-0123456789';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
let port: number;
let azurite: Azurite;
let api: Awaited<ReturnType<typeof startApiProcess>>;

beforeAll(async () => {
  port = await freePort();
  azurite = await startAzurite(port, dataDir);
  api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: CREATION_KEY });
}, 60_000);
afterAll(async () => {
  await api.stop();
  await azurite.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const send = (method: string, route: string, token: string | undefined, body?: string, headers: Record<string, string> = {}) =>
  fetch(`${api.baseUrl}/${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', ...headers },
    ...(body !== undefined ? { body } : {}),
  });

describe('storage outage', () => {
  it('answers 503 with Retry-After while Azurite is down and keeps no partial data after restart', async () => {
    const created = await (await send('POST', 'rounds', CREATION_KEY, JSON.stringify({ name: 'Katkos', participantKind: 'municipalities', participants: [{ name: 'Aakkoskunta' }] }))).json();
    const p = created.participants[0];
    const route = `rounds/${created.roundId}/submissions/${p.participantId}`;
    expect((await send('PUT', route, p.inviteToken, JSON.stringify(makeSubmissionInput()))).status).toBe(201);

    await azurite.stop();
    const down = await send('PUT', route, p.inviteToken, JSON.stringify(makeSubmissionInput({ participant: { name: 'Ei tallennu', kind: 'municipality' } })));
    expect([down.status, down.headers.get('retry-after'), down.headers.get('content-type')]).toEqual([503, '5', 'application/problem+json; charset=utf-8']);
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(503);

    azurite = await startAzurite(port, dataDir);
    const latest = await send('GET', route, p.inviteToken);
    const body = await latest.json();
    expect([latest.status, body.version, body.submission.participant.name]).toEqual([200, 1, 'Testikunta']);
    expect((await send('GET', `${route}?version=2`, p.inviteToken)).status).toBe(404);
  }, 60_000);
});

describe('fuzz: no body or token gives a 5xx', () => {
  it('300 arbitrary tokens get 401/404; validate, recommend and a submission PUT answer 2xx/4xx for 2 000 arbitrary bodies', async () => {
    const created = await (await send('POST', 'rounds', CREATION_KEY, JSON.stringify({ name: 'Fuzz', participantKind: 'municipalities', participants: [{ name: 'Fuzzkunta' }] }))).json();
    const p = created.participants[0];
    const valid = makeSubmissionInput();
    const bodyArb = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      fc.record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.jsonValue() }).map(({ key, value }) => JSON.stringify({ ...valid, [key]: value })),
    );
    const routes = [
      ['POST', 'validate', undefined],
      ['POST', 'recommend', undefined],
      ['PUT', `rounds/${created.roundId}/submissions/${p.participantId}`, p.inviteToken],
    ] as const;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9./_-]{0,60}$/), fc.constant(`coordinator.${'x'.repeat(43)}`)), async (token) => {
        const res = await fetch(`${api.baseUrl}/rounds/${created.roundId}/summary`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
        if (!res) return true; // a header fetch refuses to send (e.g. a newline) never reaches the server
        await res.arrayBuffer();
        return res.status === 401 || res.status === 404;
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.constantFrom(0, 1, 2), async (body, r) => {
        const [method, route, token] = routes[r]!;
        const res = await send(method, route, token, body);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return res.status < 500;
      }),
      { numRuns: 2000 },
    );
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 120_000);
});
