import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, SavingsError } from './index';
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

const modelArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc
    .record({
      weights: fc.array(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: n + 1,
          maxLength: n + 1,
        }),
        { minLength: n, maxLength: n },
      ),
      inflow: fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: n, maxLength: n }),
      stock: fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), {
        minLength: n,
        maxLength: n,
      }),
      cost: fc.array(fc.double({ min: 0, max: 300_000, noNaN: true }), {
        minLength: n,
        maxLength: n,
      }),
    })
    .map(({ weights, inflow, stock, cost }) => {
      const probabilities = weights.map((row) => {
        const total = row.reduce((a, b) => a + b, 0);
        return total > 0
          ? row.map((w) => w / total)
          : row.map((_, j) => (j === row.length - 1 ? 1 : 0));
      });
      return handModel(probabilities, inflow, stock, cost);
    }),
);

describe('project', () => {
  it('conserves the population: next total = total + inflow − leavers', () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 60 }), (model, months) => {
        const projection = project(model, { months });
        for (let t = 0; t + 1 < projection.months.length; t += 1) {
          const now = projection.months[t];
          const next = projection.months[t + 1];
          if (!now || !next) throw new Error('missing month');
          const expected = now.total + now.inflow - now.leavers;
          expect(Math.abs(next.total - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        }
      }),
    );
  });

  it('never gives negative or non-finite children or costs', () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 60 }), (model, months) => {
        const projection = project(model, { months });
        for (const month of projection.months) {
          expect(month.cost).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(month.cost)).toBe(true);
          for (const children of month.stock) expect(children).toBeGreaterThanOrEqual(0);
        }
        for (const year of projection.years) {
          expect(year.costTotal).toBeGreaterThanOrEqual(0);
          expect(year.cost.every((c) => c >= 0 && Number.isFinite(c))).toBe(true);
        }
      }),
    );
  });

  it('sums months into years: child-years and cost', () => {
    const { model } = exampleData();
    const projection = project(model, {
      months: 30,
      firstYear: 2024,
      costPerStepMonth: { institution: 100_000 },
    });
    expect(projection.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(projection.costPerStepMonth[5]).toBe(100_000);
    const firstYearMonths = projection.months.slice(0, 12);
    const cost = firstYearMonths.reduce((sum, m) => sum + m.cost, 0);
    expect(projection.years[0]?.costTotal).toBeCloseTo(cost, 4);
    const childYears = firstYearMonths.reduce((sum, m) => sum + m.total, 0) / 12;
    expect(projection.years[0]?.childYearsTotal).toBeCloseTo(childYears, 9);
    expect(projection.months[0]?.stock).toEqual(model.stock);
  });

  it('keeps a closed population with no leaving constant', () => {
    const model = handModel(
      [
        [0.9, 0.1, 0],
        [0.2, 0.8, 0],
      ],
      [0, 0],
      [100, 50],
      [10, 20],
    );
    const projection = project(model, { months: 24 });
    for (const month of projection.months) expect(month.total).toBeCloseTo(150, 9);
    // stationary distribution: 2/3 and 1/3
    expect(projection.months.at(-1)?.stock[0]).toBeCloseTo(100, 3);
  });

  it('lists every problem in the model and the options', () => {
    const { model } = exampleData();
    const broken = structuredClone(model);
    (broken.transitions.probabilities[0] as number[])[0] = 0.5;
    broken.stock = [1, 2];
    (broken.cost.perChildMonth as number[])[1] = -3;
    const issues = issuesOf(() =>
      project(broken, { months: 0, costPerStepMonth: { nowhere: 1, institution: -1 } }),
    );
    const paths = issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'model.transitions.probabilities.0',
        'model.stock',
        'model.cost.perChildMonth.1',
        'months',
        'costPerStepMonth.nowhere',
        'costPerStepMonth.institution',
      ]),
    );
    expect(
      issues.find((issue) => issue.path.join('.') === 'model.transitions.probabilities.0')?.message,
    ).toMatch(/sum to 1/);
  });
});
