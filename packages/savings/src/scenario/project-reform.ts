import { createKernel } from '../flow/kernel';
import { stepCosts } from '../flow/project';
import { discounted } from '../money-core';
import { createBuffers, runReform } from './run-reform';
import {
  type ReformScenario,
  SCENARIO_PARAMETERS,
  type ScenarioParameter,
  type ValidScenario,
  validScenario,
} from './schema';
import { type Percentile, percentileOf } from './uncertain';

/**
 * One year of a deterministic reform projection (DKK; net: + cost, − saving).
 *
 * @example
 * ```ts
 * const [first]: ReformYear[] = projectReform(scenario).years;
 * first.net === first.staffCost - first.saving; // true
 * ```
 */
export interface ReformYear {
  year: number;
  /** Cost of the staircase without the reform. */
  baselineCost: number;
  /** Cost of the staircase with the reform. */
  reformCost: number;
  /** `baselineCost − reformCost`: the saving on the measures budget. */
  saving: number;
  /** Extra staff cost (the investment). */
  staffCost: number;
  /** `staffCost − saving`: positive is a net cost, negative a net saving. */
  net: number;
  cumulativeNet: number;
}

/**
 * The result of {@link projectReform}.
 *
 * @example
 * ```ts
 * const projection: ReformProjection = projectReform(scenario);
 * projection.paybackYear; // e.g. 2027
 * ```
 */
export interface ReformProjection {
  /** The parameter values used (P50 of each). */
  parameters: Record<ScenarioParameter, number>;
  years: ReformYear[];
  /** Net present value of the nets (first year undiscounted). */
  npv: number;
  /** First year whose cumulative net is ≤ 0, or `null`. */
  paybackYear: number | null;
  discountRate: number;
}

/** Every parameter at one percentile. */
export function parametersAt(
  scenario: ValidScenario,
  which: Percentile,
): Record<ScenarioParameter, number> {
  const values = {} as Record<ScenarioParameter, number>;
  for (const name of Object.keys(SCENARIO_PARAMETERS) as ScenarioParameter[]) {
    values[name] = percentileOf(scenario[name], which, SCENARIO_PARAMETERS[name]);
  }
  return values;
}

/** Deterministic projection of a validated scenario at given parameter values. */
export function reformAt(
  scenario: ValidScenario,
  parameters: Record<ScenarioParameter, number>,
  years: number,
): ReformProjection {
  const kernel = createKernel(scenario.model, stepCosts(scenario.model, scenario.costPerStepMonth));
  const buffers = createBuffers(kernel.n, years);
  runReform(kernel, parameters, years, buffers);
  let cumulative = 0;
  let paybackYear: number | null = null;
  const nets: number[] = [];
  const rows: ReformYear[] = [];
  for (let y = 0; y < years; y += 1) {
    const baselineCost = buffers.baselineCost[y] as number;
    const reformCost = buffers.reformCost[y] as number;
    const saving = baselineCost - reformCost;
    const net = parameters.staffCostPerYear - saving;
    cumulative += net;
    nets.push(net);
    const year = scenario.firstYear + y;
    if (paybackYear === null && cumulative <= 0) paybackYear = year;
    rows.push({
      year,
      baselineCost,
      reformCost,
      saving,
      staffCost: parameters.staffCostPerYear,
      net,
      cumulativeNet: cumulative,
    });
  }
  return {
    parameters,
    years: rows,
    npv: discounted(nets, scenario.discountRate),
    paybackYear,
    discountRate: scenario.discountRate,
  };
}

/**
 * Projects a reform scenario against its baseline with every uncertain parameter at
 * its median (P50) and the model's point estimates: per year the baseline and reform
 * cost, the saving, the staff cost, net and cumulative net; the NPV and payback year.
 * Amounts are unrounded DKK (use `roundKroner` to present them).
 *
 * @throws {SavingsError} listing every problem in the scenario and its model.
 *
 * @example
 * ```ts
 * const result = projectReform({
 *   model, years: 5, stepDown: 0.2, stepUp: -0.2, rampUpMonths: 12, staffCostPerYear: 4_620_000,
 * });
 * result.years.map((year) => year.net);
 * ```
 */
export function projectReform(scenario: ReformScenario): ReformProjection {
  const valid = validScenario(scenario);
  return reformAt(valid, parametersAt(valid, 'p50'), valid.years);
}
