import { z } from 'zod';

const MS_PER_DAY = 86_400_000;

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
  // Hand-rolled instead of a regex and Date objects: this runs once per intervention
  // date in every caseload and flow-model computation (millions of rows).
  if (typeof date !== 'string' || date.length !== 10) return undefined;
  if (date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return undefined;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

const DASH = 45;
const ZERO = 48;

/** The number written by the ASCII digits in `text[from, to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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
  // Inverse of daysFromCivil (H. Hinnant's civil_from_days), without Date objects.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
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
