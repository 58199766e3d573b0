import { z } from 'zod';
import type { Rng } from '../random/rng';

/**
 * A scenario parameter: a fixed number, or a distribution stating its uncertainty.
 * - `uniform`: every value in `[min, max]` equally likely;
 * - `triangular`: `min`, most likely `mode`, `max` (the usual "low / expected / high");
 * - `normal`: `mean` and `sd`, cut off at the parameter's lower bound.
 *
 * @example
 * ```ts
 * const stepDown: Uncertain = { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 };
 * const staff: Uncertain = 4_620_000;
 * ```
 */
export type Uncertain =
  | number
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number };

/**
 * Which percentile of a parameter to use.
 *
 * @example
 * ```ts
 * const which: Percentile = 'p90';
 * ```
 */
export type Percentile = 'p10' | 'p50' | 'p90';

const Z90 = 1.2815515655446004; // standard normal 90th percentile

/** Zod schema for an {@link Uncertain} parameter whose values must be ≥ `lowerBound`. */
export function uncertainSchema(lowerBound: number, upperBound = 1e12) {
  const value = z.number().finite().min(lowerBound).max(upperBound);
  return z.union([
    value,
    z
      .object({ dist: z.literal('uniform'), min: value, max: value })
      .refine((u) => u.min <= u.max, { message: 'min must not exceed max', path: ['max'] }),
    z
      .object({ dist: z.literal('triangular'), min: value, mode: value, max: value })
      .refine((t) => t.min <= t.mode && t.mode <= t.max, {
        message: 'needs min ≤ mode ≤ max',
        path: ['mode'],
      }),
    z.object({
      dist: z.literal('normal'),
      mean: value,
      sd: z.number().finite().nonnegative().max(upperBound),
    }),
  ]);
}

/** Inverse CDF of a triangular distribution. */
function triangular(min: number, mode: number, max: number, p: number): number {
  const width = max - min;
  if (width === 0) return min;
  const cut = (mode - min) / width;
  return p < cut
    ? min + Math.sqrt(p * width * (mode - min))
    : max - Math.sqrt((1 - p) * width * (max - mode));
}

/** The P10, P50 or P90 of a parameter (never below `lowerBound`). */
export function percentileOf(value: Uncertain, which: Percentile, lowerBound: number): number {
  if (typeof value === 'number') return value;
  const p = which === 'p10' ? 0.1 : which === 'p50' ? 0.5 : 0.9;
  switch (value.dist) {
    case 'uniform':
      return value.min + p * (value.max - value.min);
    case 'triangular':
      return triangular(value.min, value.mode, value.max, p);
    case 'normal': {
      const z = which === 'p10' ? -Z90 : which === 'p50' ? 0 : Z90;
      return Math.max(lowerBound, value.mean + z * value.sd);
    }
  }
}

/** One random draw of a parameter (never below `lowerBound`). Allocates nothing. */
export function sampleOf(value: Uncertain, rng: Rng, lowerBound: number): number {
  if (typeof value === 'number') return value;
  switch (value.dist) {
    case 'uniform':
      return value.min + rng.uniform() * (value.max - value.min);
    case 'triangular':
      return triangular(value.min, value.mode, value.max, rng.uniform());
    case 'normal':
      return Math.max(lowerBound, value.mean + rng.normal() * value.sd);
  }
}
