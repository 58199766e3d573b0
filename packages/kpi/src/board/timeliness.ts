import { isIsoDate } from '@trappen/staircase';
import {
  checkCount,
  type DisclosedCell,
  shareOf,
  thresholdOf,
  valueCell,
} from '../disclosure/cell';
import { suppress } from '../disclosure/suppress';
import { KpiError } from '../errors';

/** One year of the intake's legal clocks, as the database counts them. */
export interface TimelinessRow {
  year: number;
  /** Notifications received through intake in the year. */
  notifications: number;
  /** Of those, assessed within 24 hours of their received time. */
  assessedWithin24Hours: number;
  /** Child assessments concluded in the year. */
  childAssessmentsConcluded: number;
  /** Of those, concluded by their deadline. */
  concludedWithinDeadline: number;
}

/** A year of the intake's clocks as a council member may receive it. */
export interface DisclosedTimeliness {
  year: number;
  /** Whether the year has ended by the data's last day. */
  complete: boolean;
  notifications: DisclosedCell;
  assessedWithin24Hours: DisclosedCell;
  shareAssessedWithin24Hours: DisclosedCell<number | null>;
  childAssessmentsConcluded: DisclosedCell;
  concludedWithinDeadline: DisclosedCell;
  shareConcludedWithinDeadline: DisclosedCell<number | null>;
}

/**
 * A total and how many of it met the deadline, suppressed as one table of "on time" and
 * "late", so late = total − on time cannot reveal a small cell.
 */
function onTime(total: number, within: number, threshold: number) {
  if (within > total)
    throw new KpiError(
      [{ path: ['within'], message: 'must not exceed the total', value: within }],
      'Invalid timeliness row',
    );
  if (total === 0) {
    const zero = valueCell(0);
    return { count: zero, within: zero, share: shareOf(zero, zero) };
  }
  const table = suppress(
    { rows: ['all'], columns: ['within', 'late'], counts: [[within, total - within]] },
    { threshold },
  );
  const met = table.cells[0]?.[0] ?? table.total;
  return { count: table.total, within: met, share: shareOf(met, table.total) };
}

/**
 * Disclosure control of the intake's clocks (assessed within 24 hours, child
 * assessments concluded by their deadline), per year, under the board's rule of
 * `threshold` (5). Zeros are shown.
 *
 * @example
 * ```ts
 * discloseTimeliness([{ year: 2025, notifications: 40, assessedWithin24Hours: 37,
 *   childAssessmentsConcluded: 3, concludedWithinDeadline: 3 }], '2025-06-30')[0]?.notifications;
 * // { kind: 'value', value: 40 }
 * ```
 *
 * @throws {KpiError} for a count that is not a whole number of at least 0, or more on
 * time than in all, a `lastDay` that is not a date (YYYY-MM-DD) or a bad threshold.
 */
export function discloseTimeliness(
  rows: readonly TimelinessRow[],
  lastDay: string,
  threshold = 5,
): DisclosedTimeliness[] {
  thresholdOf({ threshold });
  if (!isIsoDate(lastDay))
    throw new KpiError(
      [{ path: ['lastDay'], message: 'must be a date (YYYY-MM-DD)', value: lastDay }],
      'Invalid timeliness input',
    );
  return rows.map((row, i) => {
    for (const key of [
      'year',
      'notifications',
      'assessedWithin24Hours',
      'childAssessmentsConcluded',
      'concludedWithinDeadline',
    ] as const)
      checkCount(row[key], [i, key]);
    const assessed = onTime(row.notifications, row.assessedWithin24Hours, threshold);
    const concluded = onTime(row.childAssessmentsConcluded, row.concludedWithinDeadline, threshold);
    return {
      year: row.year,
      complete: `${row.year}-12-31` <= lastDay,
      notifications: assessed.count,
      assessedWithin24Hours: assessed.within,
      shareAssessedWithin24Hours: assessed.share,
      childAssessmentsConcluded: concluded.count,
      concludedWithinDeadline: concluded.within,
      shareConcludedWithinDeadline: concluded.share,
    };
  });
}
