/**
 * Upper bounds on inputs, wide enough for any municipality (or the whole country) and
 * narrow enough that every sum and product the package computes stays a finite number
 * and money stays exact in integer øre. Inputs beyond them are refused with a
 * `SavingsError` instead of overflowing to `Infinity`.
 */

/** Largest single amount in DKK (1,000 billion, about the Danish state's yearly budget). */
export const MAX_AMOUNT_DKK = 1e12;
/** Largest daily rate of a placement, in DKK (1 million DKK a day). */
export const MAX_DAILY_RATE_DKK = 1e6;
/** Largest count of children, child-months or observations. */
export const MAX_COUNT = 1e8;
/** Largest sum of magnitudes in øre that can be added exactly (Number.MAX_SAFE_INTEGER). */
export const MAX_EXACT_ORE = Number.MAX_SAFE_INTEGER;
/** Largest total in DKK over many children and years (a country's spend over a decade). */
export const MAX_TOTAL_DKK = 1e15;
