import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectReform, type ReformScenario, SavingsError, sensitivity, simulate } from './index';
import { exampleData, handModel } from './testing/fixtures';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SavingsError);
    return (error as SavingsError).issues;
  }
  throw new Error('expected a SavingsError');
}

const { model } = exampleData();

const reform: ReformScenario = {
  model,
  years: 6,
  firstYear: 2026,
  stepDown: { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 },
  stepUp: { dist: 'uniform', min: -0.3, max: 0 },
  placementInflow: { dist: 'normal', mean: -0.1, sd: 0.05 },
  rampUpMonths: { dist: 'triangular', min: 6, mode: 12, max: 24 },
  staffCostPerYear: 4_620_000,
};

describe('projectReform', () => {
  it('a scenario with zero effect saves exactly minus its staff cost', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0, max: 36, noNaN: true }),
        (staff, years, ramp) => {
          const result = projectReform({
            model,
            years,
            staffCostPerYear: staff,
            rampUpMonths: ramp,
          });
          for (const year of result.years) {
            expect(year.saving).toBe(0);
            expect(year.baselineCost).toBe(year.reformCost);
            expect(year.net).toBe(staff);
          }
          expect(result.years.at(-1)?.cumulativeNet).toBeCloseTo(staff * years, 2);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('moving children down faster saves money on placements, after a ramp-up', () => {
    const result = projectReform(reform);
    expect(result.parameters.stepDown).toBeCloseTo(0.2, 12);
    expect(result.parameters.rampUpMonths).toBeCloseTo(24 - Math.sqrt(0.5 * 18 * 12), 12);
    expect(result.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    const savings = result.years.map((y) => y.saving);
    expect(savings.every((s) => s > 0)).toBe(true);
    expect(savings[1] as number).toBeGreaterThan(savings[0] as number);
    for (const year of result.years) {
      expect(year.net).toBeCloseTo(year.staffCost - year.saving, 6);
      expect(year.baselineCost).toBeGreaterThanOrEqual(0);
      expect(year.reformCost).toBeGreaterThanOrEqual(0);
    }
    const first = result.years.findIndex((y) => y.cumulativeNet <= 0);
    expect(result.paybackYear).toBe(first === -1 ? null : (result.years[first]?.year ?? null));
  });

  it('NPV at rate 0 is the sum of the nets', () => {
    const result = projectReform({ ...reform, discountRate: 0 });
    const sum = result.years.reduce((total, year) => total + year.net, 0);
    expect(result.npv).toBeCloseTo(sum, 4);
    expect(result.npv).toBe(result.years.at(-1)?.cumulativeNet);
  });

  it('rejects a bad scenario with every problem listed', () => {
    const broken = structuredClone(model);
    (broken.transitions.probabilities[2] as number[])[0] = 0.9;
    const issues = issuesOf(() =>
      projectReform({
        model: broken,
        years: 51,
        stepDown: { dist: 'uniform', min: 0.5, max: 0.1 },
        staffCostPerYear: Number.NaN,
      }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining([
        'model.transitions.probabilities.2',
        'years',
        'stepDown.max',
        'staffCostPerYear',
      ]),
    );
  });

  it('caps moves so nobody stays when the effect would push a row past 1', () => {
    const tiny = handModel(
      [
        [0.5, 0.4, 0.1],
        [0.6, 0.3, 0.1],
      ],
      [0, 0],
      [10, 10],
      [1, 100],
    );
    const result = projectReform({ model: tiny, years: 2, stepDown: 5, staffCostPerYear: 0 });
    for (const year of result.years) {
      expect(Number.isFinite(year.net)).toBe(true);
      expect(year.reformCost).toBeGreaterThanOrEqual(0);
      expect(year.saving).toBeGreaterThan(0);
    }
  });
});

describe('simulate', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = simulate(reform, { draws: 300, seed: 42 });
    const b = simulate(reform, { draws: 300, seed: 42 });
    const c = simulate(reform, { draws: 300, seed: 43 });
    expect(a).toEqual(b);
    expect(c.years[2]?.net.p50).not.toBe(a.years[2]?.net.p50);
  });

  it('orders P10 ≤ P50 ≤ P90 and gives probabilities in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 60 }),
        (seed, draws) => {
          const result = simulate({ ...reform, years: 3 }, { draws, seed });
          let previousPaidBack = 0;
          for (const year of result.years) {
            for (const band of [year.net, year.cumulativeNet, year.saving]) {
              expect(band.p10).toBeLessThanOrEqual(band.p50);
              expect(band.p50).toBeLessThanOrEqual(band.p90);
              expect(Number.isFinite(band.mean)).toBe(true);
            }
            expect(year.probabilityCumulativeNetNonPositive).toBeGreaterThanOrEqual(0);
            expect(year.probabilityPaidBackBy).toBeLessThanOrEqual(1);
            expect(year.probabilityPaidBackBy).toBeGreaterThanOrEqual(previousPaidBack);
            expect(year.probabilityPaidBackBy).toBeGreaterThanOrEqual(
              year.probabilityCumulativeNetNonPositive,
            );
            previousPaidBack = year.probabilityPaidBackBy;
          }
          expect(result.npv.p10).toBeLessThanOrEqual(result.npv.p90);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('with zero effect, every draw nets exactly the staff cost', () => {
    const result = simulate(
      { model, years: 4, staffCostPerYear: 1_000_000 },
      { draws: 50, seed: 1 },
    );
    for (const year of result.years) {
      expect(year.net).toEqual({ p10: 1_000_000, p50: 1_000_000, p90: 1_000_000, mean: 1_000_000 });
      expect(year.probabilityPaidBackBy).toBe(0);
    }
  });

  it('brackets the deterministic projection and widens with transition uncertainty', () => {
    const point = projectReform(reform);
    const wide = simulate(reform, { draws: 2000, seed: 7 });
    const fixedTransitions = simulate(reform, {
      draws: 2000,
      seed: 7,
      transitionUncertainty: false,
    });
    wide.years.forEach((year, y) => {
      const net = point.years[y]?.net as number;
      expect(year.net.p10).toBeLessThanOrEqual(net);
      expect(year.net.p90).toBeGreaterThanOrEqual(net);
    });
    const spread = (r: typeof wide) => (r.years[5]?.net.p90 ?? 0) - (r.years[5]?.net.p10 ?? 0);
    expect(spread(wide)).toBeGreaterThan(spread(fixedTransitions));
  });

  it('lists every problem in the scenario and the options', () => {
    const issues = issuesOf(() =>
      simulate(
        {
          ...reform,
          years: 0,
          stepDown: { dist: 'triangular', min: 0.3, mode: 0.1, max: 0.2 },
          stepUp: -2,
          staffCostPerYear: -5,
          costPerStepMonth: { attic: 5 },
          discountRate: -0.01,
        },
        { draws: 0, seed: 1.5 },
      ),
    );
    const paths = issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'scenario.years',
        'scenario.stepUp',
        'scenario.staffCostPerYear',
        'scenario.costPerStepMonth.attic',
        'scenario.discountRate',
        'options.draws',
        'options.seed',
      ]),
    );
    expect(paths.some((path) => path.startsWith('scenario.stepDown'))).toBe(true);
  });
});

describe('sensitivity', () => {
  it('ranks the assumptions by their swing of the 5-year NPV', () => {
    const tornado = sensitivity(reform);
    expect(tornado.npvYears).toBe(5);
    expect(tornado.bars.map((bar) => bar.parameter).sort()).toEqual([
      'placementInflow',
      'rampUpMonths',
      'staffCostPerYear',
      'stepDown',
      'stepUp',
    ]);
    for (let i = 1; i < tornado.bars.length; i += 1) {
      expect(tornado.bars[i - 1]?.swing).toBeGreaterThanOrEqual(tornado.bars[i]?.swing ?? 0);
    }
    const staff = tornado.bars.find((bar) => bar.parameter === 'staffCostPerYear');
    expect(staff?.swing).toBe(0);
    const down = tornado.bars.find((bar) => bar.parameter === 'stepDown');
    expect(down?.low.value).toBeLessThan(down?.high.value ?? 0);
    // More moves down → more saving → lower NPV (+ cost, − saving).
    expect(down?.high.npv).toBeLessThan(down?.low.npv ?? 0);
    expect(tornado.baseNpv).toBeCloseTo(projectReform({ ...reform, years: 5 }).npv, 4);
  });

  it('a staff cost range moves the NPV by its present value', () => {
    const tornado = sensitivity(
      { ...reform, staffCostPerYear: { dist: 'uniform', min: 4_000_000, max: 5_000_000 } },
      { npvYears: 3 },
    );
    const staff = tornado.bars.find((bar) => bar.parameter === 'staffCostPerYear');
    const annuity = 1 + 1 / 1.035 + 1 / 1.035 ** 2;
    expect(staff?.swing).toBeCloseTo(800_000 * annuity, 3);
  });

  it('rejects bad input', () => {
    const issues = issuesOf(() => sensitivity({ ...reform, rampUpMonths: -1 }, { npvYears: 0 }));
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['scenario.rampUpMonths', 'options.npvYears']),
    );
  });
});
