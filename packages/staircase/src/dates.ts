import { z } from 'zod';
import { StaircaseError } from './errors';

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

/** Day number of 0000-01-01, the first date `YYYY-MM-DD` can write. */
const FIRST_DAY = daysFromCivil(0, 1, 1);
/** Day number of 9999-12-31, the last date `YYYY-MM-DD` can write. */
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * Days since 1970-01-01 of `date`, or a {@link StaircaseError} naming `field` (the
 * argument or input path the date came from).
 */
export function dayNumberOf(date: unknown, field: readonly (string | number)[]): number {
  const day = typeof date === 'string' ? parseDayNumber(date) : undefined;
  if (day === undefined)
    throw new StaircaseError(
      [{ path: [...field], message: 'must be a calendar date written as YYYY-MM-DD', value: date }],
      'Invalid date',
    );
  return day;
}

/** Throws unless `value` is a whole number of days or months within `limit` of zero. */
function wholeAmount(value: number, field: string, limit: number): void {
  if (!Number.isInteger(value) || Math.abs(value) > limit)
    throw new StaircaseError(
      [{ path: [field], message: `must be a whole number from -${limit} to ${limit}`, value }],
      'Invalid date arithmetic',
    );
}

/**
 * Days since 1970-01-01 for a valid ISO date.
 *
 * @throws {StaircaseError} (a `RangeError`) with path `['date']` for an invalid date.
 *
 * @example
 * ```ts
 * toDayNumber('2024-03-01') - toDayNumber('2024-02-28'); // 2 (leap year)
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(date, ['date']);
}

/**
 * The ISO date of a day number (days since 1970-01-01).
 *
 * @throws {StaircaseError} (a `RangeError`) with path `['day']` unless `day` is a whole
 * number whose date lies in the years 0000-9999 (what `YYYY-MM-DD` can write).
 *
 * @example
 * ```ts
 * fromDayNumber(0); // '1970-01-01'
 * fromDayNumber(19_723); // '2024-01-01'
 * ```
 */
export function fromDayNumber(day: number): IsoDate {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY)
    throw new StaircaseError(
      [
        {
          path: ['day'],
          message: `must be a whole day number from ${FIRST_DAY} (0000-01-01) to ${LAST_DAY} (9999-12-31)`,
          value: day,
        },
      ],
      'Invalid day number',
    );
  return civilFromDays(day);
}

/** H. Hinnant's civil_from_days, without Date objects; `day` is a valid day number. */
function civilFromDays(day: number): IsoDate {
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

/** The date `day` days after `date`, or a StaircaseError naming `field` outside 0000-9999. */
function dateInRange(day: number, field: string, value: number): IsoDate {
  if (day < FIRST_DAY || day > LAST_DAY)
    throw new StaircaseError(
      [{ path: [field], message: 'moves the date outside the years 0000-9999', value }],
      'Invalid date arithmetic',
    );
  return civilFromDays(day);
}

/**
 * Adds whole days to a date.
 *
 * @throws {StaircaseError} (a `RangeError`) for an invalid date (`['date']`), a `days`
 * that is not a whole number (`['days']`), or a result outside the years 0000-9999.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = dayNumberOf(date, ['date']);
  wholeAmount(days, 'days', LAST_DAY - FIRST_DAY);
  return dateInRange(start + days, 'days', days);
}

/**
 * Adds calendar months, clamping to the last day of a shorter month
 * (31 August + 6 months = 28 or 29 February).
 *
 * @throws {StaircaseError} (a `RangeError`) for an invalid date (`['date']`), a
 * `months` that is not a whole number (`['months']`), or a result outside the years
 * 0000-9999.
 *
 * @example
 * ```ts
 * addMonths('2024-08-31', 6); // '2025-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  dayNumberOf(date, ['date']);
  wholeAmount(months, 'months', 12 * 10_000);
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 0 || year > 9999)
    throw new StaircaseError(
      [{ path: ['months'], message: 'moves the date outside the years 0000-9999', value: months }],
      'Invalid date arithmetic',
    );
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return civilFromDays(daysFromCivil(year, month, day));
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
  return dayNumberOf(to, ['to']) - dayNumberOf(from, ['from']);
}
