import { dayNumberOf, type IsoDate } from './dates';
import { type InterventionRecord, resolveHistory } from './history';
import type { Staircase, Step } from './schema';
import { indexStaircase } from './staircase-index';

/**
 * The child's step on a date: the highest (most intrusive) step among interventions
 * active that day, or `null` when none is (the child uses universal services only).
 *
 * @example
 * ```ts
 * stepOf(defaultStaircase, [
 *   { code: 'family-treatment', start: '2024-01-01' },
 *   { code: 'foster-family', start: '2024-03-01', end: '2024-06-30' },
 * ], '2024-04-15')?.id; // 'foster-care'
 * ```
 */
export function stepOf(
  staircase: Staircase,
  interventions: readonly InterventionRecord[],
  date: IsoDate,
): Readonly<Step> | null {
  const day = dayNumberOf(date, ['date']);
  let best = 0;
  for (const item of resolveHistory(staircase, interventions)) {
    if (item.startDay <= day && day <= item.endDay && item.rank > best) best = item.rank;
  }
  return best === 0 ? null : (indexStaircase(staircase).stepByRank[best] ?? null);
}
