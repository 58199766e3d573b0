import type { FlowModel } from './model';

/**
 * The flow model packed into typed arrays for the monthly step, shared by `project`,
 * `projectReform` and `simulate` so they do the same arithmetic. Nothing here
 * allocates after {@link createKernel}.
 */
export interface FlowKernel {
  /** Number of steps. */
  n: number;
  /** Transition probabilities, row-major `n × (n + 1)`; column `n` is "left". */
  p: Float64Array;
  /** Per row: probability of moving down a step or leaving (columns j < i, and n). */
  down: Float64Array;
  /** Per row: probability of moving up (columns i < j < n). */
  up: Float64Array;
  /** New children a month per step. */
  inflow: Float64Array;
  /** 1 for placement steps. */
  placement: Uint8Array;
  /** Cost of a child-month per step (DKK). */
  cost: Float64Array;
  /** Children per step at the start. */
  stock: Float64Array;
}

/** Packs a validated model (with per-step costs) into a kernel. */
export function createKernel(model: FlowModel, cost: readonly number[]): FlowKernel {
  const n = model.steps.length;
  const kernel: FlowKernel = {
    n,
    p: new Float64Array(n * (n + 1)),
    down: new Float64Array(n),
    up: new Float64Array(n),
    inflow: Float64Array.from(model.inflow.perMonth),
    placement: Uint8Array.from(model.steps, (step) => (step.isPlacement ? 1 : 0)),
    cost: Float64Array.from(cost),
    stock: Float64Array.from(model.stock),
  };
  model.transitions.probabilities.forEach((row, i) => {
    row.forEach((value, j) => {
      kernel.p[i * (n + 1) + j] = value;
    });
  });
  refreshRowSums(kernel);
  return kernel;
}

/** Recomputes `down` and `up` after `p` changed (e.g. a new draw). */
export function refreshRowSums(kernel: FlowKernel): void {
  const { n, p, down, up } = kernel;
  const width = n + 1;
  for (let i = 0; i < n; i += 1) {
    const row = i * width;
    let d = p[row + n] as number;
    for (let j = 0; j < i; j += 1) d += p[row + j] as number;
    let u = 0;
    for (let j = i + 1; j < n; j += 1) u += p[row + j] as number;
    down[i] = d;
    up[i] = u;
  }
}

/** Cost of one month with `x` children per step. */
export function monthCost(kernel: FlowKernel, x: Float64Array): number {
  const { n, cost } = kernel;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += (x[i] as number) * (cost[i] as number);
  return sum;
}

/**
 * One month of flow: `y = x · P' + inflow'`, where P' scales every step-down (and
 * leaving) probability by `downFactor` and every step-up probability by `upFactor`;
 * staying takes the rest. If the scaled moves of a row exceed 1 they are scaled back
 * to sum to 1 (nobody stays). Inflow to placement steps is scaled by
 * `placementInflowFactor`. With all factors 1 this is the plain chain. Returns the
 * number of children leaving the staircase. Overwrites `y`.
 */
export function stepFlow(
  kernel: FlowKernel,
  x: Float64Array,
  y: Float64Array,
  downFactor: number,
  upFactor: number,
  placementInflowFactor: number,
): number {
  const { n, p, down, up, inflow, placement } = kernel;
  const width = n + 1;
  for (let j = 0; j < n; j += 1) {
    y[j] =
      (placement[j] as number) === 1
        ? (inflow[j] as number) * placementInflowFactor
        : (inflow[j] as number);
  }
  let leavers = 0;
  for (let i = 0; i < n; i += 1) {
    const xi = x[i] as number;
    if (xi === 0) continue;
    let a = downFactor;
    let b = upFactor;
    let stay: number;
    const moves = a * (down[i] as number) + b * (up[i] as number);
    if (moves > 1) {
      a /= moves;
      b /= moves;
      stay = 0;
    } else {
      stay = 1 - moves;
    }
    const row = i * width;
    const xa = xi * a;
    const xb = xi * b;
    for (let j = 0; j < i; j += 1) y[j] = (y[j] as number) + xa * (p[row + j] as number);
    y[i] = (y[i] as number) + xi * stay;
    for (let j = i + 1; j < n; j += 1) y[j] = (y[j] as number) + xb * (p[row + j] as number);
    leavers += xa * (p[row + n] as number);
  }
  return leavers;
}
