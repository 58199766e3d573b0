import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aarhusModelABusinessCase,
  aarhusModelBBusinessCase,
  type BusinessCase,
  evaluateBusinessCase,
  herningBusinessCase,
  SavingsError,
} from './index';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SavingsError);
    return (error as SavingsError).issues;
  }
  throw new Error('expected a SavingsError');
}

describe('evaluateBusinessCase: Herning, cell by cell in 1,000 DKK', () => {
  const result = evaluateBusinessCase(herningBusinessCase);
  const thousands = (values: number[]) => values.map((value) => value / 1000);
  const line = (label: string) => {
    const found = result.lines.find((l) => l.label === label);
    if (!found) throw new Error(`no line ${label}`);
    return thousands(found.byYear);
  };

  it('reproduces every line', () => {
    expect(result.years).toEqual([2016, 2017, 2018, 2019]);
    expect(line('11 caseworkers')).toEqual([4620, 4620, 4620, 4620]);
    expect(line('Project management')).toEqual([200, 200, 0, 0]);
    expect(line('2 educational psychologists')).toEqual([1000, 1000, 1000, 1000]);
    expect(line('1 health visitor')).toEqual([445, 445, 445, 445]);
    expect(line('Competence development, courses')).toEqual([400, 400, 200, 0]);
    expect(line('Expected saving on placements')).toEqual([-3500, -7500, -12500, -12500]);
  });

  it('reproduces the budget-area totals and the net', () => {
    expect(result.budgetAreas).toEqual(['SO20', 'SO16']);
    expect(thousands(result.byYear.map((y) => y.byBudgetArea.SO20 as number))).toEqual([
      4820, 4820, 4620, 4620,
    ]);
    expect(thousands(result.byYear.map((y) => y.byBudgetArea.SO16 as number))).toEqual([
      -1655, -5655, -10855, -11055,
    ]);
    expect(thousands(result.byYear.map((y) => y.net))).toEqual([3165, -835, -6235, -6435]);
  });

  it('derives investment, savings, cumulative net, payback and NPV', () => {
    expect(thousands(result.byYear.map((y) => y.investment))).toEqual([6665, 6665, 6265, 6065]);
    expect(thousands(result.byYear.map((y) => y.savings))).toEqual([3500, 7500, 12500, 12500]);
    expect(thousands(result.byYear.map((y) => y.cumulativeNet))).toEqual([
      3165, 2330, -3905, -10340,
    ]);
    expect(result.paybackYear).toBe(2018);
    expect(result.totals).toEqual({
      byBudgetArea: { SO20: 18_880_000, SO16: -29_220_000 },
      investment: 25_660_000,
      savings: 36_000_000,
      net: -10_340_000,
    });
    expect(result.discountRate).toBe(0.035);
    const npv = 3_165_000 - 835_000 / 1.035 - 6_235_000 / 1.035 ** 2 - 6_435_000 / 1.035 ** 3;
    expect(result.npv).toBe(Math.round(npv));
    expect(evaluateBusinessCase(herningBusinessCase, { discountRate: 0 }).npv).toBe(-10_340_000);
  });
});

describe('evaluateBusinessCase: Aarhus "Closer to the family"', () => {
  it('model A: 1.4 mio a year, 4.2 mio over the pilot; savings 0 / 0.9 … 2.6 mio', () => {
    const result = evaluateBusinessCase(aarhusModelABusinessCase);
    expect(result.byYear.map((y) => y.investment)).toEqual([
      1_050_000, 1_400_000, 1_400_000, 350_000,
    ]);
    expect(result.totals.investment).toBe(4_200_000);
    expect(result.byYear.map((y) => y.savings)).toEqual([0, 900_000, 1_750_000, 2_600_000]);
    expect(result.totals.byBudgetArea).toEqual({ 'account 6': 4_200_000, 'account 5': -5_250_000 });
    expect(result.totals.net).toBe(-1_050_000);
  });

  it('model B: 2.8 mio a year, 8.4 mio over the pilot; savings 0 / 1.5 … 4.5 mio', () => {
    const result = evaluateBusinessCase(aarhusModelBBusinessCase);
    expect(result.byYear[1]?.investment).toBe(2_800_000);
    expect(result.totals.investment).toBe(8_400_000);
    expect(result.byYear.map((y) => y.savings)).toEqual([0, 1_500_000, 3_000_000, 4_500_000]);
    expect(result.totals.net).toBe(-600_000);
  });
});

describe('evaluateBusinessCase: generated lines', () => {
  it('prorates staff by months and places one-off amounts', () => {
    const result = evaluateBusinessCase({
      name: 'generated',
      firstYear: 2020,
      lastYear: 2022,
      lines: [
        {
          label: 'staff',
          budgetArea: 'account 6',
          kind: 'investment',
          type: 'fte',
          fte: 2,
          annualCost: 500_000,
          from: '2020-07',
        },
        {
          label: 'tool',
          budgetArea: 'account 6',
          kind: 'investment',
          type: 'oneOff',
          year: 2021,
          amount: 75_000.5,
        },
        {
          label: 'saving',
          budgetArea: 'account 5',
          kind: 'saving',
          type: 'ramp',
          from: { year: 2020, amount: 0 },
          to: { year: 2021, amount: 1_000_000 },
        },
      ],
    });
    expect(result.lines[0]?.byYear).toEqual([500_000, 1_000_000, 1_000_000]);
    expect(result.lines[1]?.byYear).toEqual([0, 75_001, 0]);
    expect(result.lines[2]?.byYear).toEqual([0, -1_000_000, -1_000_000]);
    expect(result.byYear.map((y) => y.net)).toEqual([500_000, 75_001, 0]);
    // 75,000.50 rounds up for presentation but is summed exactly in øre.
    expect(result.totals.net).toBe(575_001);
    expect(result.paybackYear).toBeNull();
  });
});

const lineArb = fc.record({
  label: fc.constant('line'),
  budgetArea: fc.constantFrom('SO16', 'SO20', 'account 5'),
  kind: fc.constantFrom('investment' as const, 'saving' as const),
  type: fc.constant('amounts' as const),
  amounts: fc.record({
    2020: fc.integer({ min: 0, max: 50_000_000 }),
    2021: fc.integer({ min: 0, max: 50_000_000 }),
    2022: fc.integer({ min: 0, max: 50_000_000 }),
  }),
});
const caseArb = fc
  .array(lineArb, { minLength: 1, maxLength: 8 })
  .map((lines): BusinessCase => ({ name: 'random', firstYear: 2020, lastYear: 2022, lines }));

describe('evaluateBusinessCase: properties', () => {
  it('NPV at rate 0 equals the sum of the nets, and area totals add up to the net', () => {
    fc.assert(
      fc.property(caseArb, (bc) => {
        const result = evaluateBusinessCase(bc, { discountRate: 0 });
        const sumOfNets = result.byYear.reduce((sum, year) => sum + year.net, 0);
        expect(result.npv).toBe(sumOfNets);
        expect(result.totals.net).toBe(sumOfNets);
        for (const year of result.byYear) {
          const areas = Object.values(year.byBudgetArea).reduce((a, b) => a + b, 0);
          expect(areas).toBe(year.net);
          expect(year.investment - year.savings).toBe(year.net);
        }
        expect(result.byYear.at(-1)?.cumulativeNet).toBe(sumOfNets);
      }),
    );
  });

  it('a higher discount rate moves the NPV towards the first year', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0.001, max: 0.2, noNaN: true }), (bc, rate) => {
        const result = evaluateBusinessCase(bc, { discountRate: rate });
        expect(Number.isFinite(result.npv)).toBe(true);
        const first = result.byYear[0]?.net ?? 0;
        const rest = result.byYear.slice(1).reduce((sum, y) => sum + Math.abs(y.net), 0);
        expect(Math.abs(result.npv - first)).toBeLessThanOrEqual(rest + 1);
      }),
    );
  });
});

describe('evaluateBusinessCase: bad input', () => {
  it('lists every problem at once', () => {
    const issues = issuesOf(() =>
      evaluateBusinessCase(
        {
          name: '',
          firstYear: 2020,
          lastYear: 2018,
          lines: [
            {
              label: 'x',
              budgetArea: 'SO16',
              kind: 'investment',
              type: 'amounts',
              amounts: { 2019: -5 },
            },
            {
              label: 'y',
              budgetArea: 'SO16',
              kind: 'maybe' as never,
              type: 'oneOff',
              year: 2020,
              amount: 1,
            },
            {
              label: 'z',
              budgetArea: 'SO16',
              kind: 'saving',
              type: 'ramp',
              from: { year: 2020, amount: 1 },
              to: { year: 2019, amount: 2 },
            },
          ],
        },
        { discountRate: 0.03 },
      ),
    );
    const paths = issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'lastYear',
        'lines.0.amounts',
        'lines.1.kind',
        'lines.2.to.year',
      ]),
    );
  });

  it('rejects years outside the case and a negative discount rate', () => {
    const outside = issuesOf(() =>
      evaluateBusinessCase({
        name: 'x',
        firstYear: 2020,
        lastYear: 2021,
        lines: [
          {
            label: 'a',
            budgetArea: 'b',
            kind: 'investment',
            type: 'amounts',
            amounts: { 2025: 1 },
          },
          {
            label: 'a',
            budgetArea: 'b',
            kind: 'investment',
            type: 'fte',
            fte: 1,
            annualCost: 1,
            from: '2021-05',
            to: '2021-02',
          },
          {
            label: 'a',
            budgetArea: 'b',
            kind: 'investment',
            type: 'oneOff',
            year: 2019,
            amount: 1,
          },
        ],
      }),
    );
    expect(outside.map((issue) => issue.path.join('.'))).toEqual([
      'lines.0.amounts.2025',
      'lines.1.to',
      'lines.2.year',
    ]);
    const rate = issuesOf(() => evaluateBusinessCase(herningBusinessCase, { discountRate: -0.01 }));
    expect(rate[0]?.path).toEqual(['discountRate']);
    expect(issuesOf(() => evaluateBusinessCase(null as never)).length).toBeGreaterThan(0);
  });
});
