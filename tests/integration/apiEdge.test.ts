import net from 'node:net';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { MAX_BODY_BYTES } from '../../functions/http/bodyLimits';
import { makeSubmissionInput } from '../helpers/makeSubmission';
import { startApiProcess } from '../helpers/startApiProcess';

// The API's edge as a client meets it over HTTP: body limits, Host headers, security headers and
// capped error lists, served by the local host in its own process as `npm run start:api` serves it.
const CREATION_KEY = 'edge-creation-key-0123456789abcdef';
let azurite: Azurite;
let api: Awaited<ReturnType<typeof startApiProcess>>;
let base: URL;

beforeAll(async () => {
  azurite = await startAzurite();
  api = await startApiProcess({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: CREATION_KEY });
  base = new URL(api.baseUrl);
}, 60_000);
afterAll(async () => {
  await api.stop();
  await azurite.stop();
});

/**
 * Sends the headers of a request that claims a huge body (nothing of it), or streams a chunked body
 * until the server answers, over a raw socket (a client still writing when the server closes gets
 * EPIPE; the answer is what counts); resolves with the status and the body bytes sent by then.
 */
function partialUpload(method: string, route: string, headers: Record<string, string>, chunked: boolean): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answer = '';
    const socket = net.connect(Number(base.port), base.hostname);
    const head = Object.entries({ host: base.host, ...headers }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(0x10000, 0x61), Buffer.from('\r\n')]);
    // At most 16 MiB, stopping as soon as the answer arrives: the server must not wait for the rest.
    const pump = () => {
      while (answer === '' && sent < 16 * 1024 * 1024 && !socket.destroyed) {
        sent += 0x10000;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      socket.write(`${method} /api/${route} HTTP/1.1\r\n${head}\r\n`);
      if (chunked) pump();
    });
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (m) {
        resolve({ status: Number(m[1]), sent });
        socket.destroy();
      }
    });
    socket.on('error', (err) => (answer ? undefined : (err as NodeJS.ErrnoException).code === 'EPIPE' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err)));
    socket.on('close', () => (answer ? undefined : reject(new Error(`closed without an answer after ${sent} bytes`))));
  });
}

/** One raw HTTP/1.1 request with a Host header fetch would never send; resolves with the status line's code. */
function rawHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(base.port), base.hostname, () => socket.write(`GET /api/catalog HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

describe('request bodies', () => {
  it('refuses a 200 MB /validate from its Content-Length, before reading it', async () => {
    const r = await partialUpload('POST', 'validate', { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) }, false);
    expect([r.status, r.sent]).toEqual([413, 0]);
  });

  it('answers a chunked body that never ends with 413 at the limit', async () => {
    // The client never sends the last chunk, so an answer proves the server did not wait for the body's
    // end. How much the client had pushed by the time it read the answer depends on the machine's load
    // (the server discards up to 16 MiB more so the client can read it), so it is not asserted; a server
    // waiting for the end would never answer, and the client stops pushing at 16 MiB.
    const r = await partialUpload('POST', 'validate', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, true);
    expect(r.status).toBe(413);
  });

  // Up to 16 MiB past the limit is read and thrown away so the client sees the answer; beyond that the
  // connection is cut (a 200 MB body is never read whole).
  it.each([1, 3, 12])('a client sending a whole %i MiB JSON body reads the 413, not a reset', async (mib) => {
    const res = await fetch(`${api.baseUrl}/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(mib * 1024 * 1024, 0x20) });
    expect([res.status, res.headers.get('content-type')]).toEqual([413, 'application/problem+json; charset=utf-8']);
  });

  it('reads no body for GET: a 192 MiB GET /health is refused at once', async () => {
    const r = await partialUpload('GET', 'health', { 'content-length': String(192 * 1024 * 1024) }, false);
    expect([r.status, r.sent]).toEqual([413, 0]);
  });

  it('caps a 422 at 100 errors with the total count', async () => {
    // 40 000 unknown keys (`"k12345":1,` is 11 characters), the body just under the limit.
    const keys = Array.from({ length: 40_000 }, (_, i) => `"k${String(i).padStart(5, '0')}":1`).join(',');
    const text = `${JSON.stringify(makeSubmissionInput()).slice(0, -1)},${keys}}`;
    expect(text.length).toBeLessThan(MAX_BODY_BYTES);
    const res = await fetch(`${api.baseUrl}/validate`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: text });
    const raw = await res.text();
    const problem = JSON.parse(raw);
    expect([res.status, problem.errors.length, problem.errorCount, problem.detail]).toEqual([422, 100, 40_000, 'Showing the first 100 errors (40000 in all).']);
    expect(raw.length).toBeLessThan(20_000);
  });
});

describe('Host headers and routes', () => {
  it.each(['a b', '[::1', 'user@evil', '%zz', '127.0.0.1:99999'])('Host: %s → 400', async (host) => {
    expect(await rawHost(host)).toBe(400);
  });

  it('a target naming another host (//evil.example/…) → 400', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const socket = net.connect(Number(base.port), base.hostname, () => socket.write(`GET //evil.example/api/catalog HTTP/1.1\r\nHost: ${base.host}\r\nConnection: close\r\n\r\n`));
      let data = '';
      socket.on('data', (d) => (data += d.toString('latin1')));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
      socket.on('error', reject);
    });
    expect(status).toBe(400);
  });

  it('a plain Host still works', async () => {
    expect(await rawHost(`127.0.0.1:${base.port}`)).toBe(200);
  });
});

describe('security headers', () => {
  it('every answer is nosniff and no-referrer; every authenticated one is no-store', async () => {
    const created = await (await fetch(`${api.baseUrl}/rounds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CREATION_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Otsakkeet', participantKind: 'municipalities', participants: [{ name: 'Aa' }, { name: 'Bb' }, { name: 'Cc' }] }),
    })).json();
    const key = { authorization: `Bearer ${created.coordinatorKey}` };
    const answers = await Promise.all([
      fetch(`${api.baseUrl}/catalog`),
      fetch(`${api.baseUrl}/no-such-route`),
      fetch(`${api.baseUrl}/validate`),
      fetch(`${api.baseUrl}/openapi.json`),
      fetch(`${api.baseUrl}/rounds/${created.roundId}`, { headers: key }),
      fetch(`${api.baseUrl}/rounds/${created.roundId}/summary`, { headers: key }),
      fetch(`${api.baseUrl}/rounds/${created.roundId}/summary`, { headers: { authorization: 'Bearer coordinator.wrong' } }),
    ]);
    const seen = answers.map((r) => [r.status, r.headers.get('x-content-type-options'), r.headers.get('referrer-policy'), r.headers.get('cache-control')]);
    expect(seen).toEqual([
      [200, 'nosniff', 'no-referrer', 'public, max-age=3600'],
      [404, 'nosniff', 'no-referrer', null],
      [405, 'nosniff', 'no-referrer', null],
      [200, 'nosniff', 'no-referrer', 'public, max-age=3600'],
      [200, 'nosniff', 'no-referrer', 'no-store'],
      [200, 'nosniff', 'no-referrer', 'no-store'],
      [404, 'nosniff', 'no-referrer', 'no-store'],
    ]);
  });
});
