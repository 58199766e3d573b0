import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, estimateTransitions, SavingsError } from './index';
import { dailyRates, exampleData, trueInflow, trueProbabilities } from './testing/fixtures';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SavingsError);
    return (error as SavingsError).issues;
  }
  throw new Error('expected a SavingsError');
}

describe('estimateTransitions: a small history by hand', () => {
  const model = estimateTransitions(
    defaultStaircase,
    [
      {
        childId: 'a',
        interventions: [
          {
            code: 'residential-institution',
            start: '2020-01-01',
            end: '2020-02-29',
            dailyRate: 3000,
          },
          { code: 'foster-family', start: '2020-03-01', end: '2020-04-30' },
          { code: 'family-treatment', start: '2020-01-01', end: '2020-05-31' },
        ],
      },
      { childId: 'b', interventions: [{ code: 'contact-person', start: '2020-03-15' }] },
    ],
    { from: '2020-01-01', to: '2020-06-30' },
  );

  it('observes steps on the first day of each month', () => {
    // a: institution Jan, Feb; foster Mar, Apr; home-based May; off Jun.
    const { counts } = model.transitions;
    expect(model.window.months).toBe(5);
    expect(counts[5]).toEqual([0, 0, 0, 0, 1, 1, 0]);
    expect(counts[4]).toEqual([0, 0, 1, 0, 1, 0, 0]);
    // a leaves home-based (May→Jun); b stays home-based Apr→May and May→Jun.
    expect(counts[2]).toEqual([0, 0, 2, 0, 0, 0, 1]);
    // b enters home-based between 1 March and 1 April.
    expect(model.inflow.counts).toEqual([0, 0, 1, 0, 0, 0]);
    expect(model.stock).toEqual([0, 0, 1, 0, 0, 0]);
    expect(model.children).toBe(2);
    expect(model.interventions).toBe(4);
  });

  it('prices child-months from record rates, else catalogue rates', () => {
    const { cost } = model;
    // a on step 6: 1 Jan-29 Feb = 60 days at 3,000 (institution) + 500 (family treatment).
    expect(cost.childMonths[5]).toBeCloseTo(60 / DAYS_PER_MONTH, 12);
    expect(cost.spend[5]).toBe(60 * 3500);
    expect(cost.perChildMonth[5]).toBeCloseTo(3500 * DAYS_PER_MONTH, 6);
    // foster: 61 days at 1,200 (catalogue) + 500.
    expect(cost.spend[4]).toBe(61 * 1700);
    expect(cost.source[4]).toBe('observed');
    // network care never observed: the catalogue's mean rate.
    expect(cost.source[3]).toBe('catalogue');
    expect(cost.perChildMonth[3]).toBeCloseTo(600 * DAYS_PER_MONTH, 6);
    // universal has no priced interventions in the catalogue.
    expect(cost.source[0]).toBe('none');
    expect(cost.perChildMonth[0]).toBe(0);
  });

  it('gives posterior means whose rows sum to 1, with standard deviations', () => {
    for (const row of model.transitions.probabilities) {
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    }
    expect(model.transitions.probabilities[5]?.[4]).toBeCloseTo(1.5 / 5.5, 12);
    expect(model.transitions.sd.flat().every((value) => value > 0 && value < 0.5)).toBe(true);
  });
});

describe('estimateTransitions: recovery of known probabilities', () => {
  const { model } = exampleData();

  it('recovers every transition probability within its stated uncertainty', () => {
    let within2sd = 0;
    let cells = 0;
    trueProbabilities.forEach((row, i) => {
      row.forEach((truth, j) => {
        const estimate = model.transitions.probabilities[i]?.[j] as number;
        const sd = model.transitions.sd[i]?.[j] as number;
        expect(Math.abs(estimate - truth)).toBeLessThanOrEqual(4 * sd + 1e-12);
        if (Math.abs(estimate - truth) <= 2 * sd) within2sd += 1;
        cells += 1;
      });
    });
    expect(within2sd / cells).toBeGreaterThanOrEqual(0.85);
  });

  it('recovers the inflow and the cost per child-month', () => {
    trueInflow.forEach((truth, j) => {
      const estimate = model.inflow.perMonth[j] as number;
      expect(Math.abs(estimate - truth)).toBeLessThanOrEqual(4 * (model.inflow.sd[j] as number));
    });
    dailyRates.forEach((rate, j) => {
      expect(model.cost.perChildMonth[j]).toBeCloseTo(rate * DAYS_PER_MONTH, 6);
    });
  });

  it('is linear in children: the counts of two halves add up to the whole', () => {
    const { histories } = exampleData();
    const half = Math.floor(histories.length / 2);
    const options = { from: '2019-01-01', to: '2023-12-31' };
    const a = estimateTransitions(defaultStaircase, histories.slice(0, half), options);
    const b = estimateTransitions(defaultStaircase, histories.slice(half), options);
    model.transitions.counts.forEach((row, i) => {
      row.forEach((count, j) => {
        expect((a.transitions.counts[i]?.[j] ?? 0) + (b.transitions.counts[i]?.[j] ?? 0)).toBe(
          count,
        );
      });
    });
    expect(a.interventions + b.interventions).toBe(model.interventions);
  });
});

describe('estimateTransitions: bad input', () => {
  it('lists every problem in every child at once', () => {
    const issues = issuesOf(() =>
      estimateTransitions(
        defaultStaircase,
        [
          { childId: 'a', interventions: [{ code: 'no-such-code', start: '2020-01-01' }] },
          {
            childId: 'a',
            interventions: [{ code: 'foster-family', start: '2020-05-01', end: '2020-04-01' }],
          },
          { childId: 'c', interventions: [{ code: 'foster-family', start: '2020-02-30' }] },
        ],
        { from: '2020-01-01', to: '2021-01-01' },
      ),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      '0.interventions.0.code',
      '1.childId',
      '1.interventions.0.end',
      '2.interventions.0.start',
    ]);
  });

  it('rejects a window that ends before it starts or is shorter than a month', () => {
    expect(
      issuesOf(() =>
        estimateTransitions(defaultStaircase, [], { from: '2020-05-01', to: '2020-01-01' }),
      )[0]?.message,
    ).toMatch(/ends before/);
    expect(
      issuesOf(() =>
        estimateTransitions(defaultStaircase, [], { from: '2020-05-01', to: '2020-05-20' }),
      )[0]?.message,
    ).toMatch(/one month/);
    const many = issuesOf(() =>
      estimateTransitions({} as never, 'x' as never, { from: 'x', to: '2020-13-01', prior: -1 }),
    );
    expect(many.length).toBeGreaterThanOrEqual(5);
    const both = issuesOf(() =>
      estimateTransitions(
        defaultStaircase,
        [{ childId: '', interventions: [{ code: 'school', start: '2020-01-01', dailyRate: -1 }] }],
        { from: '2020-01-01', to: '2019-01-01' },
      ),
    );
    expect(both.map((issue) => issue.path.join('.'))).toEqual([
      'to',
      '0.childId',
      '0.interventions.0.dailyRate',
    ]);
  });
});
