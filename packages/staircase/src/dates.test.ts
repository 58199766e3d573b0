import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  IsoDateSchema,
  isIsoDate,
  parseDayNumber,
  toDayNumber,
} from './dates';
import { StaircaseError } from './errors';

describe('parseDayNumber', () => {
  it('counts days since 1970-01-01', () => {
    expect(parseDayNumber('1970-01-01')).toBe(0);
    expect(parseDayNumber('1970-01-02')).toBe(1);
    expect(parseDayNumber('1969-12-31')).toBe(-1);
    expect(parseDayNumber('2000-01-01')).toBe(10_957);
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(parseDayNumber('2024-02-29')).toBe(toDayNumber('2024-02-28') + 1);
    expect(parseDayNumber('2000-02-29')).toBeTypeOf('number');
  });

  it.each([
    ['2023-02-29', 'no leap day in 2023'],
    ['1900-02-29', '1900 is not a leap year'],
    ['2024-02-30', 'February never has 30 days'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-01-00', 'day 0'],
    ['2024-1-01', 'unpadded month'],
    ['24-01-01', 'two-digit year'],
    ['2024-01-01T00:00:00Z', 'a timestamp, not a date'],
    [' 2024-01-01', 'leading space'],
    ['2024/01/01', 'slashes'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(parseDayNumber(text)).toBeUndefined();
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('isIsoDate and IsoDateSchema', () => {
  it('accept real dates and reject everything else', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate(20240229)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    const failed = IsoDateSchema.safeParse('2023-02-29');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe('must be a calendar date written as YYYY-MM-DD');
  });
});

describe('toDayNumber and fromDayNumber', () => {
  it('round-trip', () => {
    for (const date of ['1970-01-01', '1999-12-31', '2024-02-29', '2024-03-01', '2099-12-31']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('toDayNumber throws a RangeError naming the bad input', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => toDayNumber('2023-02-29')).toThrow('"2023-02-29"');
  });
});

describe('addDays', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-15', 0)).toBe('2024-01-15');
  });

  it('rejects an invalid date', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('clamps to the last day of a shorter month (31 Aug + 6 = 28 Feb)', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
  });

  it('keeps the day when the target month has it', () => {
    expect(addMonths('2024-01-01', 6)).toBe('2024-07-01');
    expect(addMonths('2024-01-15', 0)).toBe('2024-01-15');
    expect(addMonths('2024-07-15', 6)).toBe('2025-01-15');
  });

  it('handles leap days and whole years', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 6)).toBe('2024-08-29');
  });

  it('goes backwards with negative months', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2025-02-28', -6)).toBe('2024-08-28');
  });

  it('rejects an invalid date such as 2023-02-29', () => {
    expect(() => addMonths('2023-02-29', 6)).toThrow(RangeError);
    expect(() => addMonths('2024-13-01', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when going back', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2024-05-05', '2024-05-05')).toBe(0);
  });

  it('rejects invalid dates', () => {
    expect(() => daysBetween('2023-02-29', '2024-01-01')).toThrow(RangeError);
    expect(() => daysBetween('2024-01-01', 'tomorrow')).toThrow(RangeError);
  });
});

describe('day numbers agree with the JavaScript Date calendar (the oracle)', () => {
  it('parseDayNumber and fromDayNumber match Date for every day in years 0000-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(parseDayNumber(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bad day numbers and amounts', () => {
  it('fromDayNumber refuses NaN, fractions and days outside 0000-9999 instead of printing them', () => {
    for (const day of [Number.NaN, Number.POSITIVE_INFINITY, 0.5, 1e308, 2_932_897, -719_529]) {
      expect(() => fromDayNumber(day)).toThrow(StaircaseError);
    }
    expect(() => fromDayNumber(Number.NaN)).toThrow(
      /day: must be a whole day number .* \(got NaN\)/,
    );
    expect(fromDayNumber(-719_528)).toBe('0000-01-01');
    expect(fromDayNumber(2_932_896)).toBe('9999-12-31');
  });

  it('addDays and addMonths take whole numbers only, and name the argument', () => {
    expect(() => addDays('2024-01-01', 0.5)).toThrow(/days: must be a whole number .*\(got 0.5\)/);
    expect(() => addDays('2024-01-01', Number.NaN)).toThrow(StaircaseError);
    expect(() => addDays('9999-12-31', 1)).toThrow(/outside the years 0000-9999/);
    expect(() => addMonths('2024-01-31', 1.5)).toThrow(/months: must be a whole number/);
    expect(() => addMonths('2024-01-31', 1e308)).toThrow(StaircaseError);
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('an invalid date is a StaircaseError naming the argument (still a RangeError)', () => {
    expect(() => toDayNumber('2024-02-30')).toThrow(StaircaseError);
    expect(() => daysBetween('2024-01-01', '2024-13-01')).toThrow(
      /^Invalid date: 1 problem\(s\)\nto: /,
    );
  });
});
