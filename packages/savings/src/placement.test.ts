import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePlacements, placementPrice, SavingsError } from './index';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SavingsError);
    return (error as SavingsError).issues;
  }
  throw new Error('expected a SavingsError');
}

describe('placementPrice', () => {
  it('prices the example of the documents exactly: 18 months at 2,000 DKK/day', () => {
    expect(placementPrice({ dailyRate: 2000, months: 18 })).toBe(1_095_000);
    expect(placementPrice({ dailyRate: 2000, days: 365 })).toBe(730_000);
  });

  it('makes 12 months one year of days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (rate) => {
        expect(placementPrice({ dailyRate: rate, months: 12 })).toBe(
          placementPrice({ dailyRate: rate, days: 365 }),
        );
      }),
    );
  });

  it('rejects bad input with every problem listed', () => {
    const issues = issuesOf(() => placementPrice({ dailyRate: -5, months: 0 }));
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['dailyRate', 'months']);
    const both = issuesOf(() =>
      placementPrice({ dailyRate: 1, months: 1, days: 1 } as unknown as { dailyRate: 1; days: 1 }),
    );
    expect(both[0]?.message).toMatch(/exactly one of months or days/);
    expect(issuesOf(() => placementPrice({ dailyRate: 1 } as never))).toHaveLength(1);
    expect(issuesOf(() => placementPrice({ dailyRate: Number.NaN, days: 3 }))).toHaveLength(1);
  });
});

describe('comparePlacements', () => {
  it('compares a long institution stay with a time-limited one plus ambulatory follow-up', () => {
    const result = comparePlacements(
      [{ label: 'institution', dailyRate: 2000, months: 18 }],
      [
        { label: 'institution', dailyRate: 2000, months: 6 },
        { label: 'ambulatory', dailyRate: 500, months: 6 },
      ],
    );
    expect(result.today.price).toBe(1_095_000);
    expect(result.newPractice.phases.map((phase) => phase.price)).toEqual([365_000, 91_250]);
    expect(result.newPractice.price).toBe(456_250);
    expect(result.newPractice.days).toBe(365);
    expect(result.saving).toBe(638_750);
    expect(result.savingPercent).toBeCloseTo((638_750 / 1_095_000) * 100, 12);
  });

  it('gives no per cent when today costs nothing', () => {
    const result = comparePlacements([{ dailyRate: 0, days: 10 }], [{ dailyRate: 100, days: 1 }]);
    expect(result.saving).toBe(-100);
    expect(result.savingPercent).toBeNull();
  });

  it('lists every bad phase in both practices', () => {
    const issues = issuesOf(() =>
      comparePlacements([{ dailyRate: -1, months: 2 }, { dailyRate: 5 } as never], [] as never),
    );
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'newPractice',
      'today.0.dailyRate',
      'today.1',
    ]);
  });
});
