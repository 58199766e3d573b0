import { addDays, fromZodIssues, type IsoDate, isIsoDate, toDayNumber } from '@trappen/staircase';
import { z } from 'zod';
import { CaseloadError } from './errors';

/**
 * Days a municipal office is commonly closed although they are not public holidays;
 * each municipality decides. All off by default.
 *
 * @example
 * ```ts
 * ClosedDaysSchema.parse({}).christmasEve; // false
 * ```
 */
export const ClosedDaysSchema = z.strictObject({
  /** Grundlovsdag, 5 June. */
  constitutionDay: z.boolean().default(false),
  /** Juleaftensdag, 24 December. */
  christmasEve: z.boolean().default(false),
  /** Nytårsaftensdag, 31 December. */
  newYearsEve: z.boolean().default(false),
});

/** Validated closed days (see {@link ClosedDaysSchema}). */
export type ClosedDays = z.output<typeof ClosedDaysSchema>;
/** Closed days as written, defaults left out. */
export type ClosedDaysInput = z.input<typeof ClosedDaysSchema>;

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
 *
 * @example
 * ```ts
 * easterSunday(2024); // '2024-03-31'
 * ```
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new CaseloadError([
      { path: ['year'], message: 'must be a whole year from 1583 to 9999', value: year },
    ]);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The Danish public holidays of a year, computed from Easter, plus the closed days the
 * municipality has chosen, sorted. Great Prayer Day (the fourth Friday after Easter) is
 * a holiday only before 2024, when it was abolished.
 *
 * @example
 * ```ts
 * danishHolidays(2024).includes('2024-05-09'); // true (Ascension Day)
 * danishHolidays(2023).includes('2023-05-05'); // true (Great Prayer Day)
 * ```
 */
export function danishHolidays(year: number, closed: ClosedDaysInput = {}): IsoDate[] {
  const days = closedDaysOf(closed);
  const easter = easterSunday(year);
  const fromEaster = [-3, -2, 0, 1, 39, 49, 50];
  if (year < 2024) fromEaster.push(26);
  const list = [
    `${year}-01-01`,
    ...fromEaster.map((offset) => addDays(easter, offset)),
    `${year}-12-25`,
    `${year}-12-26`,
  ];
  if (days.constitutionDay) list.push(`${year}-06-05`);
  if (days.christmasEve) list.push(`${year}-12-24`);
  if (days.newYearsEve) list.push(`${year}-12-31`);
  return [...new Set(list)].sort();
}

/** The closed days, or a {@link CaseloadError} naming each field that is not true/false. */
function closedDaysOf(closed: unknown): ClosedDays {
  const parsed = ClosedDaysSchema.safeParse(closed, { reportInput: true });
  if (!parsed.success)
    throw new CaseloadError(
      fromZodIssues(parsed.error.issues).map((issue) => ({
        ...issue,
        path: ['closed', ...issue.path],
      })),
    );
  return parsed.data;
}

const holidayCache = new Map<string, ReadonlySet<IsoDate>>();

function holidaySet(year: number, closed: ClosedDays): ReadonlySet<IsoDate> {
  const key = `${year}:${closed.constitutionDay}:${closed.christmasEve}:${closed.newYearsEve}`;
  let set = holidayCache.get(key);
  if (!set) {
    set = new Set(danishHolidays(year, closed));
    holidayCache.set(key, set);
  }
  return set;
}

function checkDate(date: unknown, path: string): asserts date is IsoDate {
  if (!isIsoDate(date)) {
    throw new CaseloadError([
      { path: [path], message: 'must be a calendar date written as YYYY-MM-DD', value: date },
    ]);
  }
}

/**
 * Whether a municipal office is open on `date`: not a Saturday or Sunday, not a Danish
 * public holiday, not one of the chosen closed days.
 *
 * @example
 * ```ts
 * isWorkingDay('2024-04-01'); // false (Easter Monday)
 * isWorkingDay('2024-04-02'); // true
 * ```
 */
export function isWorkingDay(date: IsoDate, closed: ClosedDaysInput = {}): boolean {
  checkDate(date, 'date');
  // 1970-01-01 was a Thursday: day number 0 → weekday 4 (Monday = 1 … Sunday = 7).
  const weekday = ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
  if (weekday >= 6) return false;
  return !holidaySet(Number(date.slice(0, 4)), closedDaysOf(closed)).has(date);
}

/**
 * The day `count` working days after `date` (the day itself does not count): a receipt
 * due "within 6 working days" of a notification received on a Thursday before Easter
 * skips the whole Easter weekend.
 *
 * @example
 * ```ts
 * addWorkingDays('2024-03-27', 6); // '2024-04-09' (Maundy Thursday to Easter Monday skipped)
 * ```
 */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  closed: ClosedDaysInput = {},
): IsoDate {
  checkDate(date, 'date');
  if (!Number.isInteger(count) || count < 0 || count > 3660) {
    throw new CaseloadError([
      { path: ['count'], message: 'must be a whole number of days from 0 to 3660', value: count },
    ]);
  }
  const days = closedDaysOf(closed);
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, days)) left -= 1;
  }
  return day;
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`.
 *
 * @example
 * ```ts
 * workingDaysBetween('2024-12-20', '2024-12-30'); // 4 (weekends, 25 and 26 December skipped)
 * ```
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  closed: ClosedDaysInput = {},
): number {
  checkDate(from, 'from');
  checkDate(to, 'to');
  const days = closedDaysOf(closed);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, days)) count += 1;
  }
  return count;
}
