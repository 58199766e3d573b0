import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf } from './quantile';

function sortedQuantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return low + (h - lo) * (high - low);
}

describe('bandOf', () => {
  it('matches quantiles of the sorted values, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const band = bandOf(Float64Array.from(values));
          expect(band.p10).toBeCloseTo(sortedQuantile(sorted, 0.1), 3);
          expect(band.p50).toBeCloseTo(sortedQuantile(sorted, 0.5), 3);
          expect(band.p90).toBeCloseTo(sortedQuantile(sorted, 0.9), 3);
          expect(band.p10).toBeLessThanOrEqual(band.p50);
          expect(band.p50).toBeLessThanOrEqual(band.p90);
        },
      ),
    );
    expect(bandOf(Float64Array.from([5, 1, 4, 2, 3]))).toEqual({
      p10: 1.4,
      p50: 3,
      p90: 4.6,
      mean: 3,
    });
  });
});
