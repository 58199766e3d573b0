import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactExp, exactLog } from './random/exact-math';
import { Rng } from './random/rng';

describe('exact log and exp', () => {
  it('agree with Math.log / Math.exp to about 1e-15', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const expected = Math.log(x);
        expect(Math.abs(exactLog(x) - expected)).toBeLessThanOrEqual(
          2e-15 * Math.max(1, Math.abs(expected)),
        );
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(exactExp(x) / Math.exp(x) - 1)).toBeLessThanOrEqual(4e-15);
      }),
    );
    expect(exactLog(1)).toBe(0);
    expect(exactExp(0)).toBe(1);
    expect(exactExp(-800)).toBe(0);
  });
});

describe('Rng', () => {
  it('repeats a stream for a seed and stays inside (0, 1)', () => {
    const a = new Rng(123);
    const b = new Rng(123);
    const c = new Rng(124);
    const first = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(first);
    expect(first.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it('draws Gamma variates with the right mean and variance', () => {
    const rng = new Rng(99);
    for (const shape of [0.5, 1, 3.5, 200]) {
      const draws = 40_000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < draws; i += 1) {
        const g = rng.gamma(shape);
        expect(g).toBeGreaterThanOrEqual(0);
        sum += g;
        squares += g * g;
      }
      const mean = sum / draws;
      const variance = squares / draws - mean * mean;
      // Standard error of the mean is sqrt(shape / draws).
      expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / draws));
      expect(Math.abs(variance / shape - 1)).toBeLessThan(0.1);
    }
  });

  it('draws standard normals', () => {
    const rng = new Rng(5);
    let sum = 0;
    let squares = 0;
    const draws = 40_000;
    for (let i = 0; i < draws; i += 1) {
      const z = rng.normal();
      sum += z;
      squares += z * z;
    }
    expect(Math.abs(sum / draws)).toBeLessThan(5 / Math.sqrt(draws));
    expect(Math.abs(squares / draws - 1)).toBeLessThan(0.05);
  });
});
