import { azuriteConnectionString, startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { startApiProcess } from '../helpers/startApiProcess';
import { startStallingProxy, type StallingProxy } from '../helpers/stallingProxy';

// Storage that hangs instead of failing, and writes that race: the API reaches storage through a
// proxy that can hold requests (as a hung account or a paused Azurite would).
const CREATION_KEY = 'faults-creation-key-0123456789abcdef';
let azurite: Azurite;
let proxy: StallingProxy;
let api: Awaited<ReturnType<typeof startApiProcess>>;

beforeAll(async () => {
  azurite = await startAzurite();
  proxy = await startStallingProxy(azurite.port);
  api = await startApiProcess({ STORAGE_CONNECTION_STRING: azuriteConnectionString(proxy.port), ROUND_CREATION_KEY: CREATION_KEY });
}, 60_000);
afterAll(async () => {
  proxy.release();
  await api.stop();
  await proxy.close();
  await azurite.stop();
});

const call = (method: string, route: string, token?: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.baseUrl}/${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    // Far above the API's own storage deadline: a hang here is the defect the test is for.
    signal: AbortSignal.timeout(30_000),
  });

async function newRound(name: string, participants: string[]) {
  const res = await call('POST', 'rounds', CREATION_KEY, { name, participantKind: 'municipalities', participants: participants.map((n) => ({ name: n })) });
  expect(res.status).toBe(201);
  return res.json() as Promise<{ roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[] }>;
}

describe('storage that does not answer', () => {
  it('health, summary and PUT answer 503 with Retry-After instead of hanging', async () => {
    const round = await newRound('Jumissa', ['Hitaala']);
    const p = round.participants[0]!;
    proxy.stall();
    try {
      const answers = await Promise.all([
        call('GET', 'health'),
        call('GET', `rounds/${round.roundId}/summary`, round.coordinatorKey),
        call('PUT', `rounds/${round.roundId}/submissions/${p.participantId}`, p.inviteToken, makeSubmissionInput()),
      ]);
      expect(answers.map((r) => [r.status, r.headers.get('retry-after')])).toEqual([[503, '5'], [503, '5'], [503, '5']]);
    } finally {
      proxy.release();
    }
  }, 60_000);

  it('a PUT whose write landed after the client was told 503 is not stored twice when retried', async () => {
    const round = await newRound('Myohassa', ['Viivala']);
    const p = round.participants[0]!;
    const route = `rounds/${round.roundId}/submissions/${p.participantId}`;
    expect((await call('PUT', route, p.inviteToken, makeSubmissionInput())).status).toBe(201);
    const changed = makeSubmissionInput({ participant: { name: 'Viivala', kind: 'municipality' } });
    // Only the write transaction hangs; the reads before it go through.
    proxy.stall(/\$batch/);
    const first = await call('PUT', route, p.inviteToken, changed);
    expect([first.status, proxy.held()]).toEqual([503, 1]);
    proxy.release();
    // The held write reaches storage now; the client retries the same PUT.
    let retry: Response | undefined;
    for (let i = 0; i < 20 && retry?.status !== 200; i += 1) {
      retry = await call('PUT', route, p.inviteToken, changed);
      if (retry.status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect([retry!.status, (await retry!.json()).version]).toEqual([200, 2]);
    expect((await call('GET', `${route}?version=3`, p.inviteToken)).status).toBe(404);
  }, 60_000);
});

describe('Idempotency-Key', () => {
  it('a retry with the key answers its version even after another write; the key with another body is refused', async () => {
    const round = await newRound('Avaimet', ['Avainkylä']);
    const p = round.participants[0]!;
    const route = `rounds/${round.roundId}/submissions/${p.participantId}`;
    const a = makeSubmissionInput({ participant: { name: 'Avainkylä A', kind: 'municipality' } });
    const b = makeSubmissionInput({ participant: { name: 'Avainkylä B', kind: 'municipality' } });
    const put = async (body: unknown, key: string) => {
      const res = await call('PUT', route, p.inviteToken, body, { 'idempotency-key': key, 'accept-language': 'en' });
      const json = await res.json();
      return [res.status, json.version ?? json.detail];
    };
    expect(await put(a, 'submit-1')).toEqual([201, 1]);
    expect(await put(b, 'submit-2')).toEqual([201, 2]);
    expect(await put(a, 'submit-1')).toEqual([200, 1]);
    expect(await put(b, 'submit-1')).toEqual([422, 'This Idempotency-Key was already used with a different body. Use a new key for each new submission.']);
    expect(await put(b, 'two words')).toEqual([400, 'The Idempotency-Key header must be 1–200 visible ASCII characters, without spaces.']);
    expect((await (await call('GET', route, p.inviteToken)).json()).version).toBe(2);
  }, 60_000);
});

describe('writes that race', () => {
  it('50 concurrent PUTs without If-Match are all stored, as versions 1–50', async () => {
    const round = await newRound('Ruuhka', ['Kiirela']);
    const p = round.participants[0]!;
    const route = `rounds/${round.roundId}/submissions/${p.participantId}`;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      call('PUT', route, p.inviteToken, makeSubmissionInput({ participant: { name: `Kiirela ${i}`, kind: 'municipality' } }))));
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 50 }, () => 201));
    const versions = (await Promise.all(answers.map((r) => r.json()))).map((b: { version: number }) => b.version);
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  }, 120_000);

  it('25 concurrent additions of participants with the same name all get their own id', async () => {
    const round = await newRound('Tungos', []);
    const answers = await Promise.all(Array.from({ length: 25 }, () =>
      call('POST', `rounds/${round.roundId}/participants`, round.coordinatorKey, { participants: [{ name: 'Samanniminen kunta' }] })));
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 25 }, () => 201));
    const ids = (await Promise.all(answers.map((r) => r.json()))).map((b: { participants: { participantId: string }[] }) => b.participants[0]!.participantId);
    expect(new Set(ids).size).toBe(25);
  }, 120_000);
});
