import {
  addMonths,
  fromDayNumber,
  IsoDateSchema,
  type Staircase,
  toDayNumber,
  type ValidationIssue,
} from '@trappen/staircase';
import { z } from 'zod';
import { exactLog } from '../random/exact-math';
import { Rng } from '../random/rng';
import { asRecord, isFiniteNumber, validate } from '../validate';
import type { ChildHistory, CostedInterventionRecord } from './history';
import { ROW_SUM_TOLERANCE } from './model';

/**
 * Options for {@link generateHistories}.
 *
 * @example
 * ```ts
 * const options: GenerateOptions = {
 *   probabilities: [[0.9, 0.1]], inflowPerMonth: [2], initialStock: [10], from: '2020-01-01', months: 12, seed: 1,
 * };
 * ```
 */
export interface GenerateOptions {
  /** Monthly transition probabilities, `n × (n + 1)`; the last column is "left". */
  probabilities: readonly (readonly number[])[];
  /** Expected new children a month per step (Poisson). */
  inflowPerMonth: readonly number[];
  /** Children on each step at the start. */
  initialStock: readonly number[];
  /** First day (ISO date); months start on the same day of the month. */
  from: string;
  /** Months to generate (1-600). */
  months: number;
  /** Seed of the random generator. */
  seed: number;
  /** Daily rate (DKK) written on each step's interventions; default: none (catalogue rates apply). */
  dailyRatePerStep?: readonly number[];
}

const OptionsSchema = z.object({
  probabilities: z.array(z.array(z.number().finite().min(0).max(1))),
  inflowPerMonth: z.array(z.number().finite().min(0).max(100_000)),
  initialStock: z.array(z.number().int().min(0).max(10_000_000)),
  from: IsoDateSchema,
  months: z.number().int().min(1).max(600),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  dailyRatePerStep: z.array(z.number().finite().nonnegative()).optional(),
});

function sizeIssues(raw: unknown, n: number): ValidationIssue[] {
  const options = asRecord(raw);
  const issues: ValidationIssue[] = [];
  const rows = options.probabilities;
  if (Array.isArray(rows)) {
    if (rows.length !== n) issues.push({ path: ['probabilities'], message: `must have ${n} rows` });
    rows.forEach((row, i) => {
      if (!Array.isArray(row)) return;
      if (row.length !== n + 1) {
        issues.push({ path: ['probabilities', i], message: `must have ${n + 1} entries` });
      } else if (row.every(isFiniteNumber)) {
        const sum = (row as number[]).reduce((a, b) => a + b, 0);
        if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
          issues.push({
            path: ['probabilities', i],
            message: 'probabilities must sum to 1 (within 1e-9)',
            value: sum,
          });
        }
      }
    });
  }
  for (const field of ['inflowPerMonth', 'initialStock', 'dailyRatePerStep']) {
    const value = options[field];
    if (Array.isArray(value) && value.length !== n)
      issues.push({ path: [field], message: `must have ${n} entries` });
  }
  return issues;
}

/** Poisson draw by counting exponential inter-arrival times within one unit. */
function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  let count = 0;
  let time = -exactLog(rng.uniform()) / mean;
  while (time < 1) {
    count += 1;
    time -= exactLog(rng.uniform()) / mean;
  }
  return count;
}

/**
 * Synthetic intervention histories from known monthly transition probabilities, for
 * demos, tests and benchmarks: children start on steps (`initialStock`), new children
 * arrive each month (Poisson), and each month every child moves by the probabilities.
 * Each stay on a step becomes one intervention (the step's first catalogue entry with
 * a daily rate) from the first day of its first month to the day before the next
 * move; a stay running at the end is left open. Seeded: the same seed gives the same
 * histories. `estimateTransitions` over the same months recovers the probabilities.
 *
 * @throws {SavingsError} for rows that do not sum to 1, wrong sizes, negative values.
 *
 * @example
 * ```ts
 * const histories = generateHistories(defaultStaircase, {
 *   probabilities, inflowPerMonth: [2, 2, 1, 0.2, 0.2, 0.3], initialStock: [50, 40, 30, 5, 8, 6],
 *   from: '2020-01-01', months: 60, seed: 1,
 * });
 * ```
 */
export function generateHistories(staircase: Staircase, options: GenerateOptions): ChildHistory[] {
  const n = staircase.steps.length;
  const opts = validate(OptionsSchema, options, 'Invalid generator options', (raw) =>
    sizeIssues(raw, n),
  );
  const codes = staircase.steps.map((step) => {
    const entries = staircase.interventions.filter((entry) => entry.step === step.id);
    return (entries.find((entry) => entry.defaultDailyRate !== undefined) ?? entries[0])?.code;
  });
  const starts: string[] = [];
  const ends: string[] = [];
  for (let k = 0; k <= opts.months; k += 1) starts.push(addMonths(opts.from, k));
  for (let k = 0; k < opts.months; k += 1)
    ends.push(fromDayNumber(toDayNumber(starts[k + 1] as string) - 1));

  const rng = new Rng(opts.seed);
  const histories: ChildHistory[] = [];
  const active: { history: ChildHistory; step: number; since: number }[] = [];
  const record = (history: ChildHistory, step: number, since: number, until: number | null) => {
    const code = codes[step];
    if (code === undefined) return;
    const item: CostedInterventionRecord = {
      code,
      start: starts[since] as string,
      end: until === null ? null : (ends[until] as string),
    };
    const rate = opts.dailyRatePerStep?.[step];
    if (rate !== undefined) item.dailyRate = rate;
    (history.interventions as CostedInterventionRecord[]).push(item);
  };
  const admit = (step: number, month: number) => {
    const history: ChildHistory = { childId: `c${histories.length + 1}`, interventions: [] };
    histories.push(history);
    active.push({ history, step, since: month });
  };
  opts.initialStock.forEach((count, step) => {
    for (let c = 0; c < count; c += 1) admit(step, 0);
  });
  for (let month = 0; month < opts.months; month += 1) {
    let keep = 0;
    for (const child of active) {
      const row = opts.probabilities[child.step] as number[];
      let u = rng.uniform();
      let next = n;
      for (let j = 0; j <= n; j += 1) {
        u -= row[j] as number;
        if (u < 0) {
          next = j;
          break;
        }
      }
      if (next === child.step) {
        active[keep++] = child;
        continue;
      }
      record(child.history, child.step, child.since, month);
      if (next < n) {
        child.step = next;
        child.since = month + 1;
        active[keep++] = child;
      }
    }
    active.length = keep;
    opts.inflowPerMonth.forEach((mean, step) => {
      const arrivals = poisson(rng, mean);
      for (let a = 0; a < arrivals; a += 1) admit(step, month + 1);
    });
  }
  for (const child of active) record(child.history, child.step, child.since, null);
  return histories;
}
