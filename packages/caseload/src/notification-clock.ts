import { addMonths, type IsoDate, isIsoDate } from '@trappen/staircase';
import { CaseloadError } from './errors';
import { addWorkingDays, type ClosedDaysInput } from './working-days';

/** The time zone the law's clocks run in. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

const HOUR_MS = 3_600_000;
/** Hours allowed to assess a notification of concern. */
export const ASSESSMENT_HOURS = 24;
/** Working days allowed to send a receipt to a professional reporter. */
export const RECEIPT_WORKING_DAYS = 6;

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function checkInstant(instant: Date, path: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new CaseloadError([
      { path: [path], message: 'must be a valid point in time', value: String(instant) },
    ]);
  }
}

/**
 * The calendar date in Denmark at an instant (a notification received at 00:30 Danish
 * summer time is received on that Danish day, although it is still the day before in UTC).
 *
 * @example
 * ```ts
 * danishDate(new Date('2024-06-30T22:30:00Z')); // '2024-07-01'
 * ```
 */
export function danishDate(instant: Date): IsoDate {
  checkInstant(instant, 'instant');
  return dateFormat.format(instant);
}

/**
 * When a notification must have been assessed: 24 real hours after it was received,
 * also across a change to or from daylight-saving time (the wall clock then shows 23:00
 * or 01:00 rather than the hour of receipt).
 *
 * @example
 * ```ts
 * assessmentDeadline(new Date('2024-03-30T10:00:00+01:00')).toISOString(); // '2024-03-31T09:00:00.000Z' (11:00 summer time)
 * ```
 */
export function assessmentDeadline(receivedAt: Date): Date {
  checkInstant(receivedAt, 'receivedAt');
  return new Date(receivedAt.getTime() + ASSESSMENT_HOURS * HOUR_MS);
}

/** Where a 24-hour assessment clock stands. */
export type AssessmentClockStatus = 'ok' | 'dueSoon' | 'overdue' | 'assessed' | 'assessedLate';

/** A notification's 24-hour clock at `now`. */
export interface AssessmentClock {
  deadline: Date;
  /** Whole minutes left (negative once overdue); 0 when assessed. */
  minutesLeft: number;
  status: AssessmentClockStatus;
}

/**
 * The 24-hour clock of a notification at `now`: minutes left, and `dueSoon` within
 * `dueSoonMinutes` (default 4 hours) of the deadline. Once assessed, the clock stops
 * at `assessed` or `assessedLate`.
 *
 * @throws {CaseloadError} naming `receivedAt`, `now` or `assessedAt` when it is not a
 * valid point in time, and `dueSoonMinutes` unless it is a whole number from 0 to 1440.
 *
 * @example
 * ```ts
 * assessmentClock(new Date('2024-05-01T08:00:00Z'), new Date('2024-05-02T06:30:00Z')).minutesLeft; // 90
 * ```
 */
export function assessmentClock(
  receivedAt: Date,
  now: Date,
  assessedAt: Date | null = null,
  dueSoonMinutes = 240,
): AssessmentClock {
  checkInstant(now, 'now');
  if (!Number.isInteger(dueSoonMinutes) || dueSoonMinutes < 0 || dueSoonMinutes > 24 * 60) {
    throw new CaseloadError([
      {
        path: ['dueSoonMinutes'],
        message: 'must be a whole number of minutes from 0 to 1440',
        value: dueSoonMinutes,
      },
    ]);
  }
  const deadline = assessmentDeadline(receivedAt);
  if (assessedAt) {
    checkInstant(assessedAt, 'assessedAt');
    return {
      deadline,
      minutesLeft: 0,
      status: assessedAt.getTime() <= deadline.getTime() ? 'assessed' : 'assessedLate',
    };
  }
  const minutesLeft = Math.floor((deadline.getTime() - now.getTime()) / 60_000);
  const status = minutesLeft < 0 ? 'overdue' : minutesLeft <= dueSoonMinutes ? 'dueSoon' : 'ok';
  return { deadline, minutesLeft, status };
}

/**
 * The last day to send a receipt to a professional who notified: 6 working days after
 * the Danish day the notification was received (weekends, public holidays and the
 * municipality's closed days skipped).
 *
 * @example
 * ```ts
 * receiptDeadline(new Date('2024-12-20T09:00:00+01:00')); // '2025-01-02'
 * ```
 */
export function receiptDeadline(receivedAt: Date, closed: ClosedDaysInput = {}): IsoDate {
  return addWorkingDays(danishDate(receivedAt), RECEIPT_WORKING_DAYS, closed);
}

/**
 * When a child assessment (børnefaglig undersøgelse) started on `startedOn` must be
 * finished: `months` calendar months later (default 4), clamped to a shorter month's end.
 *
 * @example
 * ```ts
 * childAssessmentDeadline('2024-10-31'); // '2025-02-28'
 * ```
 */
export function childAssessmentDeadline(startedOn: IsoDate, months = 4): IsoDate {
  const issues = [];
  if (!isIsoDate(startedOn)) {
    issues.push({
      path: ['startedOn'],
      message: 'must be a calendar date written as YYYY-MM-DD',
      value: startedOn,
    });
  }
  if (!Number.isInteger(months) || months < 1 || months > 24) {
    issues.push({
      path: ['months'],
      message: 'must be a whole number of months from 1 to 24',
      value: months,
    });
  }
  if (issues.length > 0) throw new CaseloadError(issues);
  return addMonths(startedOn, months);
}
