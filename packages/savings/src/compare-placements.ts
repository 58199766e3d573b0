import type { ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { oreToDkk } from './money-core';
import {
  durationIssues,
  type PlacementPhase,
  PlacementPhaseSchema,
  phasePriceOre,
} from './placement-price';
import { validate } from './validate';

/**
 * One priced phase of a practice.
 *
 * @example
 * ```ts
 * const [phase]: PricedPhase[] = comparePlacements([{ dailyRate: 2000, months: 18 }], [{ dailyRate: 500, days: 30 }]).newPractice.phases;
 * phase.price; // 15000
 * ```
 */
export interface PricedPhase {
  /** The phase's label (empty when none was given). */
  label: string;
  /** Daily rate in DKK. */
  dailyRate: number;
  /** Duration in days (months × 365/12). */
  days: number;
  /** Price of the phase in DKK, exact to the øre. */
  price: number;
}

/**
 * A practice (a list of phases) with its price.
 *
 * @example
 * ```ts
 * const today: PricedPractice = comparePlacements([{ dailyRate: 2000, months: 18 }], [{ dailyRate: 500, days: 30 }]).today;
 * today.price; // 1095000
 * ```
 */
export interface PricedPractice {
  /** Every phase, priced. */
  phases: PricedPhase[];
  /** Total days. */
  days: number;
  /** Total price in DKK, exact to the øre. */
  price: number;
}

/**
 * Today's practice against a new practice for one placement course.
 *
 * @example
 * ```ts
 * const result: PlacementComparison = comparePlacements([{ dailyRate: 2000, months: 18 }], [{ dailyRate: 2000, months: 9 }]);
 * result.savingPercent; // 50
 * ```
 */
export interface PlacementComparison {
  /** Today's practice, priced. */
  today: PricedPractice;
  /** The new practice, priced. */
  newPractice: PricedPractice;
  /** Today's price minus the new price, in DKK (negative when the new practice costs more). */
  saving: number;
  /** The saving in per cent of today's price; `null` when today's price is 0. */
  savingPercent: number | null;
}

const PracticeSchema = z.array(PlacementPhaseSchema).min(1, 'needs at least one phase').max(100);
const InputSchema = z.object({ today: PracticeSchema, newPractice: PracticeSchema });

function practiceIssues(raw: unknown, field: string): ValidationIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((phase, index) => durationIssues(phase, [field, index]));
}

function price(phases: z.output<typeof PracticeSchema>): PricedPractice & { ore: number } {
  let ore = 0;
  let days = 0;
  const priced = phases.map((phase) => {
    const result = phasePriceOre(phase);
    ore += result.ore;
    days += result.days;
    return {
      label: phase.label ?? '',
      dailyRate: phase.dailyRate,
      days: result.days,
      price: oreToDkk(result.ore),
    };
  });
  return { phases: priced, days, price: oreToDkk(ore), ore };
}

/**
 * Compares the price of a placement course today with a new practice. Each practice is
 * a list of phases (e.g. 4 months residential at 3,500 DKK/day, then 5 months
 * ambulatory follow-up at 500 DKK/day), each priced as daily rate × days with a month
 * of 365/12 days.
 *
 * @throws {SavingsError} listing every invalid phase (negative rates, non-positive
 * durations, both or neither of months and days, an empty practice).
 *
 * @example
 * ```ts
 * const result = comparePlacements(
 *   [{ label: 'institution', dailyRate: 2000, months: 18 }],
 *   [
 *     { label: 'institution', dailyRate: 2000, months: 6 },
 *     { label: 'ambulatory', dailyRate: 500, months: 6 },
 *   ],
 * );
 * result.saving; // 638750
 * result.savingPercent; // 58.33…
 * ```
 */
export function comparePlacements(
  today: readonly PlacementPhase[],
  newPractice: readonly PlacementPhase[],
): PlacementComparison {
  const input = validate(
    InputSchema,
    { today, newPractice },
    'Invalid placement comparison',
    () => [...practiceIssues(today, 'today'), ...practiceIssues(newPractice, 'newPractice')],
  );
  const { ore: todayOre, ...todayPriced } = price(input.today);
  const { ore: newOre, ...newPriced } = price(input.newPractice);
  const savingOre = todayOre - newOre;
  return {
    today: todayPriced,
    newPractice: newPriced,
    saving: oreToDkk(savingOre),
    savingPercent: todayOre === 0 ? null : (savingOre / todayOre) * 100,
  };
}
