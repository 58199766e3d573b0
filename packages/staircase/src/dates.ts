import { z } from 'zod';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as `YYYY-MM-DD` (no time, no zone). Nothing in this package reads
 * the clock: pass "today" in yourself.
 *
 * @example
 * ```ts
 * const start: IsoDate = '2024-02-29';
 * ```
 */
export type IsoDate = string;

/**
 * Days since 1970-01-01 for a valid ISO calendar date, or `undefined` when the text is
 * not a real date (wrong shape, month 13, 30 February ...).
 *
 * @example
 * ```ts
 * parseDayNumber('1970-01-02'); // 1
 * parseDayNumber('2023-02-29'); // undefined
 * ```
 */
export function parseDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/**
 * True when `date` is a real calendar date written as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false (not a leap year)
 * isIsoDate('2024-2-1'); // false (not zero-padded)
 * ```
 */
export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && parseDayNumber(date) !== undefined;
}

/**
 * Zod schema for an ISO calendar date (`YYYY-MM-DD`, a day that exists).
 *
 * @example
 * ```ts
 * const Meeting = z.object({ date: IsoDateSchema });
 * Meeting.parse({ date: '2024-05-01' });
 * IsoDateSchema.safeParse('2024-13-01').success; // false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a calendar date written as YYYY-MM-DD' });

/**
 * Days since 1970-01-01 for a valid ISO date; throws a `RangeError` for an invalid one.
 *
 * @example
 * ```ts
 * toDayNumber('2024-03-01') - toDayNumber('2024-02-28'); // 2 (leap year)
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  const day = parseDayNumber(date);
  if (day === undefined)
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

/**
 * The ISO date of a day number (days since 1970-01-01).
 *
 * @example
 * ```ts
 * fromDayNumber(0); // '1970-01-01'
 * ```
 */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds whole days to a date.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months, clamping to the last day of a shorter month
 * (31 August + 6 months = 28 or 29 February).
 *
 * @example
 * ```ts
 * addMonths('2024-08-31', 6); // '2025-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const day = toDayNumber(date);
  const d = new Date(day * MS_PER_DAY);
  const targetMonth = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  const ms = Date.UTC(d.getUTCFullYear(), targetMonth, Math.min(d.getUTCDate(), lastDay));
  return fromDayNumber(ms / MS_PER_DAY);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2024-01-01', '2025-01-01'); // 366
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
