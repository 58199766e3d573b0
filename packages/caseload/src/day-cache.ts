import { addMonths, fromDayNumber, type IsoDate, parseDayNumber } from '@trappen/staircase';

const FIRST_YEAR = 1900;
const YEARS = 300;
/**
 * Day numbers of valid dates from 1900 to 2199 seen so far, at
 * `(year - 1900) * 372 + (month - 1) * 31 + (day - 1)`; `NaN` = not seen yet. A pure
 * memo of `parseDayNumber`, allocated on first use (under 1 MB).
 */
let memo: Float64Array | undefined;
/** The same memo for other years, keyed by `yyyymmdd`. */
const otherYears = new Map<number, number>();
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/**
 * `parseDayNumber` from `@trappen/staircase`, memoised by the date's digits: rows
 * from a database repeat the same few thousand dates, and an array slot is far cheaper
 * than parsing. Anything not shaped `dddd-dd-dd` goes straight to `parseDayNumber`,
 * which decides; so do dates not seen before.
 */
export function cachedDayNumber(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return parseDayNumber(text);
  }
  let key = 0;
  for (const at of DIGIT_POSITIONS) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return parseDayNumber(text);
    key = key * 10 + digit;
  }
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  if (
    year >= FIRST_YEAR &&
    year < FIRST_YEAR + YEARS &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31
  ) {
    memo ??= new Float64Array(YEARS * 372).fill(Number.NaN);
    const slot = (year - FIRST_YEAR) * 372 + (month - 1) * 31 + (day - 1);
    const known = memo[slot] as number;
    if (!Number.isNaN(known)) return known;
    const parsed = parseDayNumber(text);
    if (parsed !== undefined) memo[slot] = parsed;
    return parsed;
  }
  const known = otherYears.get(key);
  if (known !== undefined) return known;
  const parsed = parseDayNumber(text);
  if (parsed !== undefined && otherYears.size < 100_000) otherYears.set(key, parsed);
  return parsed;
}

/**
 * Memoised date conversions for one computation. Municipal data repeats the same few
 * thousand dates across tens of thousands of records, so each distinct date is parsed
 * (and each distinct day formatted) once. Internal: not exported from the package.
 */
export class DayCache {
  private readonly isos = new Map<number, IsoDate>();
  private readonly monthsLater = new Map<number, number>();

  /** Day number of an ISO date, or `undefined` when the value is not a calendar date. */
  day(text: unknown): number | undefined {
    return typeof text === 'string' ? cachedDayNumber(text) : undefined;
  }

  /** ISO date of a day number. */
  iso(day: number): IsoDate {
    const known = this.isos.get(day);
    if (known !== undefined) return known;
    const text = fromDayNumber(day);
    this.isos.set(day, text);
    return text;
  }

  /** The day `months` calendar months after `day` (staircase `addMonths`: clamped to month end). */
  addMonths(day: number, months: number): number {
    const key = day * 1024 + months;
    const known = this.monthsLater.get(key);
    if (known !== undefined) return known;
    const result = this.day(addMonths(this.iso(day), months)) as number;
    this.monthsLater.set(key, result);
    return result;
  }
}
