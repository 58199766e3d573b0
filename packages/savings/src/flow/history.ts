import type { InterventionRecord } from '@trappen/staircase';
import { z } from 'zod';
import { MAX_DAILY_RATE_DKK } from '../limits';

/**
 * An intervention in a child's history (as in `@trappen/staircase`) with its actual
 * daily rate in DKK when known; without one, the catalogue's `defaultDailyRate` is used.
 *
 * @example
 * ```ts
 * const record: CostedInterventionRecord = { code: 'foster-family', start: '2024-04-01', dailyRate: 1250 };
 * ```
 */
export type CostedInterventionRecord = InterventionRecord & { dailyRate?: number };

/**
 * One child's intervention history, the input of `estimateTransitions`.
 *
 * @example
 * ```ts
 * const child: ChildHistory = {
 *   childId: 'c-17',
 *   interventions: [{ code: 'residential-home', start: '2024-01-01', end: '2024-03-31', dailyRate: 2900 }],
 * };
 * ```
 */
export interface ChildHistory {
  /** A stable, unique id for the child (pseudonymous is fine). */
  childId: string;
  /** The child's interventions in any order; overlaps are allowed (highest step counts). */
  interventions: readonly CostedInterventionRecord[];
}

/**
 * Zod schema for the shape of one child's history; dates and codes are checked
 * against the staircase by `resolveHistory`.
 *
 * @example
 * ```ts
 * ChildHistorySchema.safeParse({ childId: '', interventions: [] }).success; // false
 * ```
 */
export const ChildHistorySchema = z.object({
  childId: z.string().min(1).max(128),
  interventions: z.array(
    z.object({
      id: z.string().max(128).optional(),
      code: z.string().min(1).max(64),
      start: z.string(),
      end: z.string().nullish(),
      dailyRate: z
        .number()
        .finite()
        .nonnegative()
        .max(MAX_DAILY_RATE_DKK, 'must be at most 1,000,000 DKK a day')
        .optional(),
    }),
  ),
});

/**
 * Zod schema for the shape of many children's histories.
 *
 * @example
 * ```ts
 * ChildHistoriesSchema.safeParse([{ childId: 'a', interventions: [] }]).success; // true
 * ```
 */
export const ChildHistoriesSchema = z.array(ChildHistorySchema);
