import { StaircaseError } from './errors';

/**
 * A small seeded pseudo-random source (mulberry32): the same seed gives the same
 * sequence on every platform, so generated demo and test data are reproducible and SQL
 * and TypeScript can be compared on the same data. Not for anything secret.
 *
 * @example
 * ```ts
 * const random = seededRandom(42);
 * random.int(1, 6); // a die, the same on every run
 * ```
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p` (0 to 1). */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A key chosen with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T extends string | number>(weights: readonly (readonly [T, number])[]): T;
  /** A UUID (version-4 layout) drawn from this source, so ids are stable between runs. */
  uuid(): string;
}

const HEX_DIGITS = '0123456789abcdef';

function invalid(field: string, message: string, value: unknown): never {
  throw new StaircaseError([{ path: [field], message, value }], 'Invalid random draw');
}

/**
 * Creates a {@link SeededRandom} from a whole-number seed (taken modulo 2³²).
 *
 * @throws {StaircaseError} for a seed that is not a safe integer, and from its methods
 * for bounds that are not whole numbers, a probability outside 0-1, an empty list or
 * weights that are negative or sum to 0.
 *
 * @example
 * ```ts
 * seededRandom(1).int(1, 6) === seededRandom(1).int(1, 6); // true
 * ```
 */
export function seededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed)) invalid('seed', 'must be a whole number', seed);
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
    int: (min, max) => {
      if (!Number.isSafeInteger(min)) invalid('min', 'must be a whole number', min);
      if (!Number.isSafeInteger(max) || max < min)
        invalid('max', 'must be a whole number not below min', max);
      return min + Math.floor(next() * (max - min + 1));
    },
    chance: (p) => {
      if (!(p >= 0 && p <= 1)) invalid('p', 'must be a probability from 0 to 1', p);
      return next() < p;
    },
    pick: (items) => {
      if (items.length === 0) invalid('items', 'must not be empty', items);
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (weights) => {
      let total = 0;
      weights.forEach(([, w], i) => {
        if (!(w >= 0 && w <= Number.MAX_VALUE))
          invalid(`weights.${i}`, 'must be a finite weight of at least 0', w);
        total += w;
      });
      if (!(total > 0 && total <= Number.MAX_VALUE))
        invalid('weights', 'must have a positive, finite total', total);
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
