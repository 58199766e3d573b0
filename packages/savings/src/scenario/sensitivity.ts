import { z } from 'zod';
import { SavingsError } from '../errors';
import { validate } from '../validate';
import { parametersAt, reformAt } from './project-reform';
import {
  type ReformScenario,
  SCENARIO_PARAMETERS,
  type ScenarioParameter,
  type ValidScenario,
  validScenario,
} from './schema';
import { percentileOf } from './uncertain';

/**
 * One bar of a tornado chart.
 *
 * @example
 * ```ts
 * const [top]: SensitivityBar[] = sensitivity(scenario).bars;
 * top.swing; // DKK of 5-year NPV between the parameter's P10 and P90
 * ```
 */
export interface SensitivityBar {
  parameter: ScenarioParameter;
  /** The parameter at its P10, and the NPV then. */
  low: { value: number; npv: number };
  /** The parameter at its P90, and the NPV then. */
  high: { value: number; npv: number };
  /** |NPV at P90 − NPV at P10|: how much this assumption moves the result. */
  swing: number;
}

/**
 * The result of {@link sensitivity}.
 *
 * @example
 * ```ts
 * const tornado: SensitivityResult = sensitivity(scenario);
 * tornado.bars.map((bar) => bar.parameter);
 * ```
 */
export interface SensitivityResult {
  /** Years in the NPV (default 5). */
  npvYears: number;
  /** NPV with every parameter at its P50. */
  baseNpv: number;
  /** Bars, largest swing first. */
  bars: SensitivityBar[];
}

/**
 * Options for {@link sensitivity}.
 *
 * @example
 * ```ts
 * const options: SensitivityOptions = { npvYears: 10 };
 * sensitivity(scenario, options).npvYears; // 10
 * ```
 */
export interface SensitivityOptions {
  /** Years in the NPV; default 5. */
  npvYears?: number;
}

const OptionsSchema = z.object({ npvYears: z.number().int().min(1).max(50).default(5) });

/**
 * Tornado data: swings each uncertain parameter from its P10 to its P90 with the
 * others at P50 (transitions at their point estimates) and ranks the parameters by
 * the change in the net present value over `npvYears` (default 5) years. NPV: + cost,
 * − saving, at the scenario's discount rate.
 *
 * @throws {SavingsError} listing every problem in the scenario and the options.
 *
 * @example
 * ```ts
 * const tornado = sensitivity({ model, years: 10, stepDown: { dist: 'uniform', min: 0, max: 0.4 }, staffCostPerYear: 4_620_000 });
 * tornado.bars[0].parameter; // 'stepDown': the assumption that drives the result
 * ```
 */
export function sensitivity(
  scenario: ReformScenario,
  options: SensitivityOptions = {},
): SensitivityResult {
  let valid: ValidScenario | undefined;
  const issues = [];
  try {
    valid = validScenario(scenario);
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, path: ['scenario', ...issue.path] })));
  }
  let npvYears = 5;
  try {
    npvYears = validate(OptionsSchema, options ?? {}, 'Invalid sensitivity options').npvYears;
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, path: ['options', ...issue.path] })));
  }
  if (issues.length > 0 || !valid) throw new SavingsError(issues, 'Invalid input to sensitivity');

  const scenarioValid = valid;
  const base = parametersAt(scenarioValid, 'p50');
  const npvWith = (parameter: ScenarioParameter, value: number) =>
    reformAt(scenarioValid, { ...base, [parameter]: value }, npvYears).npv;
  const bars = (Object.keys(SCENARIO_PARAMETERS) as ScenarioParameter[]).map((parameter) => {
    const bound = SCENARIO_PARAMETERS[parameter];
    const lowValue = percentileOf(scenarioValid[parameter], 'p10', bound);
    const highValue = percentileOf(scenarioValid[parameter], 'p90', bound);
    const low = { value: lowValue, npv: npvWith(parameter, lowValue) };
    const high = { value: highValue, npv: npvWith(parameter, highValue) };
    return { parameter, low, high, swing: Math.abs(high.npv - low.npv) };
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { npvYears, baseNpv: reformAt(scenarioValid, base, npvYears).npv, bars };
}
