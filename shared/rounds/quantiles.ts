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
