import { addMonths, fromDayNumber, type IsoDate, parseDayNumber } from '@trappen/staircase';

/**
 * Memoised date conversions for one computation. Municipal data repeats the same few
 * thousand dates across tens of thousands of records, so each distinct date is parsed
 * (and each distinct day formatted) once. Internal: not exported from the package.
 */
export class DayCache {
  private readonly days = new Map<string, number>();
  private readonly isos = new Map<number, IsoDate>();
  private readonly monthsLater = new Map<number, number>();

  /** Day number of an ISO date, or `undefined` when the value is not a calendar date. */
  day(text: unknown): number | undefined {
    if (typeof text !== 'string') return undefined;
    const known = this.days.get(text);
    if (known !== undefined) return known;
    const parsed = parseDayNumber(text);
    if (parsed !== undefined) this.days.set(text, parsed);
    return parsed;
  }

  /** ISO date of a day number. */
  iso(day: number): IsoDate {
    const known = this.isos.get(day);
    if (known !== undefined) return known;
    const text = fromDayNumber(day);
    this.isos.set(day, text);
    this.days.set(text, day);
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
