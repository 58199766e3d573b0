import { describe, expect, it } from 'vitest';
import { KpiError } from './errors';
import { asPercent, formatChange, percentChange, roundHalfAwayFromZero } from './percent-change';
import {
  definePeriod,
  periodDays,
  periodLabel,
  quarterPeriod,
  quartersOf,
  yearPeriod,
  yearsBetween,
} from './period';

describe('periods', () => {
  it('builds years and quarters, inclusive on both ends', () => {
    expect(yearPeriod(2018)).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    expect(quartersOf(2024).map((q) => [q.from, q.to])).toEqual([
      ['2024-01-01', '2024-03-31'],
      ['2024-04-01', '2024-06-30'],
      ['2024-07-01', '2024-09-30'],
      ['2024-10-01', '2024-12-31'],
    ]);
    expect(periodDays(yearPeriod(2024))).toBe(366);
    expect(periodDays(quarterPeriod(2023, 1))).toBe(90); // 31 + 28 + 31
    expect(yearsBetween(2015, 2018).map(periodLabel)).toEqual(['2015', '2016', '2017', '2018']);
    expect(periodLabel(quarterPeriod(2024, 3))).toBe('2024-Q3');
    expect(periodLabel({ from: '2024-01-15', to: '2024-02-01' })).toBe('2024-01-15–2024-02-01');
  });

  it('rejects bad periods', () => {
    expect(() => definePeriod({ from: '2024-02-01', to: '2024-01-31' })).toThrow(KpiError);
    expect(() => definePeriod({ from: '2024-02-30', to: '2024-03-01' })).toThrow(KpiError);
    expect(() => yearPeriod(2018.5)).toThrow(KpiError);
    expect(() => quarterPeriod(2018, 5 as 1)).toThrow(KpiError);
  });
});

describe('percentChange', () => {
  it('is (new − old) / old with sign, null from 0', () => {
    // Faxe notifications: (1023 − 524) / 524 = 499 / 524 = 0.952290… → +95.2 % (as the document).
    expect(percentChange(524, 1023)).toBeCloseTo(499 / 524, 15);
    expect(asPercent(percentChange(524, 1023))).toBe(95.2);
    expect(formatChange(percentChange(524, 1023))).toBe('+95.2 %');
    // Faxe placed children: (131 − 87) / 87 = 0.505747… → +50.6 % rounded; the
    // document's +50.5 % is this value truncated (see placements.test.ts).
    expect(asPercent(percentChange(87, 131))).toBe(50.6);
    // Solrød institution child-years 5.9 → 2.0: −3.9 / 5.9 = −0.661016… → −66.1 %.
    expect(asPercent(percentChange(5.9, 2.0))).toBe(-66.1);
    expect(formatChange(percentChange(5.9, 2.0))).toBe('\u221266.1 %');
    expect(percentChange(0, 5)).toBeNull();
    expect(formatChange(null)).toBe('–');
    expect(formatChange(percentChange(7, 7))).toBe('0.0 %');
  });

  it('rounds half away from zero', () => {
    expect(roundHalfAwayFromZero(2.25, 1)).toBe(2.3);
    expect(roundHalfAwayFromZero(-2.25, 1)).toBe(-2.3);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(0.44, 1)).toBe(0.4);
  });
});
