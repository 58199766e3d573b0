import type { IsoDate, ValidationIssue } from '@trappen/staircase';
import { DayCache } from './day-cache';
import { CaseloadError } from './errors';
import type { Assignment } from './input';

/**
 * Caseworker changes for one child in a period.
 *
 * @example
 * ```ts
 * const c1: ChildCaseworkerChanges = { childId: 'c1', changes: 1, caseworkers: ['anna', 'bo'] };
 * ```
 */
export interface ChildCaseworkerChanges {
  childId: string;
  /** Assignments starting in the period to a different caseworker than the one before. */
  changes: number;
  /** The child's caseworkers in the period, in order (repeats only after a change back). */
  caseworkers: string[];
}

/**
 * The result of {@link caseworkerChanges}.
 *
 * @example
 * ```ts
 * const report: CaseworkerChangesReport = caseworkerChanges(assignments, '2024-01-01', '2024-12-31');
 * report.shareWithOneCaseworker; // 0.82
 * ```
 */
export interface CaseworkerChangesReport {
  from: IsoDate;
  to: IsoDate;
  /** Every child with an assignment overlapping the period, in order of first appearance. */
  children: ChildCaseworkerChanges[];
  /** Sum of all children's changes. */
  totalChanges: number;
  /** Children with no change in the period: they kept one caseworker. */
  childrenWithOneCaseworker: number;
  /** `childrenWithOneCaseworker / children.length`, or `null` when there are no children. */
  shareWithOneCaseworker: number | null;
}

interface Parsed {
  caseworkerId: string;
  from: number;
  to: number;
}

/**
 * Counts caseworker changes per child in a period (both ends inclusive), Herning's
 * "fewer caseworker changes". A change is an assignment starting in the period to a
 * different caseworker than the child's previous assignment (which may have started
 * before the period); the child's first assignment ever (intake) is not a change.
 *
 * @example
 * ```ts
 * caseworkerChanges([
 *   { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01', to: '2024-03-31' },
 *   { childId: 'c1', caseworkerId: 'bo', from: '2024-04-01' },
 *   { childId: 'c2', caseworkerId: 'anna', from: '2023-05-01' },
 * ], '2024-01-01', '2024-12-31');
 * // { children: [{ childId: 'c1', changes: 1, caseworkers: ['anna', 'bo'] },
 * //              { childId: 'c2', changes: 0, caseworkers: ['anna'] }],
 * //   totalChanges: 1, childrenWithOneCaseworker: 1, shareWithOneCaseworker: 0.5, … }
 * ```
 */
export function caseworkerChanges(
  assignmentHistory: readonly Assignment[],
  from: IsoDate,
  to: IsoDate,
): CaseworkerChangesReport {
  const days = new DayCache();
  const issues: ValidationIssue[] = [];
  const windowFrom = days.day(from);
  const windowTo = days.day(to);
  if (windowFrom === undefined)
    issues.push({
      path: ['from'],
      message: 'must be a calendar date written as YYYY-MM-DD',
      value: from,
    });
  if (windowTo === undefined)
    issues.push({
      path: ['to'],
      message: 'must be a calendar date written as YYYY-MM-DD',
      value: to,
    });
  if (windowFrom !== undefined && windowTo !== undefined && windowTo < windowFrom) {
    issues.push({ path: ['to'], message: 'ends before it starts', value: to });
  }
  const byChild = new Map<string, Parsed[]>();
  if (!Array.isArray(assignmentHistory)) {
    issues.push({ path: [], message: 'assignment history must be an array' });
  } else {
    assignmentHistory.forEach((row, index) => {
      const childId = row?.childId;
      const caseworkerId = row?.caseworkerId;
      if (typeof childId !== 'string' || childId === '') {
        issues.push({
          path: [index, 'childId'],
          message: 'must be a non-empty string',
          value: childId,
        });
      }
      if (typeof caseworkerId !== 'string' || caseworkerId === '') {
        issues.push({
          path: [index, 'caseworkerId'],
          message: 'must be a non-empty string',
          value: caseworkerId,
        });
      }
      const start = days.day(row?.from);
      if (start === undefined) {
        issues.push({
          path: [index, 'from'],
          message: 'must be a calendar date written as YYYY-MM-DD',
          value: row?.from,
        });
      }
      let end = Number.POSITIVE_INFINITY;
      if (row?.to !== undefined && row?.to !== null) {
        const parsed = days.day(row.to);
        if (parsed === undefined || (start !== undefined && parsed < start)) {
          issues.push({
            path: [index, 'to'],
            message:
              parsed === undefined
                ? 'must be a calendar date written as YYYY-MM-DD'
                : 'ends before it starts',
            value: row.to,
          });
        } else end = parsed;
      }
      if (typeof childId !== 'string' || typeof caseworkerId !== 'string' || start === undefined)
        return;
      const list = byChild.get(childId);
      const item = { caseworkerId, from: start, to: end };
      if (list) list.push(item);
      else byChild.set(childId, [item]);
    });
  }
  if (issues.length > 0 || windowFrom === undefined || windowTo === undefined) {
    throw new CaseloadError(issues, 'Invalid assignment history');
  }

  const children: ChildCaseworkerChanges[] = [];
  let totalChanges = 0;
  let kept = 0;
  for (const [childId, list] of byChild) {
    list.sort((a, b) => a.from - b.from || a.to - b.to);
    let previous: string | undefined;
    let changes = 0;
    let included = false;
    const caseworkers: string[] = [];
    for (const item of list) {
      if (item.from > windowTo) break;
      if (item.to >= windowFrom) {
        included = true;
        if (item.from >= windowFrom && previous !== undefined && previous !== item.caseworkerId)
          changes += 1;
        if (caseworkers[caseworkers.length - 1] !== item.caseworkerId)
          caseworkers.push(item.caseworkerId);
      }
      previous = item.caseworkerId;
    }
    if (!included) continue;
    children.push({ childId, changes, caseworkers });
    totalChanges += changes;
    if (changes === 0) kept += 1;
  }
  return {
    from,
    to,
    children,
    totalChanges,
    childrenWithOneCaseworker: kept,
    shareWithOneCaseworker: children.length === 0 ? null : kept / children.length,
  };
}
