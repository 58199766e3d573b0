import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromOre,
  presentValue,
  roundHalfAwayFromZero,
  roundKroner,
  SavingsError,
  toOre,
  YearSeriesSchema,
} from './index';

describe('money', () => {
  it('rounds half away from zero', () => {
    expect([2.5, -2.5, 0.5, -0.5, 2.4, -2.6].map(roundHalfAwayFromZero)).toEqual([
      3, -3, 1, -1, 2, -3,
    ]);
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
  });

  it('converts DKK to øre without float noise', () => {
    expect(toOre(1.005)).toBe(101);
    expect(toOre(1234.56)).toBe(123456);
    expect(toOre(-0.015)).toBe(-2);
    expect(fromOre(123456)).toBe(1234.56);
    expect(roundKroner(1234.5)).toBe(1235);
    expect(roundKroner(-1234.5)).toBe(-1235);
  });

  it('sums øre exactly where floats drift', () => {
    const amounts = Array.from({ length: 10 }, () => 0.1);
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(fromOre(amounts.map(toOre).reduce((a, b) => a + b, 0))).toBe(1);
  });

  it('round-trips whole øre amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (ore) => {
        expect(toOre(fromOre(ore))).toBe(ore);
      }),
    );
  });

  it('validates year series keys and values', () => {
    expect(YearSeriesSchema.safeParse({ 2016: 1 }).success).toBe(true);
    const bad = YearSeriesSchema.safeParse({ abc: 1, 2017: Number.NaN });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.length).toBe(2);
  });

  it('rejects NaN and infinite amounts with a SavingsError', () => {
    for (const fn of [
      () => roundHalfAwayFromZero(Number.NaN),
      () => toOre(Number.POSITIVE_INFINITY),
      () => fromOre(Number.NaN),
      () => roundKroner(Number.NEGATIVE_INFINITY),
      () => toOre(1e300),
    ]) {
      expect(fn).toThrow(SavingsError);
    }
  });

  it('computes present values and rejects bad rates and values', () => {
    expect(presentValue([100, 103.5], 0.035)).toBeCloseTo(200, 12);
    expect(presentValue([1, 2, 3], 0)).toBe(6);
    try {
      presentValue([1, Number.NaN], -0.1);
      throw new Error('expected a SavingsError');
    } catch (error) {
      expect(error).toBeInstanceOf(SavingsError);
      expect((error as SavingsError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'values.1',
        'rate',
      ]);
    }
  });
});
