import { type FlowKernel, monthCost, stepFlow } from '../flow/kernel';

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
  };
}

/** Share of the full effect in month `t` (0 at the start, 1 after `rampUpMonths`). */
export function rampShare(t: number, rampUpMonths: number): number {
  return rampUpMonths <= 0 ? 1 : Math.min(1, t / rampUpMonths);
}

/**
 * Runs the baseline and the reform side by side from the kernel's stock for
 * `years × 12` months, writing each one's cost per year into the buffers. Same
 * arithmetic for both, so a reform without effect costs exactly the baseline.
 * Allocates nothing.
 */
export function runReform(
  kernel: FlowKernel,
  effects: ReformEffects,
  years: number,
  buffers: ReformBuffers,
): void {
  let xb = buffers.baseline;
  let yb = buffers.baselineNext;
  let xr = buffers.reform;
  let yr = buffers.reformNext;
  xb.set(kernel.stock);
  xr.set(kernel.stock);
  buffers.baselineCost.fill(0);
  buffers.reformCost.fill(0);
  const months = years * 12;
  for (let t = 0; t < months; t += 1) {
    const year = (t / 12) | 0;
    buffers.baselineCost[year] = (buffers.baselineCost[year] as number) + monthCost(kernel, xb);
    buffers.reformCost[year] = (buffers.reformCost[year] as number) + monthCost(kernel, xr);
    const share = rampShare(t, effects.rampUpMonths);
    stepFlow(kernel, xb, yb, 1, 1, 1);
    stepFlow(
      kernel,
      xr,
      yr,
      1 + effects.stepDown * share,
      1 + effects.stepUp * share,
      1 + effects.placementInflow * share,
    );
    let swap = xb;
    xb = yb;
    yb = swap;
    swap = xr;
    xr = yr;
    yr = swap;
  }
}
