import { defaultStaircase, timeline } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { generateHistories, SavingsError } from './index';
import { initialStock, trueInflow, trueProbabilities } from './testing/fixtures';

describe('generateHistories', () => {
  const options = {
    probabilities: trueProbabilities,
    inflowPerMonth: trueInflow,
    initialStock,
    from: '2020-01-31',
    months: 24,
    seed: 3,
  };

  it('is seeded and writes valid, non-overlapping histories', () => {
    const a = generateHistories(defaultStaircase, options);
    expect(generateHistories(defaultStaircase, options)).toEqual(a);
    expect(a.length).toBeGreaterThan(initialStock.reduce((x, y) => x + y, 0));
    for (const child of a.slice(0, 500)) {
      const periods = timeline(defaultStaircase, child.interventions);
      expect(periods.length).toBe(child.interventions.length);
    }
  });

  it('rejects rows that do not sum to 1 and wrong sizes, all at once', () => {
    try {
      generateHistories(defaultStaircase, {
        ...options,
        probabilities: [[0.5, 0.2], ...trueProbabilities.slice(1, 5), [0.9, 0, 0, 0, 0, 0, 0]],
        inflowPerMonth: [1],
        months: 0,
      });
      throw new Error('expected a SavingsError');
    } catch (error) {
      expect(error).toBeInstanceOf(SavingsError);
      const paths = (error as SavingsError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(
        expect.arrayContaining(['months', 'probabilities.0', 'probabilities.5', 'inflowPerMonth']),
      );
    }
  });
});
