/**
 * A range of outcomes: 10th, 50th and 90th percentile and the mean.
 *
 * @example
 * ```ts
 * const band: Band = simulate(scenario, { draws: 1000, seed: 1 }).npv;
 * band.p10 <= band.p50 && band.p50 <= band.p90; // true
 * ```
 */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i] as number;
  values[i] = values[j] as number;
  values[j] = t;
}

/**
 * Rearranges `values[left..right]` so that `values[k]` is the k-th smallest, smaller
 * ones before it and larger ones after (quickselect, median-of-three pivots; O(n)).
 */
export function selectKth(values: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < (values[lo] as number)) swap(values, mid, lo);
    if ((values[hi] as number) < (values[lo] as number)) swap(values, hi, lo);
    if ((values[hi] as number) < (values[mid] as number)) swap(values, hi, mid);
    const pivot = values[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        swap(values, i, j);
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Smallest value in `values[from..to]`. */
function minimum(values: Float64Array, from: number, to: number): number {
  let best = values[from] as number;
  for (let i = from + 1; i <= to; i += 1)
    if ((values[i] as number) < best) best = values[i] as number;
  return best;
}

/**
 * The p-quantile, interpolating linearly between order statistics (the usual "type 7"
 * definition), found by selection in `values[left..right]` (rearranged in place).
 */
function quantileIn(values: Float64Array, p: number, left: number, right: number): number {
  const n = values.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  selectKth(values, lo, left, right);
  const low = values[lo] as number;
  if (lo + 1 >= n || h === lo) return low;
  const high = minimum(values, lo + 1, n - 1);
  return low + (h - lo) * (high - low);
}

/**
 * P10/P50/P90 and mean of values (rearranged in place). Selection, not sorting: O(n).
 *
 * @example
 * ```ts
 * bandOf(Float64Array.from([5, 1, 4, 2, 3])); // { p10: 1.4, p50: 3, p90: 4.6, mean: 3 }
 * ```
 */
export function bandOf(values: Float64Array): Band {
  const n = values.length;
  if (n === 0) return { p10: 0, p50: 0, p90: 0, mean: 0 };
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += values[i] as number;
  const p50 = quantileIn(values, 0.5, 0, n - 1);
  const middle = Math.floor((n - 1) * 0.5);
  // Everything below the median's index is ≤ it, everything above ≥ it.
  const p10 = quantileIn(values, 0.1, 0, middle);
  const p90 = quantileIn(values, 0.9, middle, n - 1);
  return { p10, p50, p90, mean: sum / n };
}
