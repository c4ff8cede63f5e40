// `npm run bench`: prints a table of medians and writes bench/results.json. Not a test: numbers only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { combineRound } from '../shared/rounds/combineRound';
import { parseSubmission } from '../shared/schemas/parseSubmission';
import { recommend } from '../shared/recommendation/recommend';
import type { RequestCounts } from '../functions/storage/requestCounter';
import { apiBench } from './apiBench';
import { paneBench } from './paneBench';
import { benchPull, pullData, pullEntries } from './pullBench';
import { coordinatorSheets } from '../shared/layouts/coordinatorSheets';
import { writeReportXlsx } from '../functions/xlsx/writeReportXlsx';
import { measure, median, type Measurement } from './measure';
import { workbookBench } from './workbookBench';
import { coldStartBench } from './coldStartBench';
import type { CombineBenchResult } from './combineBench';
import { syntheticSubmissions } from './syntheticSubmissions';

const all = syntheticSubmissions(3000);
const one = all[0]!;
const raw300 = JSON.parse(JSON.stringify(all.slice(0, 300))) as unknown[];

const results: Measurement[] = [
  measure('parse + validate 1 submission', () => parseSubmission(raw300[0]), 200),
  measure('recommend 1 submission (models, stability, approaches)', () => recommend(one), 200),
  measure('parse + validate 300 submissions', () => raw300.forEach((r) => parseSubmission(r)), 15),
  measure('combine 300 submissions', () => combineRound(all.slice(0, 300), { audience: 'coordinator' }), 15),
  measure('combine 3000 submissions', () => combineRound(all, { audience: 'coordinator' }), 9),
];

async function main(): Promise<void> {
const c300 = results[3]!.medianMs;
const c3000 = results[4]!.medianMs;
const summary = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version },
  results,
  checks: {
    combine3000UnderOneSecond: c3000 < 1000,
    growthFactor300To3000: Number((c3000 / c300).toFixed(2)),
  },
};

console.log('\nIlmastoyhteistyö benchmark (median of runs)\n');
console.log(`${'measurement'.padEnd(58)} ${'median ms'.padStart(10)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'runs'.padStart(5)}`);
for (const r of results) {
  console.log(`${r.name.padEnd(58)} ${r.medianMs.toFixed(3).padStart(10)} ${r.minMs.toFixed(2).padStart(8)} ${r.maxMs.toFixed(2).padStart(8)} ${String(r.runs).padStart(5)}`);
}
console.log(`\n3 000 combined in under 1 s: ${summary.checks.combine3000UnderOneSecond ? 'yes' : 'NO'}; 300 → 3 000 grows ×${summary.checks.growthFactor300To3000} (linear ≈ ×10)\n`);
const combineFloor = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'combineBench.ts'), '--json'], { encoding: 'utf8' })) as CombineBenchResult;
console.log(`combine ÷ floor (JSON.parse of the same submissions + one pass over their values; in a process of its own, ${combineFloor.runs} interleaved runs, median ratio): ${combineFloor.sizes.map((s) => `${s.submissions} ×${s.ratio} (${s.combineMs} ms vs ${s.floorMs} ms)`).join(', ')}; 3 000 → 30 000 grows ×${combineFloor.growth} (floor ×${combineFloor.floorGrowth}; linear ≈ ×10), goal ≤ ×1.5\n`);

const api = await apiBench(Number(process.env.BENCH_SECONDS ?? 3));
console.log(`API through the local host, bundled as deployed (autocannon; after a warm-up, ${api.rounds} interleaved rounds of ${api.seconds} s per route, the order turning each round, at 50 connections, then at 1; medians; Azurite in memory)\n`);
console.log(`${'route'.padEnd(20)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(9)} ${'non-2xx'.padStart(8)} ${'p50 / echo'.padStart(11)}`);
for (const l of api.loads) {
  console.log(`${('POST /api/' + l.route).padEnd(20)} ${l.p50Ms.toFixed(0).padStart(8)} ${l.p99Ms.toFixed(0).padStart(8)} ${l.requestsPerSec.toFixed(0).padStart(9)} ${String(l.non2xx).padStart(8)} ${('×' + l.p50VsEcho).padStart(11)}`);
}
for (const l of api.loads1) console.log(`${('POST /api/' + l.route + ' ×1').padEnd(20)} ${l.p50Ms.toFixed(2).padStart(8)} ${l.p99Ms.toFixed(2).padStart(8)} ${l.requestsPerSec.toFixed(0).padStart(9)} ${String(l.non2xx).padStart(8)}`);
const rr = api.recommendRatios;
const mmm = (r: { min: number; median: number; max: number }) => `×${r.median} (${r.min}–${r.max})`;
console.log(`req/s of echo ÷ recommend, per round, median (min–max): ${mmm(rr.at50.vsEcho)} at 50 connections, ${mmm(rr.at1.vsEcho)} at 1; validate ÷ recommend ${mmm(rr.at50.vsValidate)} at 50, ${mmm(rr.at1.vsValidate)} at 1 (goal ≤ ×1.5 each)`);
console.log(`\nGET summary of a 300-participant round: median ${api.summary300.medianMs.toFixed(1)} ms, ${(api.summary300.bytes / 1024).toFixed(0)} KiB`);
console.log(`GET submissions of a 300-participant round (a pull's one request): median ${api.pullData300.medianMs.toFixed(0)} ms, ${(api.pullData300.bytes / 1024).toFixed(0)} KiB`);
console.log(`GET workbook.xlsx of a 300-participant round: median ${api.workbook300.medianMs.toFixed(0)} ms, ${(api.workbook300.bytes / 1024).toFixed(0)} KiB`);
const trips = (c: RequestCounts) => `${c.total} (${Object.entries(c.byKind).map(([k, n]) => `${n} ${k}`).join(', ')})`;
const sr = api.storageRequests300;
console.log(`Table Storage requests, counted in the SDK pipeline, 300 participants: GET submissions ${trips(sr.submissions)}; GET summary ${trips(sr.summary)}; GET workbook.xlsx ${trips(sr.workbook)}; PUT a submission ${trips(sr.put)}`);
const coldStart = await coldStartBench();
console.log(`cold start, node + load of the deployed package (${coldStart.runs} interleaved runs, medians): app ${coldStart.appMs} ms, bare @azure/functions app with one route ${coldStart.bareMs} ms, node alone ${coldStart.nodeAloneMs} ms; app ÷ bare ×${coldStart.ratio}, goal ≤ ×1.5`);
console.log(`start-up loads ${coldStart.startupFiles} files, ${(coldStart.startupBytes / 1024).toFixed(0)} KiB (each route's handler, storage, ExcelJS, @azure/identity, OpenAPI load with its first request); api.zip ${(coldStart.packageBytes / 1024).toFixed(0)} KiB`);
console.log(`first request of a route, node + app.js + its handler's chunks: ${Object.entries(coldStart.firstRequestMs).map(([route, ms]) => `${route} ${ms} ms (÷ bare ×${coldStart.firstRequestRatios[route]})`).join(', ')}\n`);

const pane = await paneBench();
console.log('Task pane');
console.log(`context.sync() per command: ${Object.entries(pane.syncs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`pane JavaScript: ${(pane.bundle.bytes / 1024).toFixed(0)} KiB, gzipped ${(pane.bundle.gzipBytes / 1024).toFixed(1)} KiB (goal ≤ 250 KiB); upload page ${(pane.bundle.uploadGzipBytes / 1024).toFixed(1)} KiB gzipped`);
console.log(`time to first render in headless Chromium (outside Office, median of 5): ${pane.firstRenderMs ?? 'skipped: no Chromium'} ms\n`);

const pull6 = await benchPull(6);
const pull300 = await benchPull(300);
console.log('Coordinator pull into Excel (counted on the fake Excel; 5 sheets)');
console.log(`6 participants: ${pull6.syncs} syncs, largest request ${(pull6.maxRequestBytes / 1024).toFixed(0)} KiB`);
console.log(`300 participants: ${pull300.syncs} syncs, largest request ${(pull300.maxRequestBytes / 1024).toFixed(0)} KiB, ${(pull300.totalBytes / 1024).toFixed(0)} KiB in all (Excel on the web: 5 MB a request)`);
const data300 = pullData(pullEntries(300));
const sheetTimes: number[] = [];
const xlsxTimes: number[] = [];
let xlsxSize = 0;
for (let i = 0; i < 6; i += 1) {
  const t0 = performance.now();
  const sheets = coordinatorSheets(data300, 'fi');
  const t1 = performance.now();
  xlsxSize = (await writeReportXlsx(sheets)).byteLength;
  const t2 = performance.now();
  if (i > 0) { sheetTimes.push(t1 - t0); xlsxTimes.push(t2 - t1); }
}
const server = { sheets300Ms: median(sheetTimes), xlsx300Ms: median(xlsxTimes), xlsx300Bytes: xlsxSize };
console.log(`server, in process: coordinator sheets for 300 ${server.sheets300Ms.toFixed(1)} ms; their .xlsx ${server.xlsx300Ms.toFixed(0)} ms, ${(xlsxSize / 1024).toFixed(0)} KiB (median of 5)\n`);
const pull = { participants6: pull6, participants300: pull300, server };

const workbook = await workbookBench(300, 7);
console.log(`coordinator workbook.xlsx of 300, in process (${workbook.runs} runs each, interleaved): writer ${workbook.writerMs.min.toFixed(0)} ms min, ${workbook.writerMs.median.toFixed(0)} median, ${(workbook.bytes.file / 1024).toFixed(0)} KiB`);
console.log(`raw-XML floor (the same ${workbook.cells.floor} cells, file ${workbook.cells.file}; node zlib): ${workbook.floorMs.min.toFixed(0)} ms min, ${workbook.floorMs.median.toFixed(0)} median; writer ÷ floor ×${workbook.ratio.min} (min) ×${workbook.ratio.median} (median), goal ≤ ×1.5\n`);

const out = path.join(__dirname, 'results.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...summary, combineFloor, api, coldStart, pane, pull, workbook }, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
