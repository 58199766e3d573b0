/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every platform, so SQL and TypeScript can be compared on the same data.
 *
 * @example
 * ```ts
 * const random = seededRandom(42);
 * random.next(); // 0.6011…, always
 * random.int(1, 6); // a die
 * ```
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both inclusive. */
  int(min: number, max: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Creates a {@link SeededRandom} from a 32-bit seed.
 *
 * @example
 * ```ts
 * seededRandom(1).int(0, 9) === seededRandom(1).int(0, 9); // true
 * ```
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    chance: (p: number): boolean => next() < p,
  };
}
