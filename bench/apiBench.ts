import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { API_BUNDLE } from '../scripts/packageApi';
import { countsBetween, type RequestCounts } from '../functions/storage/requestCounter';
import { startAzurite } from '../scripts/dev/azurite';
import { listeningUrl } from '../scripts/dev/listeningUrl';
import { median } from './measure';
import { syntheticSubmissions } from './syntheticSubmissions';

const root = path.resolve(__dirname, '..');

export interface LoadResult {
  route: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSec: number;
  non2xx: number;
}

/** How long the host may take to bundle and start before the bench gives up. */
const HOST_START_MS = 120_000;

/** The bench host bundled as the deployed package is (API_BUNDLE: minified ES modules), started with node. */
async function startHost(env: Record<string, string>): Promise<{ base: string; stop: () => void }> {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'ilm-bench-host-'));
  let child: ChildProcess | undefined;
  const stop = () => {
    child?.kill('SIGTERM');
    rmSync(outdir, { recursive: true, force: true });
  };
  try {
    await build({ ...API_BUNDLE, entryPoints: { benchHost: path.join(root, 'bench', 'benchHost.ts') }, outdir, outExtension: { '.js': '.mjs' }, logLevel: 'warning', absWorkingDir: root });
    const started = spawn(process.execPath, [path.join(outdir, 'benchHost.mjs')], { cwd: root, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    child = started;
    const base = await listeningUrl(started, HOST_START_MS, 'bench host');
    return { base, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

async function load(base: string, route: string, body: string, seconds: number, connections = 50): Promise<LoadResult> {
  const r = await autocannon({
    url: `${base}/${route}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  return { route, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requestsPerSec: r.requests.average, non2xx: r.non2xx };
}

const LOAD_ROUTES = ['echo', 'validate', 'recommend'] as const;
const two = (x: number) => Number(x.toFixed(2));
const spread = (xs: readonly number[]) => ({ min: two(Math.min(...xs)), median: two(median(xs)), max: two(Math.max(...xs)) });

/**
 * echo, validate and recommend in `rounds` interleaved rounds of `seconds` each at one connection
 * count, the order turning each round: each round's ratios are taken within the round (the same load on the machine); their
 * minimum, median and maximum are reported, and each route's median figures.
 */
async function loadRounds(base: string, body: string, connections: number, rounds: number, seconds: number) {
  const byRoute = new Map<string, LoadResult[]>(LOAD_ROUTES.map((r) => [r, []]));
  const vsEcho: number[] = [];
  const vsValidate: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const rps: Record<string, number> = {};
    // The order turns each round, so no route always runs right after the same one.
    for (const route of LOAD_ROUTES.map((_, k) => LOAD_ROUTES[(k + i) % LOAD_ROUTES.length]!)) {
      const l = await load(base, route, body, seconds, connections);
      byRoute.get(route)!.push(l);
      rps[route] = l.requestsPerSec;
    }
    vsEcho.push(rps.echo! / rps.recommend!);
    vsValidate.push(rps.validate! / rps.recommend!);
  }
  const loads = LOAD_ROUTES.map((route) => {
    const ls = byRoute.get(route)!;
    return { route, p50Ms: median(ls.map((l) => l.p50Ms)), p99Ms: median(ls.map((l) => l.p99Ms)), requestsPerSec: median(ls.map((l) => l.requestsPerSec)), non2xx: ls.reduce((n, l) => n + l.non2xx, 0) };
  });
  return { loads, ratios: { vsEcho: spread(vsEcho), vsValidate: spread(vsValidate) } };
}

/**
 * Load on validate and recommend beside the echo floor, the 300-participant summary, submissions and
 * workbook (times, and the Table Storage requests of each and of one PUT).
 */
export async function apiBench(seconds = 3, rounds = 5) {
  const azurite = await startAzurite();
  const key = 'bench-creation-key-0123456789abcdef';
  let started: Awaited<ReturnType<typeof startHost>> | undefined;
  try {
    const host = await startHost({ STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: key });
    started = host;
    const submission = JSON.stringify({ ...syntheticSubmissions(1)[0]!, roundId: undefined, participantId: undefined });
    for (const route of LOAD_ROUTES) await load(host.base, route, submission, 2, 10);
    const at50 = await loadRounds(host.base, submission, 50, rounds, seconds);
    // The same three at one connection (no queueing): each request's own cost.
    const at1 = await loadRounds(host.base, submission, 1, rounds, seconds);

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

    // Table Storage requests of one of each (the tables exist by now), counted in the host's SDK pipeline.
    const countsNow = async () => (await fetch(`${host.base}/bench/storage-requests`)).json() as Promise<RequestCounts>;
    const requestsOf = async (method: string, route: string, token: string, body?: unknown) => {
      const before = await countsNow();
      const res = await fetch(`${host.base}/${route}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!res.ok) throw new Error(`${method} ${route} → ${res.status}`);
      await res.arrayBuffer();
      return countsBetween(before, await countsNow());
    };
    const first = round.participants[0]!;
    const { roundId: _r, participantId: _p, ...resubmission } = subs[0]!;
    const storageRequests300 = {
      submissions: await requestsOf('GET', `rounds/${round.roundId}/submissions`, round.coordinatorKey),
      summary: await requestsOf('GET', `rounds/${round.roundId}/summary`, round.coordinatorKey),
      workbook: await requestsOf('GET', `rounds/${round.roundId}/workbook.xlsx`, round.coordinatorKey),
      put: await requestsOf('PUT', `rounds/${round.roundId}/submissions/${first.participantId}`, first.inviteToken, { ...resubmission, goalWeights: { ...resubmission.goalWeights, A: 5 } }),
    };


    const echo = at50.loads[0]!;
    return {
      seconds,
      rounds,
      loads: at50.loads.map((l) => ({ ...l, p50VsEcho: two(l.p50Ms / Math.max(echo.p50Ms, 0.001)) })),
      loads1: at1.loads,
      // How many times the echo's (validate's) req/s recommend's is, per round: goal ≤ 1.5 at 50 connections and at 1.
      recommendRatios: { at50: at50.ratios, at1: at1.ratios },
      summary300: { medianMs: times[3]!, bytes },
      workbook300: { medianMs: xlsxTimes[2]!, bytes: xlsxBytes },
      pullData300: { medianMs: pullTimes[2]!, bytes: pullBytes },
      storageRequests300,
    };
  } finally {
    started?.stop();
    await azurite.stop();
  }
}
