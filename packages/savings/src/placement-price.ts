import type { ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { MAX_DAILY_RATE_DKK } from './limits';
import { dkkToOre, oreToDkk } from './money-core';
import { asRecord, validate } from './validate';

/**
 * Days in a month for placement prices: 365/12 (the documents' convention).
 *
 * @example
 * ```ts
 * DAYS_PER_MONTH * 12; // 365
 * ```
 */
export const DAYS_PER_MONTH = 365 / 12;

/**
 * How long a placement (or one phase of it) lasts at one daily rate: either `months`
 * (a month is 365/12 days) or `days`, never both.
 *
 * @example
 * ```ts
 * const stay: PlacementDuration = { dailyRate: 3500, months: 3 };
 * placementPrice(stay); // 319375
 * ```
 */
export type PlacementDuration =
  | { dailyRate: number; months: number; days?: undefined }
  | { dailyRate: number; days: number; months?: undefined };

/**
 * Zod schema for a {@link PlacementDuration} (with an optional label, used by phases).
 *
 * @example
 * ```ts
 * PlacementPhaseSchema.safeParse({ dailyRate: -1, months: 2 }).success; // false
 * ```
 */
export const PlacementPhaseSchema = z.object({
  label: z.string().max(200).optional(),
  dailyRate: z
    .number()
    .finite()
    .nonnegative('must not be negative')
    .max(MAX_DAILY_RATE_DKK, 'must be at most 1,000,000 DKK a day'),
  months: z.number().finite().positive('must be positive').max(1200).optional(),
  days: z.number().finite().positive('must be positive').max(36_500).optional(),
});

/**
 * One phase of a practice: an optional label, a daily rate and a duration.
 *
 * @example
 * ```ts
 * const phase: PlacementPhase = { label: 'ambulatory follow-up', dailyRate: 500, months: 6 };
 * ```
 */
export type PlacementPhase = PlacementDuration & { label?: string };

/** Flags a phase that gives both or neither of `months` and `days`. */
export function durationIssues(raw: unknown, path: (string | number)[]): ValidationIssue[] {
  const phase = asRecord(raw);
  const hasMonths = phase.months !== undefined;
  const hasDays = phase.days !== undefined;
  if (hasMonths === hasDays) {
    return [{ path, message: 'give exactly one of months or days' }];
  }
  return [];
}

/**
 * Price in øre of a validated phase: daily rate × days, with months × 365/12 days. The
 * rate is multiplied first and the product rounded once, so a rate with more than two
 * decimals (2,123.4567 DKK × 730 days = 1,550,123.39 DKK) is not rounded to the øre
 * before it is multiplied.
 */
export function phasePriceOre(phase: { dailyRate: number; months?: number; days?: number }): {
  days: number;
  ore: number;
} {
  if (phase.months !== undefined) {
    // Multiply before dividing by 12 so whole months and øre rates stay exact.
    return {
      days: (phase.months * 365) / 12,
      ore: dkkToOre((phase.dailyRate * phase.months * 365) / 12),
    };
  }
  const days = phase.days ?? 0;
  return { days, ore: dkkToOre(phase.dailyRate * days) };
}

/**
 * The price of one placement course in DKK (exact to the øre): daily rate × duration
 * in days, where a month is 365/12 days.
 *
 * @throws {SavingsError} for a negative rate, a non-positive duration, or both or
 * neither of `months` and `days`.
 *
 * @example
 * ```ts
 * placementPrice({ dailyRate: 2000, months: 18 }); // 1095000
 * placementPrice({ dailyRate: 3500, days: 90 }); // 315000
 * ```
 */
export function placementPrice(duration: PlacementDuration): number {
  const phase = validate(PlacementPhaseSchema, duration, 'Invalid placement', (raw) =>
    durationIssues(raw, []),
  );
  return oreToDkk(phasePriceOre(phase).ore);
}
