import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realisedSavings } from './realised-savings';

describe('realisedSavings', () => {
  it('prices child-years avoided against the pre-reform trend at the municipality’s rates, minus the investment', () => {
    const years = [2014, 2015, 2016, 2017, 2018].map((year, i) => ({
      year,
      // Institutions rose by 2 child-years a year before the reform (10, 12, 14), then fell.
      childYears: { institution: [10, 12, 14, 13, 11][i] ?? 0, fosterFamily: 20 },
    }));
    const result = realisedSavings({
      years,
      reformYear: 2017,
      ratePerChildYear: { institution: 1_200_000, fosterFamily: 300_000 },
      investment: (year) => (year === 2017 ? 2_000_000 : 1_000_000),
    });
    expect(result.map((y) => y.year)).toEqual([2017, 2018]);
    // 2017: trend 16 vs 13 institution child-years (3 avoided), foster flat at 20.
    expect(result[0]?.expectedChildYears).toBeCloseTo(36, 10);
    expect(result[0]?.realised).toBeCloseTo(3 * 1_200_000 - 2_000_000, 4);
    // 2018: trend 18 vs 11 (7 avoided).
    expect(result[1]?.realised).toBeCloseTo(7 * 1_200_000 - 1_000_000, 4);
    expect(result[1]?.counterfactualSpend).toBeCloseTo(18 * 1_200_000 + 20 * 300_000, 4);
  });

  it('uses the pre-reform average when there are fewer than three years before the reform', () => {
    const result = realisedSavings({
      years: [
        { year: 2016, childYears: { institution: 10 } },
        { year: 2017, childYears: { institution: 4 } },
      ],
      reformYear: 2017,
      ratePerChildYear: { institution: 100 },
      investment: () => 0,
    });
    expect(result).toEqual([
      {
        year: 2017,
        expectedChildYears: 10,
        actualChildYears: 4,
        counterfactualSpend: 1000,
        actualSpend: 400,
        investment: 0,
        realised: 600,
      },
    ]);
  });

  it('never exceeds what the municipality would have spent without the reform, in any year', () => {
    const history = fc.array(
      fc.record({
        institution: fc.double({ min: 0, max: 300, noNaN: true }),
        fosterFamily: fc.double({ min: 0, max: 300, noNaN: true }),
        networkFamily: fc.double({ min: 0, max: 300, noNaN: true }),
      }),
      { minLength: 2, maxLength: 14 },
    );
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 1, max: 13 }),
        fc.double({ min: 0, max: 5e7, noNaN: true }),
        (rows, reformAt, investment) => {
          const years = rows.map((childYears, i) => ({ year: 2012 + i, childYears }));
          const result = realisedSavings({
            years,
            reformYear: 2012 + Math.min(reformAt, rows.length - 1),
            ratePerChildYear: {
              institution: 1_400_000,
              fosterFamily: 350_000,
              networkFamily: 150_000,
            },
            investment: () => investment,
          });
          expect(result.length).toBeGreaterThan(0);
          for (const y of result) {
            expect(y.realised).toBeLessThanOrEqual(y.counterfactualSpend + 1e-6);
            expect(Number.isFinite(y.realised)).toBe(true);
            expect(y.counterfactualSpend).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
