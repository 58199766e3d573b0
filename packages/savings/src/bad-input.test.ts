import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import {
  type BusinessCase,
  comparePlacements,
  compareRealised,
  estimateTransitions,
  evaluateBusinessCase,
  placementPrice,
  project,
  SavingsError,
  simulate,
} from './index';
import { exampleData } from './testing/fixtures';

const thrown = (fn: () => unknown): SavingsError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SavingsError) return error;
    throw error;
  }
  throw new Error('expected a SavingsError');
};

describe('input that used to give Infinity, NaN or a wrong number', () => {
  it('placementPrice multiplies the exact rate and rounds once (2,123.4567 × 730 days)', () => {
    expect(placementPrice({ dailyRate: 2123.4567, days: 730 })).toBe(1_550_123.39);
    // 2,123.4567 × 24 months × 365/12 days = 1,550,123.391
    expect(placementPrice({ dailyRate: 2123.4567, months: 24 })).toBe(1_550_123.39);
    expect(placementPrice({ dailyRate: 1.005, days: 1 })).toBe(1.01);
  });

  it('a daily rate of 1e308 is a SavingsError naming it, not Infinity', () => {
    const error = thrown(() => placementPrice({ dailyRate: 1e308, days: 1 }));
    expect(error.issues[0]?.path).toEqual(['dailyRate']);
    expect(error.message).toContain('(got 1e+308)');
    expect(
      thrown(() => comparePlacements([{ dailyRate: 1e308, days: 1 }], [{ dailyRate: 1, days: 1 }]))
        .issues[0]?.path,
    ).toEqual(['today', 0, 'dailyRate']);
  });

  it('NaN is printed as NaN, not as null', () => {
    expect(thrown(() => placementPrice({ dailyRate: Number.NaN, days: 1 })).message).toContain(
      '(got NaN)',
    );
  });

  it('evaluateBusinessCase refuses amounts too large to sum exactly in øre', () => {
    const huge: BusinessCase = {
      name: 'huge',
      firstYear: 2026,
      lastYear: 2027,
      lines: [
        {
          label: 'staff',
          budgetArea: 'SO20',
          kind: 'investment',
          type: 'fte',
          fte: 100_000,
          annualCost: 1e12,
        },
      ],
    };
    expect(thrown(() => evaluateBusinessCase(huge)).issues[0]?.path).toEqual(['lines']);
    const overflow = { ...huge, lines: [{ ...huge.lines[0], annualCost: 1e308 }] } as BusinessCase;
    expect(thrown(() => evaluateBusinessCase(overflow)).issues[0]?.path).toEqual([
      'lines',
      0,
      'annualCost',
    ]);
  });

  it('estimateTransitions with no histories is an error, not a model of the prior alone', () => {
    const error = thrown(() =>
      estimateTransitions(defaultStaircase, [], { from: '2020-01-01', to: '2020-12-31' }),
    );
    expect(error.message).toContain('needs at least one child history');
  });

  it('estimateTransitions refuses a daily rate of 1e308 (was NaN cost per child-month)', () => {
    const child = {
      childId: 'a',
      interventions: [{ code: 'foster-family', start: '2020-01-01', dailyRate: 1e308 }],
    };
    expect(
      thrown(() =>
        estimateTransitions(defaultStaircase, [child], { from: '2020-01-01', to: '2020-12-31' }),
      ).issues[0]?.path,
    ).toEqual([0, 'interventions', 0, 'dailyRate']);
  });

  it('project refuses a cost or an inflow of 1e308 (was Infinity and NaN)', () => {
    const { model } = exampleData();
    expect(() =>
      project(model, { months: 12, costPerStepMonth: { 'foster-care': 1e308 } }),
    ).toThrow(SavingsError);
    const flooded = structuredClone(model);
    flooded.inflow.perMonth[0] = 1e308;
    expect(thrown(() => project(flooded, { months: 12 })).issues[0]?.path).toEqual([
      'model',
      'inflow',
      'perMonth',
      0,
    ]);
  });

  it('compareRealised refuses an actual of 1e308 (cumulative sums would overflow)', () => {
    const { model } = exampleData();
    const simulation = simulate(
      {
        model,
        years: 2,
        firstYear: 2026,
        stepDown: 0.2,
        stepUp: 0,
        placementInflow: 0,
        rampUpMonths: 12,
        staffCostPerYear: 1_000_000,
      },
      { draws: 20, seed: 1 },
    );
    expect(() => compareRealised(simulation, { 2026: 1e308, 2027: 1e308 })).toThrow(SavingsError);
  });
});
