/**
 * Benchmarks for @trappen/savings:
 * 1. `simulate`: 10,000 draws × 120 months on the 6-step default staircase, against a
 *    minimal hand-written Float64Array loop doing the same projection arithmetic
 *    (baseline and reform chains, ramped factors, monthly costs, yearly sums) with no
 *    sampling, validation or percentiles. Goal: ≥ 0.8 of the baseline's draws/s.
 * 2. `estimateTransitions` at two sizes (10 years of monthly observations), reporting
 *    interventions/s and how time grows with size (linear: growth ≈ size ratio).
 * Run: `cd /work/main && node --import tsx packages/savings/bench/savings.bench.ts [--quick]`.
 */
import { defaultStaircase } from '@trappen/staircase';
import { measure, quick, report, summarise, type Timing } from '../../../bench/kit';
import {
  type ChildHistory,
  estimateTransitions,
  type FlowModel,
  generateHistories,
  type ReformScenario,
  simulate,
} from '../src/index';

const YEARS = 10;
const MONTHS = YEARS * 12;

// ---------- 1. simulate vs a hand-written matrix-vector loop ----------

const modelHistories = generateHistories(defaultStaircase, {
  probabilities: [
    [0.9, 0.03, 0.01, 0, 0, 0.002, 0.058],
    [0.05, 0.85, 0.03, 0.002, 0.003, 0.002, 0.063],
    [0.01, 0.04, 0.88, 0.005, 0.01, 0.005, 0.05],
    [0.002, 0.005, 0.02, 0.95, 0.005, 0.003, 0.015],
    [0.001, 0.004, 0.015, 0.005, 0.96, 0.005, 0.01],
    [0.002, 0.005, 0.04, 0.01, 0.05, 0.88, 0.013],
  ],
  inflowPerMonth: [8, 5, 3, 0.3, 0.5, 0.6],
  initialStock: [400, 200, 150, 40, 90, 30],
  from: '2015-01-01',
  months: 120,
  seed: 1,
  dailyRatePerStep: [0, 100, 500, 600, 1200, 3500],
});
const model: FlowModel = estimateTransitions(defaultStaircase, modelHistories, {
  from: '2015-01-01',
  to: '2024-12-31',
});
const scenario: ReformScenario = {
  model,
  years: YEARS,
  stepDown: { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 },
  stepUp: { dist: 'uniform', min: -0.3, max: 0 },
  placementInflow: { dist: 'normal', mean: -0.1, sd: 0.05 },
  rampUpMonths: { dist: 'triangular', min: 6, mode: 12, max: 24 },
  staffCostPerYear: 4_620_000,
};
const draws = quick ? 1_000 : 10_000;

/** The bare arithmetic of one draw, hand-written: what simulate does minus sampling. */
function baselineLoop(count: number): number {
  const n = model.steps.length;
  const width = n + 1;
  const p = new Float64Array(n * width);
  model.transitions.probabilities.forEach((row, i) => {
    row.forEach((value, j) => {
      p[i * width + j] = value;
    });
  });
  const down = new Float64Array(n);
  const up = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let d = p[i * width + n] as number;
    for (let j = 0; j < i; j += 1) d += p[i * width + j] as number;
    let u = 0;
    for (let j = i + 1; j < n; j += 1) u += p[i * width + j] as number;
    down[i] = d;
    up[i] = u;
  }
  const inflow = Float64Array.from(model.inflow.perMonth);
  const placement = Uint8Array.from(model.steps, (s) => (s.isPlacement ? 1 : 0));
  const cost = Float64Array.from(model.cost.perChildMonth);
  let xb = new Float64Array(n);
  let yb = new Float64Array(n);
  let xr = new Float64Array(n);
  let yr = new Float64Array(n);
  const yearly = new Float64Array(YEARS);
  let checksum = 0;
  const effects = [0.2, -0.15, -0.1];
  const ramp = 12;
  for (let d = 0; d < count; d += 1) {
    xb.set(model.stock);
    xr.set(model.stock);
    yearly.fill(0);
    for (let t = 0; t < MONTHS; t += 1) {
      let cb = 0;
      let cr = 0;
      for (let i = 0; i < n; i += 1) {
        cb += (xb[i] as number) * (cost[i] as number);
        cr += (xr[i] as number) * (cost[i] as number);
      }
      const y = (t / 12) | 0;
      yearly[y] = (yearly[y] as number) + cb - cr;
      const share = Math.min(1, t / ramp);
      const fd = 1 + (effects[0] as number) * share;
      const fu = 1 + (effects[1] as number) * share;
      const fi = 1 + (effects[2] as number) * share;
      for (let j = 0; j < n; j += 1) {
        yb[j] = inflow[j] as number;
        yr[j] = placement[j] ? (inflow[j] as number) * fi : (inflow[j] as number);
      }
      for (let i = 0; i < n; i += 1) {
        const row = i * width;
        const b = xb[i] as number;
        const r = xr[i] as number;
        const movesR = fd * (down[i] as number) + fu * (up[i] as number);
        const stayB = 1 - (down[i] as number) - (up[i] as number);
        const stayR = movesR > 1 ? 0 : 1 - movesR;
        const a = movesR > 1 ? fd / movesR : fd;
        const c = movesR > 1 ? fu / movesR : fu;
        for (let j = 0; j < i; j += 1) {
          const pij = p[row + j] as number;
          yb[j] = (yb[j] as number) + b * pij;
          yr[j] = (yr[j] as number) + r * a * pij;
        }
        yb[i] = (yb[i] as number) + b * stayB;
        yr[i] = (yr[i] as number) + r * stayR;
        for (let j = i + 1; j < n; j += 1) {
          const pij = p[row + j] as number;
          yb[j] = (yb[j] as number) + b * pij;
          yr[j] = (yr[j] as number) + r * c * pij;
        }
      }
      let swap = xb;
      xb = yb;
      yb = swap;
      swap = xr;
      xr = yr;
      yr = swap;
    }
    for (let y = 0; y < YEARS; y += 1) checksum += 4_620_000 - (yearly[y] as number);
  }
  return checksum;
}

/** Times several functions in alternating rounds, so machine noise hits them alike. */
function interleaved(fns: (() => unknown)[], rounds: number): Timing[] {
  for (const fn of fns) fn(); // warm-up
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r += 1) {
    fns.forEach((fn, i) => {
      times[i]?.push(measure(fn, { runs: 1, warmup: 0 }).median);
    });
  }
  return times.map(summarise);
}

const fixedScenario: ReformScenario = {
  ...scenario,
  stepDown: 0.2,
  stepUp: -0.15,
  placementInflow: -0.1,
  rampUpMonths: 12,
};
const [simulateTiming, fixedTiming, baselineTiming] = interleaved(
  [
    () => simulate(scenario, { draws, seed: 2016 }),
    () => simulate(fixedScenario, { draws, seed: 2016, transitionUncertainty: false }),
    () => baselineLoop(draws),
  ],
  quick ? 3 : 7,
) as [Timing, Timing, Timing];
const drawsPerSecond = draws / (simulateTiming.median / 1000);
const fixedPerSecond = draws / (fixedTiming.median / 1000);
const baselinePerSecond = draws / (baselineTiming.median / 1000);
const ratio = drawsPerSecond / baselinePerSecond;
const fixedRatio = fixedPerSecond / baselinePerSecond;

// ---------- 2. estimateTransitions at two sizes ----------

/** Histories with frequent moves (~10 interventions a child over 10 years). */
function busyHistories(children: number, seed: number): ChildHistory[] {
  const stay = 0.91;
  const leave = 0.002;
  const move = (1 - stay - leave) / 5;
  const probabilities = Array.from({ length: 6 }, (_, i) =>
    Array.from({ length: 7 }, (_, j) => (j === 6 ? leave : j === i ? stay : move)),
  );
  const perStep = Math.floor(children / 6);
  return generateHistories(defaultStaircase, {
    probabilities,
    inflowPerMonth: [0, 0, 0, 0, 0, 0],
    initialStock: [perStep, perStep, perStep, perStep, perStep, children - 5 * perStep],
    from: '2015-01-01',
    months: MONTHS,
    seed,
    dailyRatePerStep: [0, 100, 500, 600, 1200, 3500],
  });
}

const sizes = quick ? [2_000, 20_000] : [10_000, 100_000];
const estimateFigures = sizes.map((children, index) => {
  const histories = busyHistories(children, index + 1);
  const interventions = histories.reduce((sum, child) => sum + child.interventions.length, 0);
  const timing = measure(
    () =>
      estimateTransitions(defaultStaircase, histories, { from: '2015-01-01', to: '2024-12-31' }),
    { runs: quick ? 3 : children >= 100_000 ? 3 : 5, warmup: 1 },
  );
  return { children, interventions, timing };
});
const [small, large] = estimateFigures as [
  (typeof estimateFigures)[number],
  (typeof estimateFigures)[number],
];
const sizeRatio = large.interventions / small.interventions;
const timeRatio = large.timing.median / small.timing.median;

report([
  {
    name: `savings: simulate, ${draws.toLocaleString('en')} draws × ${MONTHS} months, 6 steps`,
    subject: simulateTiming,
    baseline: baselineTiming,
    throughput: { value: drawsPerSecond, unit: 'draws/s' },
    ratio,
    ratioMeaning: 'draws/s ÷ hand-written Float64Array loop draws/s (goal ≥ 0.8)',
    goal: { text: '≥ 0.8 of the baseline', met: ratio >= 0.8 },
    notes: `baseline ${Math.round(baselinePerSecond).toLocaleString('en')} draws/s (projection arithmetic only; simulate also samples 42 Dirichlet cells, 6 inflows and 5 parameters per draw, validates, and computes percentiles)`,
  },
  {
    name: `savings: simulate without sampling (fixed parameters and transitions), ${draws.toLocaleString('en')} draws`,
    subject: fixedTiming,
    baseline: baselineTiming,
    throughput: { value: fixedPerSecond, unit: 'draws/s' },
    ratio: fixedRatio,
    ratioMeaning: 'draws/s ÷ hand-written loop draws/s: the projection engine alone',
  },
  ...estimateFigures.map(({ children, interventions, timing }) => ({
    name: `savings: estimateTransitions, ${children.toLocaleString('en')} children, ${interventions.toLocaleString('en')} interventions, 10 years`,
    subject: timing,
    throughput: { value: interventions / (timing.median / 1000), unit: 'interventions/s' },
  })),
  {
    name: 'savings: estimateTransitions growth',
    subject: large.timing,
    baseline: small.timing,
    ratio: timeRatio / sizeRatio,
    ratioMeaning: 'time growth ÷ size growth (1 = linear)',
    goal: { text: 'linear in input size (≤ 1.3)', met: timeRatio / sizeRatio <= 1.3 },
    notes: `${sizeRatio.toFixed(2)}× the interventions took ${timeRatio.toFixed(2)}× the time`,
  },
]);
