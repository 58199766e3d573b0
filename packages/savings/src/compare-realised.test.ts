import { describe, expect, it } from 'vitest';
import {
  compareRealised,
  projectReform,
  type ReformScenario,
  SavingsError,
  simulate,
} from './index';
import { exampleData } from './testing/fixtures';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SavingsError);
    return (error as SavingsError).issues;
  }
  throw new Error('expected a SavingsError');
}

const scenario: ReformScenario = {
  model: exampleData().model,
  years: 4,
  firstYear: 2026,
  stepDown: { dist: 'uniform', min: 0, max: 0.4 },
  rampUpMonths: 12,
  staffCostPerYear: 4_620_000,
};
const simulation = simulate(scenario, { draws: 500, seed: 2026 });

describe('compareRealised', () => {
  it('compares year by year and cumulatively against the P50, flagging years outside P10-P90', () => {
    const [y1, y2, y3] = simulation.years;
    if (!y1 || !y2 || !y3) throw new Error('missing years');
    const actual = { 2026: y1.net.p50, 2027: y2.net.p90 + 1_000_000, 2028: y3.net.p10 - 1_000_000 };
    const result = compareRealised(simulation, actual);
    expect(result.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(result.years.map((y) => y.position)).toEqual(['within', 'above', 'below']);
    expect(result.yearsOutsideBand).toEqual([2027, 2028]);
    expect(result.years[1]?.difference).toBeCloseTo(y2.net.p90 + 1_000_000 - y2.net.p50, 6);
    expect(result.years[2]?.cumulativeActual).toBeCloseTo(
      actual[2026] + actual[2027] + actual[2028],
      6,
    );
    expect(result.years[2]?.cumulativeProjected).toBe(y3.cumulativeNet.p50);
    expect(result.years[2]?.cumulativeDifference).toBeCloseTo(
      (result.years[2]?.cumulativeActual ?? 0) - y3.cumulativeNet.p50,
      6,
    );
    expect(result.years[0]?.band).toEqual({ p10: y1.net.p10, p90: y1.net.p90 });
  });

  it('works with a deterministic projection (no band)', () => {
    const projection = projectReform(scenario);
    const result = compareRealised(projection, { 2026: 5_000_000 });
    expect(result.years).toHaveLength(1);
    expect(result.years[0]?.difference).toBeCloseTo(5_000_000 - (projection.years[0]?.net ?? 0), 6);
    expect(result.years[0]?.position).toBeNull();
    expect(result.yearsOutsideBand).toEqual([]);
  });

  it('rejects years outside the projection, gaps and non-finite values', () => {
    const issues = issuesOf(() =>
      compareRealised(simulation, { 2026: 1, 2028: Number.NaN, 2040: 3 } as never),
    );
    const messages = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages.some((m) => m.startsWith('actualByYear.2040: year not in'))).toBe(true);
    expect(
      messages.some((m) => m.startsWith('actualByYear.2028: actuals must cover consecutive')),
    ).toBe(true);
    expect(
      messages.some((m) => m.startsWith('actualByYear.2028:') && !m.includes('consecutive')),
    ).toBe(true);
    expect(issuesOf(() => compareRealised({ years: [] } as never, {}))).toHaveLength(2);
  });
});
