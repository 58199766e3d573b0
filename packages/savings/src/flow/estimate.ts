import {
  addMonths,
  fromZodIssues,
  IsoDateSchema,
  indexStaircase,
  parseDayNumber,
  resolveHistory,
  type Staircase,
  StaircaseError,
  toDayNumber,
  type ValidationIssue,
} from '@trappen/staircase';
import { z } from 'zod';
import { SavingsError } from '../errors';
import { dkkToOre, oreToDkk } from '../money-core';
import { DAYS_PER_MONTH } from '../placement-price';
import { prefixIssues, validate } from '../validate';
import { type ChildHistory, ChildHistorySchema, type CostedInterventionRecord } from './history';
import type { CostSource, FlowModel } from './model';
import { SegmentBuffers, stepSegments } from './step-segments';

/**
 * Options for {@link estimateTransitions}.
 *
 * @example
 * ```ts
 * const options: EstimateOptions = { from: '2016-01-01', to: '2025-12-31', prior: 0.5 };
 * ```
 */
export interface EstimateOptions {
  /** First day of the observation window (ISO date). */
  from: string;
  /** Last day of the observation window (ISO date); at least one month after `from`. */
  to: string;
  /**
   * Dirichlet prior per transition cell and Gamma prior shape per inflow step
   * (default 0.5, the Jeffreys prior): what is assumed before any data is seen.
   */
  prior?: number;
}

const OptionsSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  prior: z.number().finite().min(0.01).max(100).default(0.5),
});

const StaircaseShape = z.object({
  id: z.string(),
  steps: z
    .array(z.object({ id: z.string(), rank: z.number().int(), isPlacement: z.boolean() }))
    .min(1),
  interventions: z.array(z.object({ code: z.string(), step: z.string() })),
});

function windowIssues(raw: unknown): ValidationIssue[] {
  const options = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const from = typeof options.from === 'string' ? parseDayNumber(options.from) : undefined;
  const to = typeof options.to === 'string' ? parseDayNumber(options.to) : undefined;
  if (from === undefined || to === undefined) return [];
  if (to < from) return [{ path: ['to'], message: 'ends before it starts', value: options.to }];
  if (toDayNumber(addMonths(options.from as string, 1)) > to) {
    return [
      { path: ['to'], message: 'the window must span at least one month', value: options.to },
    ];
  }
  return [];
}

/** First index in ascending `days` whose value is ≥ `day`. */
function lowerBound(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Estimates a monthly staircase flow model from many children's intervention
 * histories over the window `[from, to]`.
 *
 * - Each child's step is observed on the first day of every month of the window
 *   (`from`, `from` + 1 month, …): the highest step among active interventions, or
 *   "off the staircase" when none is active (the rule of `timeline` in
 *   `@trappen/staircase`, swept here together with the daily rates).
 * - Consecutive observations give the month-to-month transition counts per step,
 *   including leaving the staircase; a move from "off" onto a step counts as inflow.
 *   Stays shorter than a month between two observations are not seen as moves.
 * - Probabilities are the posterior means of a Dirichlet(`prior` + counts) per row,
 *   with their posterior standard deviations; inflow per month is the posterior mean
 *   of a Gamma(`prior` + count, months) rate.
 * - The cost of a child-month on a step is the spend on all the child's active
 *   interventions (record `dailyRate`, else the catalogue's `defaultDailyRate`, else 0)
 *   on days when the child is on that step, divided by those child-months (365/12
 *   days each). A step never observed falls back to the mean catalogue rate of its
 *   interventions.
 *
 * @throws {SavingsError} listing every problem: bad dates, an end before a start,
 * unknown intervention codes (paths like `[12, 'interventions', 3, 'code']`),
 * duplicate child ids, a window shorter than a month, no histories at all.
 *
 * @example
 * ```ts
 * const model = estimateTransitions(defaultStaircase, [
 *   { childId: 'a', interventions: [{ code: 'residential-institution', start: '2020-01-01', end: '2020-06-30' },
 *                                   { code: 'foster-family', start: '2020-07-01' }] },
 * ], { from: '2020-01-01', to: '2021-12-31' });
 * model.transitions.counts[5][4]; // 1 (institution → foster care)
 * ```
 */
export function estimateTransitions(
  staircase: Staircase,
  histories: readonly ChildHistory[],
  options: EstimateOptions,
): FlowModel {
  const issues: ValidationIssue[] = [];
  const collect = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof SavingsError) issues.push(...error.issues);
      else throw error;
    }
  };
  let opts: z.output<typeof OptionsSchema> | undefined;
  collect(() => {
    opts = validate(OptionsSchema, options, 'Invalid options', windowIssues);
  });
  collect(() => void validate(StaircaseShape, staircase, 'Invalid staircase'));
  if (!Array.isArray(histories)) {
    issues.push({ path: [], message: 'histories must be an array of child histories' });
  } else if (histories.length === 0) {
    // Without a single child the "estimate" would be the prior alone (every move equally
    // likely), which looks like a model but says nothing about the municipality.
    issues.push({
      path: [],
      message: 'needs at least one child history: without any, the model would be the prior alone',
      value: histories,
    });
  }
  if (!Array.isArray(histories) || !StaircaseShape.safeParse(staircase).success) {
    throw new SavingsError(issues, 'Invalid input to estimateTransitions');
  }
  // With invalid options the children are still checked (over a stand-in window) so
  // one error lists every problem; no result is returned then.
  const { from, to, prior } = opts ?? { from: '2000-01-01', to: '2000-12-31', prior: 0.5 };

  const steps = staircase.steps;
  const n = steps.length;
  const { entryByCode } = indexStaircase(staircase);

  const windowStart = toDayNumber(from);
  const windowEnd = toDayNumber(to);
  const observationList: number[] = [];
  for (let k = 0; ; k += 1) {
    const day = toDayNumber(addMonths(from, k));
    if (day > windowEnd) break;
    observationList.push(day);
  }
  const observations = Float64Array.from(observationList);
  const months = observations.length - 1;

  const counts = Array.from({ length: n }, () => new Float64Array(n + 1));
  const inflowCounts = new Float64Array(n);
  const days = new Float64Array(n);
  const spendOre = new Float64Array(n);
  const buffers = new SegmentBuffers();
  const stock = new Float64Array(n);
  const state = new Int32Array(observations.length);
  const seen = new Set<string>();
  let interventions = 0;

  histories.forEach((child, childIndex) => {
    // Shape check per child, so the parsed copies are short-lived garbage.
    const shape = ChildHistorySchema.safeParse(child, { reportInput: true });
    if (!shape.success) {
      issues.push(...prefixIssues([childIndex], fromZodIssues(shape.error.issues)));
      return;
    }
    if (seen.has(child.childId)) {
      issues.push({
        path: [childIndex, 'childId'],
        message: 'duplicate child id',
        value: child.childId,
      });
    }
    seen.add(child.childId);
    let resolved: ReturnType<typeof resolveHistory>;
    try {
      resolved = resolveHistory(staircase, child.interventions);
    } catch (error) {
      if (!(error instanceof StaircaseError)) throw error;
      issues.push(...prefixIssues([childIndex, 'interventions'], error.issues));
      return;
    }
    if (issues.length > 0) return; // keep validating, skip the arithmetic
    interventions += resolved.length;

    state.fill(0);
    const rates = resolved.map((item) =>
      dkkToOre(
        (item.record as CostedInterventionRecord).dailyRate ??
          entryByCode.get(item.record.code)?.defaultDailyRate ??
          0,
      ),
    );
    const segments = stepSegments(resolved, rates, n, buffers);
    for (let s = 0; s < segments.count; s += 1) {
      const start = segments.from[s] as number;
      const end = segments.to[s] as number;
      const rank = segments.rank[s] as number;
      for (let k = lowerBound(observations, start); k < observations.length; k += 1) {
        if ((observations[k] as number) > end) break;
        state[k] = rank;
      }
      const overlap = Math.min(end, windowEnd) - Math.max(start, windowStart) + 1;
      if (overlap > 0) {
        days[rank - 1] = (days[rank - 1] as number) + overlap;
        spendOre[rank - 1] =
          (spendOre[rank - 1] as number) + overlap * (segments.rateOre[s] as number);
      }
    }

    for (let k = 0; k < months; k += 1) {
      const a = state[k] as number;
      const b = state[k + 1] as number;
      if (a > 0) {
        const row = counts[a - 1] as Float64Array;
        const column = b > 0 ? b - 1 : n;
        row[column] = (row[column] as number) + 1;
      } else if (b > 0) {
        inflowCounts[b - 1] = (inflowCounts[b - 1] as number) + 1;
      }
    }
    const last = state[months] as number;
    if (last > 0) stock[last - 1] = (stock[last - 1] as number) + 1;
  });
  if (issues.length > 0) throw new SavingsError(issues, 'Invalid input to estimateTransitions');

  const probabilities: number[][] = [];
  const sd: number[][] = [];
  for (const row of counts) {
    let total = 0;
    for (const count of row) total += count + prior;
    const means = Array.from(row, (count) => (count + prior) / total);
    probabilities.push(means);
    sd.push(means.map((mean) => Math.sqrt((mean * (1 - mean)) / (total + 1))));
  }

  const perChildMonth: number[] = [];
  const source: CostSource[] = [];
  const childMonths = Array.from(days, (d) => d / DAYS_PER_MONTH);
  steps.forEach((step, i) => {
    const observed = childMonths[i] as number;
    if (observed > 0) {
      perChildMonth.push(oreToDkk(spendOre[i] as number) / observed);
      source.push('observed');
      return;
    }
    const rates = staircase.interventions
      .filter((entry) => entry.step === step.id && entry.defaultDailyRate !== undefined)
      .map((entry) => entry.defaultDailyRate as number);
    if (rates.length > 0) {
      perChildMonth.push((rates.reduce((a, b) => a + b, 0) / rates.length) * DAYS_PER_MONTH);
      source.push('catalogue');
    } else {
      perChildMonth.push(0);
      source.push('none');
    }
  });

  return {
    staircaseId: staircase.id,
    steps: steps.map((step) => ({ id: step.id, rank: step.rank, isPlacement: step.isPlacement })),
    window: { from, to, months },
    children: histories.length,
    interventions,
    transitions: { counts: counts.map((row) => Array.from(row)), prior, probabilities, sd },
    inflow: {
      counts: Array.from(inflowCounts),
      prior,
      months,
      perMonth: Array.from(inflowCounts, (count) => (count + prior) / months),
      sd: Array.from(inflowCounts, (count) => Math.sqrt(count + prior) / months),
    },
    cost: { perChildMonth, childMonths, spend: Array.from(spendOre, oreToDkk), source },
    stock: Array.from(stock),
  };
}
