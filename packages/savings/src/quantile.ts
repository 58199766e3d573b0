/** A range of outcomes: 10th, 50th and 90th percentile and the mean. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/** The p-quantile of ascending sorted values, interpolating linearly between order statistics. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  if (lo + 1 >= n) return low;
  const high = sorted[lo + 1] as number;
  return low + (h - lo) * (high - low);
}

/** P10/P50/P90 and mean of values (sorted in place). */
export function bandOf(values: Float64Array): Band {
  values.sort();
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i] as number;
  return {
    p10: quantileSorted(values, 0.1),
    p50: quantileSorted(values, 0.5),
    p90: quantileSorted(values, 0.9),
    mean: values.length > 0 ? sum / values.length : 0,
  };
}
