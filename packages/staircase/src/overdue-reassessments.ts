import {
  addMonths,
  dayNumberOf,
  fromDayNumber,
  type IsoDate,
  parseDayNumber,
  toDayNumber,
} from './dates';
import { StaircaseError, type ValidationIssue } from './errors';
import type { InterventionRecord } from './history';
import type { Staircase } from './schema';
import { indexStaircase } from './staircase-index';
import { timeline } from './timeline';

/**
 * A reassessment of the child's step (a new meeting and a new assessment). One on
 * the due date is on time.
 *
 * @example
 * ```ts
 * const reassessments: Reassessment[] = [{ date: '2024-06-15' }];
 * ```
 */
export interface Reassessment {
  /** The day the reassessment took place. */
  date: IsoDate;
}

/**
 * A stretch on one step that ran past the step's `maxStayMonths` without reassessment.
 * Closed lapses (a late reassessment, or a period that has ended) have `current: false`.
 *
 * @example
 * ```ts
 * const late: OverdueReassessment = {
 *   step: 'foster-care', periodFrom: '2024-01-01', periodTo: null,
 *   since: '2024-01-01', dueDate: '2024-07-01', daysOverdue: 31, current: true,
 * };
 * ```
 */
export interface OverdueReassessment {
  /** Id of the step. */
  step: string;
  /** First day of the period on the step. */
  periodFrom: IsoDate;
  /** Last day of the period, or `null` while ongoing. */
  periodTo: IsoDate | null;
  /** When the clock started: the period's first day or the last reassessment. */
  since: IsoDate;
  /** The last day a reassessment was due. */
  dueDate: IsoDate;
  /** Days past the due date, counted up to the period's end or `asOf`. */
  daysOverdue: number;
  /** True when the child is still on the step without reassessment on `asOf`. */
  current: boolean;
}

/**
 * The six-month rule (Randers): every stretch on one step longer than that step's
 * `maxStayMonths` without a reassessment, up to and including `asOf`. A reassessment
 * on a day within the period restarts the clock; a period can be overdue more than
 * once if reassessments keep lapsing.
 *
 * @example
 * ```ts
 * overdueReassessments(defaultStaircase, [{ code: 'foster-family', start: '2024-01-01' }], [], '2024-08-01');
 * // [{ step: 'foster-care', since: '2024-01-01', dueDate: '2024-07-01', daysOverdue: 31, current: true, … }]
 * ```
 */
export function overdueReassessments(
  staircase: Staircase,
  interventions: readonly InterventionRecord[],
  reassessments: readonly Reassessment[],
  asOf: IsoDate,
): OverdueReassessment[] {
  const asOfDay = dayNumberOf(asOf, ['asOf']);
  const issues: ValidationIssue[] = [];
  const reassessmentDays: number[] = [];
  reassessments.forEach((item, index) => {
    const day = parseDayNumber(item?.date);
    if (day === undefined) {
      issues.push({
        path: [index, 'date'],
        message: 'must be a calendar date written as YYYY-MM-DD',
        value: item?.date,
      });
    } else reassessmentDays.push(day);
  });
  if (issues.length > 0) throw new StaircaseError(issues, 'Invalid reassessments');
  reassessmentDays.sort((a, b) => a - b);

  const { stepById } = indexStaircase(staircase);
  const overdue: OverdueReassessment[] = [];
  for (const period of timeline(staircase, interventions)) {
    const fromDay = toDayNumber(period.from);
    if (fromDay > asOfDay) break;
    const lastDay = Math.min(period.to === null ? asOfDay : toDayNumber(period.to), asOfDay);
    const maxMonths = stepById.get(period.step)?.maxStayMonths ?? 6;
    const resets = reassessmentDays.filter((day) => day > fromDay && day <= lastDay);
    let since = period.from;
    for (let k = 0; ; k += 1) {
      const dueDate = addMonths(since, maxMonths);
      const dueDay = toDayNumber(dueDate);
      const nextReset = resets.find((day) => day > toDayNumber(since));
      const cutoff = nextReset === undefined ? lastDay : Math.min(nextReset, lastDay);
      if (cutoff > dueDay) {
        overdue.push({
          step: period.step,
          periodFrom: period.from,
          periodTo: period.to,
          since,
          dueDate,
          daysOverdue: (nextReset === undefined ? lastDay : nextReset) - dueDay,
          current:
            nextReset === undefined && (period.to === null || toDayNumber(period.to) >= asOfDay),
        });
      }
      if (nextReset === undefined) break;
      since = fromDayNumber(nextReset);
      if (k > resets.length) break;
    }
  }
  return overdue;
}
