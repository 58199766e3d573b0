import { fromDayNumber, type IsoDate } from './dates';
import { type InterventionRecord, resolveHistory } from './history';
import type { Staircase } from './schema';
import { indexStaircase } from './staircase-index';

/**
 * A stretch of consecutive days on one step.
 *
 * @example
 * ```ts
 * const period: TimelinePeriod = { from: '2024-03-01', to: '2024-05-31', step: 'institution', rank: 6 };
 * ```
 */
export interface TimelinePeriod {
  /** First day on the step. */
  from: IsoDate;
  /** Last day on the step (inclusive), or `null` while ongoing. */
  to: IsoDate | null;
  /** Id of the step. */
  step: string;
  /** Rank of the step (1 = least intrusive). */
  rank: number;
}

/**
 * One child's history as consecutive periods on steps. On each day the child is on
 * the highest step among active interventions; days with no active intervention are
 * left out (gaps), and adjacent days on the same step form one period.
 *
 * @example
 * ```ts
 * timeline(defaultStaircase, [
 *   { code: 'family-treatment', start: '2024-01-01', end: '2024-12-31' },
 *   { code: 'residential-institution', start: '2024-03-01', end: '2024-05-31' },
 * ]);
 * // [{ from: '2024-01-01', to: '2024-02-29', step: 'home-based', rank: 3 },
 * //  { from: '2024-03-01', to: '2024-05-31', step: 'institution', rank: 6 },
 * //  { from: '2024-06-01', to: '2024-12-31', step: 'home-based', rank: 3 }]
 * ```
 */
export function timeline(
  staircase: Staircase,
  interventions: readonly InterventionRecord[],
): TimelinePeriod[] {
  const resolved = resolveHistory(staircase, interventions);
  const { stepByRank } = indexStaircase(staircase);
  // Sweep over boundaries: +1 at a start, -1 the day after an end, counted per rank.
  const events: { day: number; rank: number; delta: number }[] = [];
  for (const item of resolved) {
    events.push({ day: item.startDay, rank: item.rank, delta: 1 });
    if (Number.isFinite(item.endDay))
      events.push({ day: item.endDay + 1, rank: item.rank, delta: -1 });
  }
  events.sort((a, b) => a.day - b.day);

  const active = new Array<number>(staircase.steps.length + 1).fill(0);
  const periods: TimelinePeriod[] = [];
  let openRank = 0;
  let openFrom = 0;
  let i = 0;
  while (i < events.length) {
    const day = events[i]?.day as number;
    while (i < events.length && events[i]?.day === day) {
      const event = events[i] as (typeof events)[number];
      active[event.rank] = (active[event.rank] ?? 0) + event.delta;
      i += 1;
    }
    let rank = 0;
    for (let r = active.length - 1; r > 0; r -= 1) {
      if ((active[r] ?? 0) > 0) {
        rank = r;
        break;
      }
    }
    if (rank === openRank) continue;
    if (openRank > 0) {
      periods.push({
        from: fromDayNumber(openFrom),
        to: fromDayNumber(day - 1),
        step: stepByRank[openRank]?.id ?? '',
        rank: openRank,
      });
    }
    openRank = rank;
    openFrom = day;
  }
  if (openRank > 0) {
    periods.push({
      from: fromDayNumber(openFrom),
      to: null,
      step: stepByRank[openRank]?.id ?? '',
      rank: openRank,
    });
  }
  return periods;
}
