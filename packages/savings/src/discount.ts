import { z } from 'zod';
import { discounted } from './money-core';
import { validate } from './validate';

/**
 * The default discount rate: 3.5 % a year, the Danish central government's
 * recommended social discount rate for public investments (Finansministeriet,
 * "Vejledning i samfundsøkonomiske konsekvensvurderinger"). Pass another rate where a
 * municipality uses its own.
 *
 * @example
 * ```ts
 * DEFAULT_DISCOUNT_RATE; // 0.035
 * ```
 */
export const DEFAULT_DISCOUNT_RATE = 0.035;

/**
 * Zod schema for a yearly discount rate: a fraction from 0 to 1 (e.g. 0.035).
 *
 * @example
 * ```ts
 * DiscountRateSchema.safeParse(-0.01).success; // false
 * ```
 */
export const DiscountRateSchema = z
  .number()
  .finite()
  .min(0, 'a discount rate must not be negative')
  .max(1, 'a discount rate is a fraction a year, at most 1');

/**
 * Present value of yearly amounts, the first year undiscounted:
 * Σ value[k] / (1 + rate)^k. Uses only + × ÷, so it is the same on every machine; at
 * rate 0 it is exactly the sum.
 *
 * @example
 * ```ts
 * presentValue([100, 103.5], 0.035); // 200
 * ```
 */
export function presentValue(values: readonly number[], rate: number): number {
  const input = validate(
    z.object({
      values: z.array(z.number().finite().min(-1e15).max(1e15)).max(1000),
      rate: DiscountRateSchema,
    }),
    { values, rate },
    'Invalid present value input',
  );
  return discounted(input.values, input.rate);
}
