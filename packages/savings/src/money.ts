import { z } from 'zod';
import { MAX_TOTAL_DKK } from './limits';
import { dkkToOre, oreToDkk, roundHalf } from './money-core';
import { validate } from './validate';

const amountSchemas = new Map<number, z.ZodNumber>();

/** Validates one finite number (|value| ≤ limit), throwing a `SavingsError` otherwise. */
function checked(value: number, name: string, limit = Number.MAX_VALUE): number {
  let schema = amountSchemas.get(limit);
  if (!schema) {
    schema = z.number().finite().min(-limit).max(limit);
    amountSchemas.set(limit, schema);
  }
  return validate(z.object({ [name]: schema }), { [name]: value }, 'Invalid amount')[
    name
  ] as number;
}

/**
 * An amount in øre (1/100 DKK) as a safe integer. Sums of øre are exact, so adding
 * many amounts never drifts.
 *
 * @example
 * ```ts
 * const price: Ore = toOre(1234.56); // 123456
 * ```
 */
export type Ore = number;

/**
 * Rounds half away from zero (2.5 → 3, −2.5 → −3), the rounding used for money in the
 * municipal documents. Never returns `-0`.
 *
 * @throws {SavingsError} for NaN or ±Infinity (as do the other money helpers).
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(2.5); // 3
 * roundHalfAwayFromZero(-2.5); // -3
 * ```
 */
export function roundHalfAwayFromZero(value: number): number {
  return roundHalf(checked(value, 'value'));
}

/**
 * Converts DKK to whole øre, rounding half away from zero at the øre. Binary floating
 * point noise is removed first, so `toOre(1.005)` is 101 øre, not 100.
 *
 * @example
 * ```ts
 * toOre(1234.56); // 123456
 * toOre(1.005); // 101
 * ```
 */
export function toOre(dkk: number): Ore {
  return dkkToOre(checked(dkk, 'dkk', 9e13));
}

/**
 * Converts øre to DKK (exact up to the øre).
 *
 * @example
 * ```ts
 * fromOre(123456); // 1234.56
 * ```
 */
export function fromOre(ore: Ore): number {
  return oreToDkk(checked(ore, 'ore'));
}

/**
 * Rounds a DKK amount to whole kroner, half away from zero, for presentation.
 *
 * @example
 * ```ts
 * roundKroner(1234.5); // 1235
 * roundKroner(-1234.5); // -1235
 * ```
 */
export function roundKroner(dkk: number): number {
  return roundHalf(oreToDkk(dkkToOre(checked(dkk, 'dkk', 9e13))));
}

/**
 * A number per year, keyed by the year (e.g. `{ 2016: 4_620_000, 2017: 4_620_000 }`).
 * Keys are calendar years or, for projections without a calendar, year 1, 2, ….
 *
 * @example
 * ```ts
 * const actual: YearSeries = { 2026: 3_900_000, 2027: -1_200_000 };
 * ```
 */
export type YearSeries = Readonly<Record<number, number>>;

/**
 * Zod schema for a {@link YearSeries}: year keys of 1-4 digits, finite values of at
 * most 10^15 DKK either way (so sums over the years stay finite and exact).
 *
 * @example
 * ```ts
 * YearSeriesSchema.parse({ 2016: 1_000_000 }); // { '2016': 1000000 }
 * ```
 */
export const YearSeriesSchema = z.record(
  z.string().regex(/^(0|[1-9]\d{0,3})$/, 'must be a year (0-9999)'),
  z.number().finite().min(-MAX_TOTAL_DKK).max(MAX_TOTAL_DKK),
);
