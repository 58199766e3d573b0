import { formatIssues, type ValidationIssue } from '@trappen/staircase';

/**
 * Thrown when KPI input, a period or a count table is invalid. It lists **every**
 * problem found, never just the first.
 *
 * @example
 * ```ts
 * try {
 *   parseKpiInput(JSON.parse(body));
 * } catch (error) {
 *   if (error instanceof KpiError) console.log(error.issues.map((i) => i.path.join('.')));
 *   // ['notifications.3.received']
 * }
 * ```
 */
export class KpiError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context = 'Invalid KPI input') {
    super(`${context}: ${issues.length} problem(s)\n${formatIssues(issues)}`);
    this.name = 'KpiError';
    this.issues = issues;
  }
}
