import { formatIssues, type ValidationIssue } from '@trappen/staircase';

/**
 * Thrown by every public function of `@trappen/savings` when its input is invalid.
 * It lists **every** problem found (negative rates, end before start, probabilities
 * that do not sum to 1, unknown steps …), never just the first.
 *
 * @example
 * ```ts
 * try {
 *   placementPrice({ dailyRate: -1, months: 0 });
 * } catch (error) {
 *   if (error instanceof SavingsError) console.log(error.issues.length); // 2
 * }
 * ```
 */
export class SavingsError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context = 'Invalid savings input') {
    super(`${context}: ${issues.length} problem(s)\n${formatIssues(issues)}`);
    this.name = 'SavingsError';
    this.issues = issues;
  }
}
