import { toDayNumber } from '@trappen/staircase';
import { type KpiResult, result } from './definitions';
import type { KpiInput } from './input';
import { checkedInput } from './input';
import { type Period, periodDayNumbers } from './period';

/**
 * Age below which a notification counts as "early" (Faxe's goal: half of all
 * notifications about children under 8).
 *
 * @example
 * ```ts
 * notification.ageAtReceipt < EARLY_AGE_LIMIT;
 * ```
 */
export const EARLY_AGE_LIMIT = 8;

/**
 * Notifications received in a period.
 *
 * @example
 * ```ts
 * const n: NotificationCounts = notifications(input, yearPeriod(2018)).value;
 * n.underEightShare; // 0.36
 * ```
 */
export interface NotificationCounts {
  /** Notifications received in the period. */
  count: number;
  /** Of those, about children under 8 on the day received. */
  underEight: number;
  /** `underEight / count`; `null` when none were received. */
  underEightShare: number | null;
  /** Count per source, sources in alphabetical order. */
  bySource: { source: string; count: number }[];
}

/**
 * Notifications of concern (*underretninger*) received in the period, and the share
 * about children under 8 (age on the day received): a sign of earlier detection.
 *
 * @example
 * ```ts
 * notifications(input, yearPeriod(2018)).value; // { count: 1023, underEight: 368, underEightShare: 0.3597…, bySource: […] }
 * ```
 */
export function notifications(input: KpiInput, period: Period): KpiResult<NotificationCounts> {
  const valid = checkedInput(input);
  const { from, to } = periodDayNumbers(period);
  let count = 0;
  let underEight = 0;
  const bySource = new Map<string, number>();
  for (const n of valid.notifications ?? []) {
    const day = toDayNumber(n.received);
    if (day < from || day > to) continue;
    count += 1;
    if (n.ageAtReceipt < EARLY_AGE_LIMIT) underEight += 1;
    bySource.set(n.source, (bySource.get(n.source) ?? 0) + 1);
  }
  return result('notifications', period, {
    count,
    underEight,
    underEightShare: count > 0 ? underEight / count : null,
    bySource: [...bySource]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([source, n]) => ({ source, count: n })),
  });
}
