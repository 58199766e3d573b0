import {
  addDays,
  addMonths,
  type IsoDate,
  isIsoDate,
  type ValidationIssue,
} from '@trappen/staircase';
import { asKpiError } from './checked';
import { KpiError } from './errors';
import { percentChange } from './percent-change';
import { definePeriod, type Period } from './period';

/**
 * Equal periods on either side of a reform start: `before` ends the day before
 * `reformStart`, `after` starts on it; each is `months` long.
 *
 * @example
 * ```ts
 * reformPeriods('2016-01-01', 24);
 * // { before: { from: '2014-01-01', to: '2015-12-31' }, after: { from: '2016-01-01', to: '2017-12-31' } }
 * ```
 */
export function reformPeriods(
  reformStart: IsoDate,
  months: number,
): { before: Period; after: Period } {
  const issues: ValidationIssue[] = [];
  if (!isIsoDate(reformStart))
    issues.push({
      path: ['reformStart'],
      message: 'must be a calendar date written as YYYY-MM-DD',
      value: reformStart,
    });
  if (!Number.isInteger(months) || months < 1 || months > 240)
    issues.push({
      path: ['months'],
      message: 'must be a whole number from 1 to 240',
      value: months,
    });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid reform periods');
  // A reform start near 0000 or 9999 has no room for the months around it.
  const before = asKpiError(
    () => definePeriod({ from: addMonths(reformStart, -months), to: addDays(reformStart, -1) }),
    ['reformStart'],
  );
  const after = asKpiError(
    () => definePeriod({ from: reformStart, to: addDays(addMonths(reformStart, months), -1) }),
    ['reformStart'],
  );
  return { before, after };
}

/**
 * A figure before and after the reform start, and its change.
 *
 * @example
 * ```ts
 * const c: BeforeAfter = beforeAfter('2016-01-01', 12, (p) => placedChildren(input, p).value.count);
 * c.change; // -0.12
 * ```
 */
export interface BeforeAfter {
  /** The period before the reform and the figure. */
  before: { period: Period; value: number };
  /** The period after the reform start and the figure. */
  after: { period: Period; value: number };
  /** `(after − before) / before`; `null` when before is 0. */
  change: number | null;
  /** `after − before`. */
  difference: number;
}

/**
 * Measures a figure in the period before a reform start and in the equally long
 * period after it (see {@link reformPeriods}) and computes the change. `measure` is
 * any KPI reduced to a number.
 *
 * @example
 * ```ts
 * beforeAfter('2016-01-01', 12, (p) => placementMix(input, p).value.byGroup.institution.childYears);
 * // { before: { period: …, value: 5.9 }, after: { period: …, value: 2.0 }, change: -0.661, difference: -3.9 }
 * ```
 */
export function beforeAfter(
  reformStart: IsoDate,
  months: number,
  measure: (period: Period) => number,
): BeforeAfter {
  const { before, after } = reformPeriods(reformStart, months);
  const b = measure(before);
  const a = measure(after);
  return {
    before: { period: before, value: b },
    after: { period: after, value: a },
    change: percentChange(b, a),
    difference: a - b,
  };
}
