import { spawn } from 'node:child_process';
import { statSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { startAzurite } from '../scripts/dev/azurite';
import { syntheticSubmissions } from './syntheticSubmissions';

const root = path.resolve(__dirname, '..');

export interface LoadResult {
  route: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSec: number;
  non2xx: number;
}

async function startHost(env: Record<string, string>): Promise<{ base: string; stop: () => void }> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'benchHost.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bench host exited ${code}`)));
  });
  return { base, stop: () => child.kill('SIGTERM') };
}

async function load(base: string, route: string, body: string, seconds: number): Promise<LoadResult> {
  const r = await autocannon({
    url: `${base}/${route}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 50,
    duration: seconds,
  });
  return { route, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requestsPerSec: r.requests.average, non2xx: r.non2xx };
}

/** Load on validate and recommend beside the echo floor, the 300-participant summary, and the bundle. */
export async function apiBench(seconds = 10) {
  const azurite = await startAzurite();
  const key = 'bench-creation-key-0123456789abcdef';
  const host = await startHost({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: key });
  try {
    const submission = JSON.stringify({ ...syntheticSubmissions(1)[0]!, roundId: undefined, participantId: undefined });
    const loads: LoadResult[] = [];
    for (const route of ['echo', 'validate', 'recommend']) loads.push(await load(host.base, route, submission, seconds));

    const call = async (method: string, route: string, token: string, body?: unknown) => {
      const res = await fetch(`${host.base}/${route}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!res.ok) throw new Error(`${method} ${route} → ${res.status}`);
      return res.json() as Promise<Record<string, never>>;
    };
    const subs = syntheticSubmissions(300, 7);
    const round = (await call('POST', 'rounds', key, { name: 'Bench', participantKind: 'municipalities', participants: subs.map((s) => ({ name: s.participant.name })) })) as unknown as {
      roundId: string; coordinatorKey: string; participants: { participantId: string; inviteToken: string }[];
    };
    for (let i = 0; i < subs.length; i += 25) {
      await Promise.all(
        round.participants.slice(i, i + 25).map((p, k) => {
          const { roundId: _r, participantId: _p, ...s } = subs[i + k]!;
          return call('PUT', `rounds/${round.roundId}/submissions/${p.participantId}`, p.inviteToken, s);
        }),
      );
    }
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 7; i += 1) {
      const t0 = performance.now();
      const res = await fetch(`${host.base}/rounds/${round.roundId}/summary`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } });
      bytes = (await res.arrayBuffer()).byteLength;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // The coordinator's pull fetches everything in this one request.
    const pullTimes: number[] = [];
    let pullBytes = 0;
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      const res = await fetch(`${host.base}/rounds/${round.roundId}/submissions`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } });
      if (!res.ok) throw new Error(`submissions → ${res.status}`);
      pullBytes = (await res.arrayBuffer()).byteLength;
      pullTimes.push(performance.now() - t0);
    }
    pullTimes.sort((a, b) => a - b);
    const xlsxTimes: number[] = [];
    let xlsxBytes = 0;
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      const res = await fetch(`${host.base}/rounds/${round.roundId}/workbook.xlsx`, { headers: { authorization: `Bearer ${round.coordinatorKey}` } });
      if (!res.ok) throw new Error(`workbook.xlsx → ${res.status}`);
      xlsxBytes = (await res.arrayBuffer()).byteLength;
      xlsxTimes.push(performance.now() - t0);
    }
    xlsxTimes.sort((a, b) => a - b);

    const outdir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    await build({ entryPoints: [path.join(root, 'functions', 'app.ts')], bundle: true, platform: 'node', target: 'node20', minify: true, outfile: path.join(outdir, 'app.js'), external: ['@azure/functions-core'], logLevel: 'silent' });
    const bundleBytes = statSync(path.join(outdir, 'app.js')).size;
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', `require(${JSON.stringify(path.join(outdir, 'app.js'))})`], { stdio: 'ignore' });
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bundle load exited ${code}`))));
    });
    const loadMs = performance.now() - t0;

    const echo = loads[0]!;
    return {
      loads: loads.map((l) => ({ ...l, p50VsEcho: Number((l.p50Ms / Math.max(echo.p50Ms, 0.001)).toFixed(2)) })),
      summary300: { medianMs: times[3]!, bytes },
      workbook300: { medianMs: xlsxTimes[2]!, bytes: xlsxBytes },
      pullData300: { medianMs: pullTimes[2]!, bytes: pullBytes },
      bundle: { bytes: bundleBytes, nodeStartAndLoadMs: loadMs },
    };
  } finally {
    host.stop();
    await azurite.stop();
  }
}
