import type { ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { SavingsError } from '../errors';
import { MAX_AMOUNT_DKK } from '../limits';
import { prefixIssues, validate } from '../validate';
import { createKernel, monthCost, stepFlow } from './kernel';
import { type FlowModel, FlowModelSchema, flowModelIssues } from './model';

/**
 * Per-step cost overrides: DKK per child-month, keyed by step id.
 *
 * @example
 * ```ts
 * const costs: CostPerStepMonth = { institution: 110_000, 'foster-care': 36_000 };
 * ```
 */
export type CostPerStepMonth = Readonly<Record<string, number>>;

/** Zod schema for {@link CostPerStepMonth}. */
export const CostPerStepMonthSchema = z.record(
  z.string(),
  z
    .number()
    .finite()
    .nonnegative('a cost must not be negative')
    .max(MAX_AMOUNT_DKK, 'must be at most 1,000,000,000,000 DKK'),
);

/**
 * Options for {@link project}.
 *
 * @example
 * ```ts
 * const options: ProjectOptions = { months: 60, firstYear: 2026, costPerStepMonth: { institution: 110_000 } };
 * ```
 */
export interface ProjectOptions {
  /** Months to project (1-1200). */
  months: number;
  /** Cost per child-month by step id; steps not given use the model's estimate. */
  costPerStepMonth?: CostPerStepMonth;
  /** Label of the first projected year (default 1: year 1, 2, …; or e.g. 2026). */
  firstYear?: number;
}

/**
 * One projected month.
 *
 * @example
 * ```ts
 * const [first]: ProjectedMonth[] = project(model, { months: 12 }).months;
 * first.total + first.inflow - first.leavers; // next month's total
 * ```
 */
export interface ProjectedMonth {
  /** Month index from 0. */
  month: number;
  /** Expected children on each step during the month. */
  stock: number[];
  /** Sum of `stock`. */
  total: number;
  /** New children arriving at the end of the month. */
  inflow: number;
  /** Children leaving the staircase at the end of the month. */
  leavers: number;
  /** Cost of the month (DKK). */
  cost: number;
}

/**
 * One projected year (12 months; the last may be shorter).
 *
 * @example
 * ```ts
 * const [year1]: ProjectedYear[] = project(model, { months: 12, firstYear: 2026 }).years;
 * year1.childYearsTotal; // child-years (årsbørn) in 2026
 * ```
 */
export interface ProjectedYear {
  year: number;
  /** Child-years (årsbørn) on each step. */
  childYears: number[];
  childYearsTotal: number;
  /** Cost on each step (DKK). */
  cost: number[];
  costTotal: number;
}

/**
 * The result of {@link project}.
 *
 * @example
 * ```ts
 * const projection: Projection = project(model, { months: 24 });
 * projection.years.length; // 2
 * ```
 */
export interface Projection {
  /** Step ids; index `i` of every array is `steps[i]`. */
  steps: string[];
  /** The cost per child-month used for each step. */
  costPerStepMonth: number[];
  months: ProjectedMonth[];
  years: ProjectedYear[];
}

const OptionsSchema = z.object({
  months: z.number().int().min(1).max(1200),
  costPerStepMonth: CostPerStepMonthSchema.optional(),
  firstYear: z.number().int().min(0).max(9999).default(1),
});

/** Issues for cost overrides naming steps the model does not have. */
export function unknownStepIssues(
  model: unknown,
  costs: unknown,
  path: (string | number)[],
): ValidationIssue[] {
  if (costs === null || typeof costs !== 'object') return [];
  const steps = (model as { steps?: unknown })?.steps;
  const ids = new Set(
    Array.isArray(steps) ? steps.map((step) => (step as { id?: unknown })?.id) : [],
  );
  return Object.keys(costs)
    .filter((id) => !ids.has(id))
    .map((id) => ({ path: [...path, id], message: 'unknown step', value: id }));
}

/** Validates a model and returns it typed. */
export function validModel(model: unknown, path: (string | number)[] = []): FlowModel {
  try {
    return validate(FlowModelSchema, model, 'Invalid flow model', flowModelIssues) as FlowModel;
  } catch (error) {
    if (error instanceof SavingsError && path.length > 0) {
      throw new SavingsError(prefixIssues(path, error.issues), 'Invalid flow model');
    }
    throw error;
  }
}

/** The model's cost per step with overrides applied. */
export function stepCosts(model: FlowModel, overrides: CostPerStepMonth | undefined): number[] {
  return model.steps.map((step, i) => overrides?.[step.id] ?? model.cost.perChildMonth[i] ?? 0);
}

/**
 * Projects the model month by month from its stock: expected children per step, new
 * children, leavers and cost, then child-years and cost per year. The population is
 * conserved: next month's total = this month's total + inflow − leavers.
 *
 * @throws {SavingsError} listing every problem of the model (rows not summing to 1
 * within 1e-9, wrong sizes, negative values …) and the options (months ≤ 0, a
 * negative cost, an unknown step id).
 *
 * @example
 * ```ts
 * const projection = project(model, { months: 60, costPerStepMonth: { institution: 120_000 } });
 * projection.years[0].costTotal; // DKK spent on the staircase in year 1
 * ```
 */
export function project(model: FlowModel, options: ProjectOptions): Projection {
  const issues: ValidationIssue[] = [];
  let valid: FlowModel | undefined;
  let opts: z.output<typeof OptionsSchema> | undefined;
  try {
    valid = validModel(model, ['model']);
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    issues.push(...error.issues);
  }
  try {
    opts = validate(OptionsSchema, options, 'Invalid projection options', (raw) =>
      unknownStepIssues(model, (raw as { costPerStepMonth?: unknown })?.costPerStepMonth, [
        'costPerStepMonth',
      ]),
    );
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !valid || !opts)
    throw new SavingsError(issues, 'Invalid input to project');

  const costs = stepCosts(valid, opts.costPerStepMonth);
  const kernel = createKernel(valid, costs);
  const n = kernel.n;
  let x = Float64Array.from(kernel.stock);
  let y = new Float64Array(n);
  const months: ProjectedMonth[] = [];
  const years: ProjectedYear[] = [];
  for (let t = 0; t < opts.months; t += 1) {
    const cost = monthCost(kernel, x);
    const leavers = stepFlow(kernel, x, y, 1, 1, 1);
    let inflow = 0;
    for (let j = 0; j < n; j += 1) inflow += kernel.inflow[j] as number;
    const stock = Array.from(x);
    months.push({
      month: t,
      stock,
      total: stock.reduce((a, b) => a + b, 0),
      inflow,
      leavers,
      cost,
    });
    if (t % 12 === 0) {
      years.push({
        year: opts.firstYear + t / 12,
        childYears: new Array<number>(n).fill(0),
        childYearsTotal: 0,
        cost: new Array<number>(n).fill(0),
        costTotal: 0,
      });
    }
    const year = years[years.length - 1] as ProjectedYear;
    for (let i = 0; i < n; i += 1) {
      const children = x[i] as number;
      year.childYears[i] = (year.childYears[i] as number) + children / 12;
      year.cost[i] = (year.cost[i] as number) + children * (costs[i] as number);
    }
    year.childYearsTotal += stock.reduce((a, b) => a + b, 0) / 12;
    year.costTotal += cost;
    [x, y] = [y, x];
  }
  return { steps: valid.steps.map((step) => step.id), costPerStepMonth: costs, months, years };
}
