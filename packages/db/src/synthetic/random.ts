/** A seeded pseudo-random source (mulberry32): the same seed always gives the same data. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A key chosen with probability proportional to its weight. */
  weighted<T extends string | number>(weights: readonly (readonly [T, number])[]): T;
  /** A UUID (version-4 layout) drawn from this source, so ids are stable between runs. */
  uuid(): string;
}

const HEX_DIGITS = '0123456789abcdef';

/**
 * Creates a {@link Random} from a 32-bit seed.
 *
 * @example
 * ```ts
 * createRandom(1).int(1, 6) === createRandom(1).int(1, 6); // true
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // A lookup instead of `toString(16)` per digit: the same draws, half the time.
  const hex = (digits: number): string => {
    let out = '';
    for (let i = 0; i < digits; i += 1) out += HEX_DIGITS[Math.floor(next() * 16)];
    return out;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (weights) => {
      const total = weights.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [key, w] of weights) {
        roll -= w;
        if (roll < 0) return key;
      }
      return (weights[weights.length - 1] as (typeof weights)[number])[0];
    },
    uuid: () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}
