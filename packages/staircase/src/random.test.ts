import { describe, expect, it } from 'vitest';
import { StaircaseError } from './errors';
import { seededRandom } from './random';

describe('seededRandom', () => {
  it('gives the same sequence for a seed on every run (the demo data depends on it)', () => {
    const random = seededRandom(42);
    expect(random.next()).toBeCloseTo(0.6011037519201636, 15);
    expect([random.int(1, 6), random.int(1, 6), random.int(1, 6)]).toEqual([3, 6, 5]);
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, () => a.uuid())).toEqual(
      Array.from({ length: 5 }, () => b.uuid()),
    );
  });

  it('draws within the bounds, with the weights', () => {
    const random = seededRandom(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 3000; i += 1) {
      const die = random.int(1, 6);
      expect(die >= 1 && die <= 6 && Number.isInteger(die)).toBe(true);
      counts[
        random.weighted([
          ['a', 1],
          ['b', 3],
        ] as const)
      ] += 1;
    }
    expect(counts.b / 3000).toBeGreaterThan(0.7);
    expect(counts.b / 3000).toBeLessThan(0.8);
    expect(seededRandom(1).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses bounds, probabilities, lists and weights it cannot draw from', () => {
    const random = seededRandom(1);
    expect(() => seededRandom(Number.NaN)).toThrow(StaircaseError);
    expect(() => random.int(1, Number.NaN)).toThrow(/max: must be a whole number/);
    expect(() => random.int(6, 1)).toThrow(StaircaseError);
    expect(() => random.int(0.5, 2)).toThrow(/min: /);
    expect(() => random.chance(Number.NaN)).toThrow(/p: must be a probability/);
    expect(() => random.pick([])).toThrow(/items: must not be empty/);
    expect(() => random.weighted([['a', -1]])).toThrow(/weights.0: /);
    expect(() => random.weighted([['a', 0]])).toThrow(/weights: must have a positive/);
  });
});
