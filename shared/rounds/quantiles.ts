/** Location and spread of a set of scores. */
export interface Spread {
  n: number;
  mean: number;
  median: number;
  q1: number;
  q3: number;
  iqr: number;
}

/**
 * Quantile by linear interpolation between closest ranks, the method of Excel's QUARTILE.INC and
 * PERCENTILE.INC, so the coordinator workbook's formulas give the same numbers. `sorted` is ascending.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.25) // 1.75
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

/**
 * Mean, median and interquartile range; null for no values. Does not mutate its input.
 *
 * @example
 * spread([4, 2, 5, 3]) // { n: 4, mean: 3.5, median: 3.5, q1: 2.75, q3: 4.25, iqr: 1.5 }
 */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return {
    n: sorted.length,
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    median: quantile(sorted, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
  };
}

/** The value at 0-based rank `rank` of the sorted scores that `counts` tallies (see spreadOfCounts). */
function scoreAtRank(counts: ArrayLike<number>, offset: number, rank: number): number {
  let seen = 0;
  for (let k = 0; k < 4; k += 1) {
    seen += counts[offset + k]!;
    if (rank < seen) return k + 1;
  }
  return 5;
}

/**
 * The same as spread() of the integer scores 1–5 that `counts` tallies: counts[offset + k] is how
 * many values equal k + 1. Sums of small integers are exact, so mean and quantiles come out
 * bit-identical to sorting the values themselves.
 *
 * @example
 * spreadOfCounts([1, 1, 1, 1, 0], 0) // { n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, iqr: 1.5 }
 */
export function spreadOfCounts(counts: ArrayLike<number>, offset: number): Spread | null {
  let n = 0;
  let sum = 0;
  for (let k = 0; k < 5; k += 1) {
    n += counts[offset + k]!;
    sum += (k + 1) * counts[offset + k]!;
  }
  if (n === 0) return null;
  const at = (p: number) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const a = scoreAtRank(counts, offset, lo);
    const b = scoreAtRank(counts, offset, Math.min(lo + 1, n - 1));
    return a + (h - lo) * (b - a);
  };
  const q1 = at(0.25);
  const q3 = at(0.75);
  return { n, mean: sum / n, median: at(0.5), q1, q3, iqr: q3 - q1 };
}
