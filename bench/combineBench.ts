/**
 * combineRound beside its floor, at two sizes. The floor is what any combine must do at least: parse
 * the submissions' JSON and pass once over every value combine reads (statuses, impact scores, goal
 * weights, capacities, ratings, sharing levels, texts). The measure parses the same string and combines
 * it for the coordinator with the round's themes, as the API does. Runs are interleaved (floor and
 * combine, both sizes, in turn), so a busy machine slows both alike; each ratio is the median of the
 * per-run ratios.
 */
import { performance } from 'node:perf_hooks';
import { CATALOG } from '../shared/catalog/catalog';
import { combineRound } from '../shared/rounds/combineRound';
import type { Submission } from '../shared/schemas/submissionSchema';
import { median } from './measure';
import { syntheticSubmissions } from './syntheticSubmissions';

/** One pass over every value combineRound reads; returns a checksum so the pass cannot be skipped. */
export function touchSubmissions(submissions: readonly Submission[]): number {
  let acc = 0;
  for (const s of submissions) {
    acc += s.profile.capacity + s.participant.name.length;
    const w = s.goalWeights;
    acc += w.A + w.B + w.C + w.D + w.E;
    if (s.profile.facts.badgesPlanned) acc += 1;
    for (const m of s.models) {
      acc += m.modelId.length + (m.status?.length ?? 0);
      const impact = m.impact;
      if (impact) acc += (impact.A ?? 0) + (impact.B ?? 0) + (impact.C ?? 0) + (impact.D ?? 0) + (impact.E ?? 0);
    }
    for (const i of s.selfAssessment) {
      acc += i.themeId.length + (i.rating ?? 0) + i.sharing.length;
      acc += (i.currentPractice?.length ?? 0) + (i.strengths?.length ?? 0) + (i.developmentAreas?.length ?? 0);
    }
  }
  return acc;
}

export interface CombineSize {
  submissions: number;
  jsonBytes: number;
  floorMs: number;
  combineMs: number;
  /** Median of the per-run ratios combine ÷ floor. */
  ratio: number;
}

export interface CombineBenchResult {
  runs: number;
  sizes: CombineSize[];
  /** Combine's median time at the largest size ÷ at the smallest. */
  growth: number;
  /** The floor's own growth over the same sizes, for comparison. */
  floorGrowth: number;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Floor and combine at each size, `runs` interleaved runs after one warm-up. */
export function combineBench(sizes: readonly number[] = [3000, 30000], runs = 7): CombineBenchResult {
  const all = syntheticSubmissions(Math.max(...sizes));
  const jsons = sizes.map((n) => JSON.stringify(all.slice(0, n)));
  const floor = (json: string) => touchSubmissions(JSON.parse(json) as Submission[]);
  // As the API combines (coordinatorData, resultsData): with the round's themes, here the seven defaults.
  const themeIds = CATALOG.themes.map((t) => t.id);
  const combine = (json: string) => combineRound(JSON.parse(json) as Submission[], { audience: 'coordinator', themeIds });
  const floorMs: number[][] = sizes.map(() => []);
  const combineMs: number[][] = sizes.map(() => []);
  for (let r = -1; r < runs; r += 1) {
    sizes.forEach((_, k) => {
      // Alternate which goes first, so neither always runs on a freshly collected heap.
      let f = 0;
      let c = 0;
      if (r % 2 === 0) {
        f = time(() => floor(jsons[k]!));
        c = time(() => combine(jsons[k]!));
      } else {
        c = time(() => combine(jsons[k]!));
        f = time(() => floor(jsons[k]!));
      }
      if (r < 0) return;
      floorMs[k]!.push(f);
      combineMs[k]!.push(c);
    });
  }
  const result = sizes.map((n, k) => ({
    submissions: n,
    jsonBytes: jsons[k]!.length,
    floorMs: Number(median(floorMs[k]!).toFixed(1)),
    combineMs: Number(median(combineMs[k]!).toFixed(1)),
    ratio: Number(median(combineMs[k]!.map((c, i) => c / floorMs[k]![i]!)).toFixed(2)),
  }));
  const first = result[0]!;
  const last = result[result.length - 1]!;
  return {
    runs,
    sizes: result,
    growth: Number((last.combineMs / first.combineMs).toFixed(2)),
    floorGrowth: Number((last.floorMs / first.floorMs).toFixed(2)),
  };
}

if (require.main === module) {
  // `--json`: one run of both sizes for runBench, which starts this file in a process of its own, so the
  // heap its other measurements left behind does not weigh on this one.
  const r = combineBench();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    for (const s of r.sizes) console.log(`${s.submissions}: floor ${s.floorMs} ms, combine ${s.combineMs} ms, ×${s.ratio}`);
    console.log(`growth ×${r.growth} (floor ×${r.floorGrowth})`);
  }
}
