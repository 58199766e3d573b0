import {
  addDays,
  addMonths,
  fromZodIssues,
  type IsoDate,
  IsoDateSchema,
  toDayNumber,
} from '@trappen/staircase';
import { z } from 'zod';
import { KpiError } from './errors';

/**
 * A reporting period: every day from `from` to `to`, both inclusive.
 *
 * @example
 * ```ts
 * const q1: Period = { from: '2024-01-01', to: '2024-03-31' };
 * ```
 */
export interface Period {
  /** First day (inclusive). */
  from: IsoDate;
  /** Last day (inclusive). */
  to: IsoDate;
}

/**
 * Zod schema for a {@link Period}: two calendar dates, `to` not before `from`.
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ from: '2024-01-01', to: '2024-12-31' });
 * ```
 */
export const PeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((p) => p.to >= p.from, { message: 'ends before it starts', path: ['to'] });

/**
 * Validates a period and returns it, or throws a {@link KpiError}.
 *
 * @example
 * ```ts
 * definePeriod({ from: '2024-01-01', to: '2024-03-31' }); // the same period
 * definePeriod({ from: '2024-04-01', to: '2024-03-31' }); // throws KpiError (to: ends before it starts)
 * ```
 */
export function definePeriod(period: Period): Period {
  const parsed = PeriodSchema.safeParse(period, { reportInput: true });
  if (!parsed.success) throw new KpiError(fromZodIssues(parsed.error.issues), 'Invalid period');
  return parsed.data;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new KpiError([
      { path: ['year'], message: 'must be a whole year 1900-2200', value: year },
    ]);
  }
}

/**
 * The calendar year: 1 January to 31 December.
 *
 * @example
 * ```ts
 * yearPeriod(2018); // { from: '2018-01-01', to: '2018-12-31' }
 * ```
 */
export function yearPeriod(year: number): Period {
  checkYear(year);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * A calendar quarter (1-4) of a year.
 *
 * @example
 * ```ts
 * quarterPeriod(2024, 1); // { from: '2024-01-01', to: '2024-03-31' }
 * ```
 */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  checkYear(year);
  if (![1, 2, 3, 4].includes(quarter)) {
    throw new KpiError([{ path: ['quarter'], message: 'must be 1, 2, 3 or 4', value: quarter }]);
  }
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, 3), -1) };
}

/**
 * The four quarters of a year, in order.
 *
 * @example
 * ```ts
 * quartersOf(2024).map((q) => q.to); // ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']
 * ```
 */
export function quartersOf(year: number): Period[] {
  return ([1, 2, 3, 4] as const).map((quarter) => quarterPeriod(year, quarter));
}

/**
 * One year period for each year from `first` to `last`, both inclusive.
 *
 * @example
 * ```ts
 * yearsBetween(2015, 2018).length; // 4
 * ```
 */
export function yearsBetween(first: number, last: number): Period[] {
  checkYear(first);
  checkYear(last);
  const periods: Period[] = [];
  for (let year = first; year <= last; year += 1) periods.push(yearPeriod(year));
  return periods;
}

/**
 * Number of days in a period (both ends counted).
 *
 * @example
 * ```ts
 * periodDays(yearPeriod(2024)); // 366
 * ```
 */
export function periodDays(period: Period): number {
  const { from, to } = periodDayNumbers(period);
  return to - from + 1;
}

/**
 * A short label: `2024` for a calendar year, `2024-Q2` for a calendar quarter,
 * otherwise `from–to`.
 *
 * @example
 * ```ts
 * periodLabel(quarterPeriod(2024, 2)); // '2024-Q2'
 * ```
 */
export function periodLabel(period: Period): string {
  definePeriod(period);
  const year = Number(period.from.slice(0, 4));
  if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return String(year);
  for (const [index, quarter] of quartersOf(year).entries()) {
    if (quarter.from === period.from && quarter.to === period.to) return `${year}-Q${index + 1}`;
  }
  return `${period.from}–${period.to}`;
}

/** Day numbers of a validated period. Internal. */
export function periodDayNumbers(period: Period): { from: number; to: number } {
  const valid = definePeriod(period);
  return { from: toDayNumber(valid.from), to: toDayNumber(valid.to) };
}
