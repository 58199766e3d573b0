import { IsoDateSchema, type ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { MAX_AMOUNT_DKK, MAX_COUNT, MAX_TOTAL_DKK } from '../limits';
import { asRecord, isFiniteNumber } from '../validate';

/**
 * A step as the flow model sees it; index `i` in every array of the model is `steps[i]`.
 *
 * @example
 * ```ts
 * const [lowest]: FlowStep[] = model.steps; // { id: 'universal', rank: 1, isPlacement: false }
 * ```
 */
export interface FlowStep {
  id: string;
  rank: number;
  isPlacement: boolean;
}

/**
 * Where a step's cost per child-month came from.
 *
 * @example
 * ```ts
 * const source: CostSource = model.cost.source[5]; // 'observed'
 * ```
 */
export type CostSource = 'observed' | 'catalogue' | 'none';

/**
 * A monthly staircase flow model: a Markov chain over the steps plus "left the
 * staircase", fed by a monthly inflow of new children. Rows and columns are indexed by
 * step (`steps[i]`); the last column of every transition row is "left the staircase".
 * Estimated by `estimateTransitions`, or written by hand (then validated).
 *
 * @example
 * ```ts
 * const model: FlowModel = estimateTransitions(defaultStaircase, histories, { from: '2016-01-01', to: '2025-12-31' });
 * model.transitions.probabilities[5][4]; // institution → foster care a month
 * ```
 */
export interface FlowModel {
  /** Id of the staircase the model was estimated on. */
  staircaseId: string;
  /** The steps, lowest rank first. */
  steps: FlowStep[];
  /** The observation window and its number of monthly transitions. */
  window: { from: string; to: string; months: number };
  /** Number of children and interventions behind the estimate. */
  children: number;
  interventions: number;
  transitions: {
    /** Observed month-to-month moves: `counts[i][j]` from step i to step j, `[i][n]` left. */
    counts: number[][];
    /** Symmetric Dirichlet prior added to every cell (default 0.5, Jeffreys). */
    prior: number;
    /** Monthly transition probabilities (posterior mean); every row sums to 1. */
    probabilities: number[][];
    /** Posterior standard deviation of every probability. */
    sd: number[][];
  };
  inflow: {
    /** New children observed entering each step over the window. */
    counts: number[];
    /** Gamma prior shape added to every count (default 0.5). */
    prior: number;
    /** Months of exposure (the posterior's rate): the window's transitions. */
    months: number;
    /** New children a month on each step (posterior mean). */
    perMonth: number[];
    /** Posterior standard deviation of `perMonth`. */
    sd: number[];
  };
  cost: {
    /** Average cost (DKK) of one child-month on each step. */
    perChildMonth: number[];
    /** Child-months observed on each step in the window. */
    childMonths: number[];
    /** Spend (DKK) observed on each step in the window. */
    spend: number[];
    /** Where each step's cost came from. */
    source: CostSource[];
  };
  /** Children on each step at the last observation (the start of a projection). */
  stock: number[];
}

const nonNegative = z.number().finite().nonnegative();
const count = nonNegative.max(MAX_COUNT, 'must be at most 100,000,000');
const money = nonNegative.max(MAX_AMOUNT_DKK, 'must be at most 1,000,000,000,000 DKK');
const probability = z.number().finite().min(0).max(1);

/**
 * Zod schema for a {@link FlowModel} (shapes; cross-field rules are checked separately).
 *
 * @example
 * ```ts
 * FlowModelSchema.safeParse(model).success; // true
 * ```
 */
export const FlowModelSchema = z.object({
  staircaseId: z.string().min(1),
  steps: z
    .array(
      z.object({ id: z.string().min(1), rank: z.number().int().min(1), isPlacement: z.boolean() }),
    )
    .min(1)
    .max(20),
  window: z.object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    months: z.number().int().min(1).max(1200),
  }),
  children: z.number().int().nonnegative().max(MAX_COUNT),
  interventions: z.number().int().nonnegative().max(MAX_COUNT),
  transitions: z.object({
    counts: z.array(z.array(count)),
    prior: z.number().finite().min(0.01).max(100),
    probabilities: z.array(z.array(probability)),
    sd: z.array(z.array(count)),
  }),
  inflow: z.object({
    counts: z.array(count),
    prior: z.number().finite().min(0.01).max(100),
    months: z.number().int().min(1),
    perMonth: z.array(count),
    sd: z.array(count),
  }),
  cost: z.object({
    perChildMonth: z.array(money),
    childMonths: z.array(count),
    spend: z.array(nonNegative.max(MAX_TOTAL_DKK, 'must be at most 10^15 DKK')),
    source: z.array(z.enum(['observed', 'catalogue', 'none'])),
  }),
  stock: z.array(count),
});

/** Tolerance for a row of probabilities summing to 1. */
export const ROW_SUM_TOLERANCE = 1e-9;

/** Cross-field rules of a flow model: array sizes, unique steps, rows summing to 1. */
export function flowModelIssues(raw: unknown, prefix: (string | number)[] = []): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const model = asRecord(raw);
  const steps = Array.isArray(model.steps) ? model.steps : [];
  const n = steps.length;
  const seen = new Set<unknown>();
  steps.forEach((step, index) => {
    const id = asRecord(step).id;
    if (seen.has(id))
      issues.push({
        path: [...prefix, 'steps', index, 'id'],
        message: 'duplicate step id',
        value: id,
      });
    seen.add(id);
  });
  const checkLength = (value: unknown, path: string[], length: number) => {
    if (Array.isArray(value) && value.length !== length) {
      issues.push({
        path: [...prefix, ...path],
        message: `must have ${length} entries (one per step${length > n ? ', then "left"' : ''})`,
      });
      return false;
    }
    return Array.isArray(value);
  };
  const transitions = asRecord(model.transitions);
  for (const field of ['counts', 'probabilities', 'sd'] as const) {
    const rows = transitions[field];
    if (!checkLength(rows, ['transitions', field], n)) continue;
    (rows as unknown[]).forEach((row, i) => {
      if (!checkLength(row, ['transitions', field, String(i)], n + 1)) return;
      if (field !== 'probabilities') return;
      const values = row as unknown[];
      if (!values.every(isFiniteNumber)) return;
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
        issues.push({
          path: [...prefix, 'transitions', 'probabilities', i],
          message: 'probabilities must sum to 1 (within 1e-9)',
          value: sum,
        });
      }
    });
  }
  const inflow = asRecord(model.inflow);
  for (const field of ['counts', 'perMonth', 'sd'])
    checkLength(inflow[field], ['inflow', field], n);
  const cost = asRecord(model.cost);
  for (const field of ['perChildMonth', 'childMonths', 'spend', 'source'])
    checkLength(cost[field], ['cost', field], n);
  checkLength(model.stock, ['stock'], n);
  return issues;
}
