import type { ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { DEFAULT_DISCOUNT_RATE, DiscountRateSchema } from '../discount';
import { type FlowModel, FlowModelSchema, flowModelIssues } from '../flow/model';
import { type CostPerStepMonth, CostPerStepMonthSchema, unknownStepIssues } from '../flow/project';
import { validate } from '../validate';
import { type Uncertain, uncertainSchema } from './uncertain';

/**
 * The uncertain parameters of a reform scenario, with the lowest value each may take.
 *
 * @example
 * ```ts
 * Object.keys(SCENARIO_PARAMETERS); // ['stepDown', 'stepUp', 'placementInflow', 'rampUpMonths', 'staffCostPerYear']
 * ```
 */
export const SCENARIO_PARAMETERS = {
  stepDown: -1,
  stepUp: -1,
  placementInflow: -1,
  rampUpMonths: 0,
  staffCostPerYear: 0,
} as const;

/**
 * Name of an uncertain scenario parameter.
 *
 * @example
 * ```ts
 * const driver: ScenarioParameter = sensitivity(scenario).bars[0].parameter;
 * ```
 */
export type ScenarioParameter = keyof typeof SCENARIO_PARAMETERS;

/**
 * A reform scenario on top of a flow model (the baseline). Relative changes are
 * fractions: `stepDown: 0.25` makes every step-down move (and leaving the staircase)
 * 25 % more likely a month; `stepUp: -0.2` makes step-up moves 20 % less likely;
 * `placementInflow: -0.1` brings 10 % fewer new children directly onto placement
 * steps. Effects grow linearly from none to full over `rampUpMonths`.
 *
 * @example
 * ```ts
 * const scenario: ReformScenario = {
 *   model, years: 10, firstYear: 2026,
 *   stepDown: { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 },
 *   rampUpMonths: 12,
 *   staffCostPerYear: 4_620_000,
 * };
 * ```
 */
export interface ReformScenario {
  /** The baseline flow model, e.g. from `estimateTransitions`. */
  model: FlowModel;
  /** Years to project (1-50). */
  years: number;
  /** Label of the first year (default 1; e.g. 2026). */
  firstYear?: number;
  /** Relative change of step-down (and leaving) probabilities; default 0. */
  stepDown?: Uncertain;
  /** Relative change of step-up probabilities; default 0. */
  stepUp?: Uncertain;
  /** Relative change of the inflow of new children onto placement steps; default 0. */
  placementInflow?: Uncertain;
  /** Months from start to full effect (linear ramp); default 0 (full effect at once). */
  rampUpMonths?: Uncertain;
  /**
   * Extra staff cost a year (DKK), e.g. the `annualCost` of `@trappen/caseload`'s
   * `caseloadScenario({ openCases, caseworkers, targetCaseload, annualCostPerCaseworker })`.
   */
  staffCostPerYear: Uncertain;
  /** Cost per child-month overrides by step id (default: the model's estimates). */
  costPerStepMonth?: CostPerStepMonth;
  /** Yearly discount rate for NPVs (default 3.5 %). */
  discountRate?: number;
}

/**
 * Zod schema for a {@link ReformScenario} (the model's cross-field rules are checked too).
 *
 * @example
 * ```ts
 * ReformScenarioSchema.safeParse({ model, years: 0, staffCostPerYear: 1 }).success; // false
 * ```
 */
export const ReformScenarioSchema = z.object({
  model: FlowModelSchema,
  years: z.number().int().min(1).max(50),
  firstYear: z.number().int().min(0).max(9999).default(1),
  stepDown: uncertainSchema(SCENARIO_PARAMETERS.stepDown, 100).default(0),
  stepUp: uncertainSchema(SCENARIO_PARAMETERS.stepUp, 100).default(0),
  placementInflow: uncertainSchema(SCENARIO_PARAMETERS.placementInflow, 100).default(0),
  rampUpMonths: uncertainSchema(SCENARIO_PARAMETERS.rampUpMonths, 600).default(0),
  staffCostPerYear: uncertainSchema(SCENARIO_PARAMETERS.staffCostPerYear),
  costPerStepMonth: CostPerStepMonthSchema.optional(),
  discountRate: DiscountRateSchema.default(DEFAULT_DISCOUNT_RATE),
});

/** A validated scenario with defaults applied. */
export type ValidScenario = Omit<z.output<typeof ReformScenarioSchema>, 'model'> & {
  model: FlowModel;
};

function scenarioIssues(raw: unknown): ValidationIssue[] {
  const scenario = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return [
    ...flowModelIssues(scenario.model, ['model']),
    ...unknownStepIssues(scenario.model, scenario.costPerStepMonth, ['costPerStepMonth']),
  ];
}

/** Validates a scenario, throwing one `SavingsError` with every problem. */
export function validScenario(scenario: unknown): ValidScenario {
  return validate(
    ReformScenarioSchema,
    scenario,
    'Invalid reform scenario',
    scenarioIssues,
  ) as ValidScenario;
}
