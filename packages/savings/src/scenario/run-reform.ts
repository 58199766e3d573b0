import type { FlowKernel } from '../flow/kernel';

/** The effect parameters of one run. */
export interface ReformEffects {
  stepDown: number;
  stepUp: number;
  placementInflow: number;
  rampUpMonths: number;
}

/** Preallocated buffers for {@link runReform}, reused across draws. */
export interface ReformBuffers {
  baseline: Float64Array;
  baselineNext: Float64Array;
  reform: Float64Array;
  reformNext: Float64Array;
  /** Baseline cost per year. */
  baselineCost: Float64Array;
  /** Reform cost per year. */
  reformCost: Float64Array;
  /** Per row of the baseline: the factor on down moves, on up moves, and the stay probability. */
  baselineDown: Float64Array;
  baselineUp: Float64Array;
  baselineStay: Float64Array;
  /** The same for the reform at the current ramp share. */
  reformDown: Float64Array;
  reformUp: Float64Array;
  reformStay: Float64Array;
  /** Reform inflow per step at the current ramp share. */
  reformInflow: Float64Array;
}

/** Buffers for `n` steps over `years` years. */
export function createBuffers(n: number, years: number): ReformBuffers {
  return {
    baseline: new Float64Array(n),
    baselineNext: new Float64Array(n),
    reform: new Float64Array(n),
    reformNext: new Float64Array(n),
    baselineCost: new Float64Array(years),
    reformCost: new Float64Array(years),
    baselineDown: new Float64Array(n),
    baselineUp: new Float64Array(n),
    baselineStay: new Float64Array(n),
    reformDown: new Float64Array(n),
    reformUp: new Float64Array(n),
    reformStay: new Float64Array(n),
    reformInflow: new Float64Array(n),
  };
}

/** Share of the full effect in month `t` (0 at the start, 1 after `rampUpMonths`). */
export function rampShare(t: number, rampUpMonths: number): number {
  return rampUpMonths <= 0 ? 1 : Math.min(1, t / rampUpMonths);
}

/**
 * Per-row factors of a chain whose down moves are scaled by `downFactor` and up moves
 * by `upFactor`, as in `stepFlow`: if the scaled moves exceed 1 they are scaled back
 * to 1 and nobody stays.
 */
function rowFactors(
  kernel: FlowKernel,
  downFactor: number,
  upFactor: number,
  downOut: Float64Array,
  upOut: Float64Array,
  stayOut: Float64Array,
): void {
  const { n, down, up } = kernel;
  for (let i = 0; i < n; i += 1) {
    const moves = downFactor * (down[i] as number) + upFactor * (up[i] as number);
    if (moves > 1) {
      downOut[i] = downFactor / moves;
      upOut[i] = upFactor / moves;
      stayOut[i] = 0;
    } else {
      downOut[i] = downFactor;
      upOut[i] = upFactor;
      stayOut[i] = 1 - moves;
    }
  }
}

/**
 * Runs the baseline and the reform side by side from the kernel's stock for
 * `years × 12` months, writing each one's cost per year into the buffers. One fused
 * loop does both chains with the arithmetic of `stepFlow` (the baseline with all
 * factors 1); per-row factors are recomputed only while the ramp share changes. A
 * reform without effect therefore costs exactly the baseline. Allocates nothing.
 */
export function runReform(
  kernel: FlowKernel,
  effects: ReformEffects,
  years: number,
  buffers: ReformBuffers,
): void {
  const { n, p, inflow, placement, cost } = kernel;
  const width = n + 1;
  const { baselineCost, reformCost, baselineDown, baselineUp, baselineStay } = buffers;
  const { reformDown, reformUp, reformStay } = buffers;
  let xb = buffers.baseline;
  let yb = buffers.baselineNext;
  let xr = buffers.reform;
  let yr = buffers.reformNext;
  xb.set(kernel.stock);
  xr.set(kernel.stock);
  baselineCost.fill(0);
  reformCost.fill(0);
  rowFactors(kernel, 1, 1, baselineDown, baselineUp, baselineStay);
  let lastShare = -1;
  const reformInflow = buffers.reformInflow;
  const months = years * 12;
  let costB = 0;
  let costR = 0;
  for (let i = 0; i < n; i += 1) {
    costB += (xb[i] as number) * (cost[i] as number);
    costR += (xr[i] as number) * (cost[i] as number);
  }
  for (let t = 0; t < months; t += 1) {
    const year = (t / 12) | 0;
    baselineCost[year] = (baselineCost[year] as number) + costB;
    reformCost[year] = (reformCost[year] as number) + costR;

    const share = rampShare(t, effects.rampUpMonths);
    if (share !== lastShare) {
      lastShare = share;
      const inflowFactor = 1 + effects.placementInflow * share;
      for (let j = 0; j < n; j += 1) {
        const base = inflow[j] as number;
        reformInflow[j] = (placement[j] as number) === 1 ? base * inflowFactor : base;
      }
      rowFactors(
        kernel,
        1 + effects.stepDown * share,
        1 + effects.stepUp * share,
        reformDown,
        reformUp,
        reformStay,
      );
    }
    for (let j = 0; j < n; j += 1) {
      yb[j] = inflow[j] as number;
      yr[j] = reformInflow[j] as number;
    }
    for (let i = 0; i < n; i += 1) {
      const row = i * width;
      const xbi = xb[i] as number;
      const xri = xr[i] as number;
      const downB = xbi * (baselineDown[i] as number);
      const downR = xri * (reformDown[i] as number);
      const upB = xbi * (baselineUp[i] as number);
      const upR = xri * (reformUp[i] as number);
      for (let j = 0; j < i; j += 1) {
        const pij = p[row + j] as number;
        yb[j] = (yb[j] as number) + downB * pij;
        yr[j] = (yr[j] as number) + downR * pij;
      }
      yb[i] = (yb[i] as number) + xbi * (baselineStay[i] as number);
      yr[i] = (yr[i] as number) + xri * (reformStay[i] as number);
      for (let j = i + 1; j < n; j += 1) {
        const pij = p[row + j] as number;
        yb[j] = (yb[j] as number) + upB * pij;
        yr[j] = (yr[j] as number) + upR * pij;
      }
    }
    // Next month's cost, from the finished next state.
    costB = 0;
    costR = 0;
    for (let i = 0; i < n; i += 1) {
      costB += (yb[i] as number) * (cost[i] as number);
      costR += (yr[i] as number) * (cost[i] as number);
    }
    let swap = xb;
    xb = yb;
    yb = swap;
    swap = xr;
    xr = yr;
    yr = swap;
  }
}
