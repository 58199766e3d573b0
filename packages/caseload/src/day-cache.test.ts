import { parseDayNumber } from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedDayNumber, DayCache } from './day-cache';

describe('cached date parsing', () => {
  it('agrees with parseDayNumber on valid, invalid and odd-shaped text', () => {
    for (const text of [
      '2024-10-01',
      '2024-0:-01',
      '2024-02-30',
      '2023-02-29',
      '2024-02-29',
      '24-01-01',
      '2024-1-011',
      '２０２４-01-01',
      '',
    ]) {
      expect(cachedDayNumber(text)).toBe(parseDayNumber(text));
      expect(cachedDayNumber(text)).toBe(parseDayNumber(text)); // second time from the memo
    }
  });

  it('agrees with parseDayNumber on any string of that shape (property)', () => {
    const chars = fc.constantFrom(...'0123456789-:/ a'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 10, maxLength: 10 }), (list) => {
        const text = list.join('');
        expect(cachedDayNumber(text)).toBe(parseDayNumber(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const text = d.toISOString().slice(0, 10);
          expect(cachedDayNumber(text)).toBe(parseDayNumber(text));
        },
      ),
    );
  });

  it('adds months and formats days through the cache', () => {
    const days = new DayCache();
    const day = days.day('2024-08-31') as number;
    expect(days.iso(days.addMonths(day, 6))).toBe('2025-02-28');
    expect(days.iso(days.addMonths(day, 6))).toBe('2025-02-28');
    expect(days.day(42)).toBeUndefined();
  });
});
