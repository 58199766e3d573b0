import type { ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { SavingsError } from '../errors';
import { createKernel, refreshRowSums } from '../flow/kernel';
import { stepCosts } from '../flow/project';
import { type Band, bandOf } from '../quantile';
import { prepareGamma, Rng } from '../random/rng';
import { validate } from '../validate';
import { createBuffers, runReform } from './run-reform';
import {
  type ReformScenario,
  SCENARIO_PARAMETERS,
  type ValidScenario,
  validScenario,
} from './schema';
import { sampleOf } from './uncertain';

/**
 * Options for {@link simulate}.
 *
 * @example
 * ```ts
 * const options: SimulateOptions = { draws: 10_000, seed: 2016, transitionUncertainty: true };
 * ```
 */
export interface SimulateOptions {
  /** Monte Carlo draws (1-1,000,000). */
  draws: number;
  /** Seed of the random generator: the same seed gives the same result on every machine. */
  seed: number;
  /**
   * Also draw the transition probabilities and inflow from their posteriors
   * (Dirichlet per row, Gamma per inflow step); default true.
   */
  transitionUncertainty?: boolean;
}

/**
 * One simulated year (DKK; net: + cost, − saving).
 *
 * @example
 * ```ts
 * const [first]: SimulatedYear[] = simulate(scenario, { draws: 1000, seed: 1 }).years;
 * first.probabilityPaidBackBy; // share of draws paid back by then
 * ```
 */
export interface SimulatedYear {
  year: number;
  /** Saving on the measures budget (baseline − reform cost). */
  saving: Band;
  /** Staff cost − saving. */
  net: Band;
  /** Net summed up to this year. */
  cumulativeNet: Band;
  /** Share of draws whose cumulative net is ≤ 0 at the end of this year. */
  probabilityCumulativeNetNonPositive: number;
  /** Share of draws whose cumulative net has been ≤ 0 at the end of this year or an earlier one. */
  probabilityPaidBackBy: number;
}

/**
 * The result of {@link simulate}.
 *
 * @example
 * ```ts
 * const result: SimulationResult = simulate(scenario, { draws: 10_000, seed: 2016 });
 * result.years.map((year) => year.net.p50);
 * ```
 */
export interface SimulationResult {
  draws: number;
  seed: number;
  discountRate: number;
  years: SimulatedYear[];
  /** Net present value over the horizon. */
  npv: Band;
}

const OptionsSchema = z.object({
  draws: z.number().int().min(1, 'draws must be at least 1').max(1_000_000),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  transitionUncertainty: z.boolean().default(true),
});

/**
 * Monte Carlo simulation of a reform scenario. Each draw takes one value of every
 * uncertain parameter from its stated distribution and (unless switched off) one
 * transition matrix and inflow from the model's posteriors (Dirichlet(counts + prior)
 * per row, Gamma(count + prior, months) per inflow step), then projects baseline and
 * reform with the same draw. Result: per year the P10/P50/P90 and mean of saving, net
 * and cumulative net, and the probability that the investment has paid back
 * (cumulative net ≤ 0). Seeded and built from IEEE-754 basic arithmetic, so the same
 * seed gives the same result on every machine. The inner loop allocates nothing.
 *
 * @throws {SavingsError} listing every problem in the scenario and the options
 * (draws ≤ 0, a non-integer seed …).
 *
 * @example
 * ```ts
 * const result = simulate(
 *   { model, years: 10, stepDown: { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 }, staffCostPerYear: 4_620_000 },
 *   { draws: 10_000, seed: 2016 },
 * );
 * result.years[4].probabilityPaidBackBy; // e.g. 0.83
 * ```
 */
export function simulate(scenario: ReformScenario, options: SimulateOptions): SimulationResult {
  const issues: ValidationIssue[] = [];
  let valid: ValidScenario | undefined;
  let opts: z.output<typeof OptionsSchema> | undefined;
  try {
    valid = validScenario(scenario);
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, path: ['scenario', ...issue.path] })));
  }
  try {
    opts = validate(OptionsSchema, options, 'Invalid simulation options');
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, path: ['options', ...issue.path] })));
  }
  if (issues.length > 0 || !valid || !opts)
    throw new SavingsError(issues, 'Invalid input to simulate');

  const { draws, seed, transitionUncertainty } = opts;
  const years = valid.years;
  const model = valid.model;
  const kernel = createKernel(model, stepCosts(model, valid.costPerStepMonth));
  const n = kernel.n;
  const width = n + 1;
  const pointP = Float64Array.from(kernel.p);
  const cellD = new Float64Array(n * width);
  const cellC = new Float64Array(n * width);
  const cellInverse = new Float64Array(n * width);
  model.transitions.counts.forEach((row, i) => {
    row.forEach((count, j) => {
      prepareGamma(count + model.transitions.prior, i * width + j, cellD, cellC, cellInverse);
    });
  });
  const inflowD = new Float64Array(n);
  const inflowC = new Float64Array(n);
  const inflowInverse = new Float64Array(n);
  model.inflow.counts.forEach((count, j) => {
    prepareGamma(count + model.inflow.prior, j, inflowD, inflowC, inflowInverse);
  });
  const inflowRate = model.inflow.months;

  const rng = new Rng(seed);
  const buffers = createBuffers(n, years);
  const effects = { stepDown: 0, stepUp: 0, placementInflow: 0, rampUpMonths: 0 };
  const saving = new Float64Array(draws * years);
  const net = new Float64Array(draws * years);
  const cumulative = new Float64Array(draws * years);
  const npv = new Float64Array(draws);
  const paidBackYear = new Int32Array(draws).fill(years);
  const growth = 1 + valid.discountRate;

  for (let d = 0; d < draws; d += 1) {
    if (transitionUncertainty) {
      for (let i = 0; i < n; i += 1) {
        const row = i * width;
        let total = 0;
        for (let j = 0; j < width; j += 1) {
          const at = row + j;
          const g = rng.gammaPrepared(
            cellD[at] as number,
            cellC[at] as number,
            cellInverse[at] as number,
          );
          kernel.p[row + j] = g;
          total += g;
        }
        if (total > 0 && Number.isFinite(total)) {
          const scale = 1 / total;
          for (let j = 0; j < width; j += 1)
            kernel.p[row + j] = (kernel.p[row + j] as number) * scale;
        } else {
          for (let j = 0; j < width; j += 1) kernel.p[row + j] = pointP[row + j] as number;
        }
      }
      refreshRowSums(kernel);
      for (let j = 0; j < n; j += 1) {
        kernel.inflow[j] =
          rng.gammaPrepared(
            inflowD[j] as number,
            inflowC[j] as number,
            inflowInverse[j] as number,
          ) / inflowRate;
      }
    }
    effects.stepDown = sampleOf(valid.stepDown, rng, SCENARIO_PARAMETERS.stepDown);
    effects.stepUp = sampleOf(valid.stepUp, rng, SCENARIO_PARAMETERS.stepUp);
    effects.placementInflow = sampleOf(
      valid.placementInflow,
      rng,
      SCENARIO_PARAMETERS.placementInflow,
    );
    effects.rampUpMonths = sampleOf(valid.rampUpMonths, rng, SCENARIO_PARAMETERS.rampUpMonths);
    const staff = sampleOf(valid.staffCostPerYear, rng, SCENARIO_PARAMETERS.staffCostPerYear);

    runReform(kernel, effects, years, buffers);
    let running = 0;
    let present = 0;
    let factor = 1;
    for (let y = 0; y < years; y += 1) {
      const at = y * draws + d;
      const saved = (buffers.baselineCost[y] as number) - (buffers.reformCost[y] as number);
      const yearNet = staff - saved;
      running += yearNet;
      present += yearNet / factor;
      factor *= growth;
      saving[at] = saved;
      net[at] = yearNet;
      cumulative[at] = running;
      if (running <= 0 && (paidBackYear[d] as number) > y) paidBackYear[d] = y;
    }
    npv[d] = present;
  }

  const result: SimulatedYear[] = [];
  for (let y = 0; y < years; y += 1) {
    const slice = (values: Float64Array) => values.slice(y * draws, (y + 1) * draws);
    const cumulativeYear = slice(cumulative);
    let nonPositive = 0;
    let paidBack = 0;
    for (let d = 0; d < draws; d += 1) {
      if ((cumulativeYear[d] as number) <= 0) nonPositive += 1;
      if ((paidBackYear[d] as number) <= y) paidBack += 1;
    }
    result.push({
      year: valid.firstYear + y,
      saving: bandOf(slice(saving)),
      net: bandOf(slice(net)),
      cumulativeNet: bandOf(cumulativeYear),
      probabilityCumulativeNetNonPositive: nonPositive / draws,
      probabilityPaidBackBy: paidBack / draws,
    });
  }
  return { draws, seed, discountRate: valid.discountRate, years: result, npv: bandOf(npv) };
}
