import { ValidationError, type ValidationIssue } from '@trappen/staircase';

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
export class SavingsError extends ValidationError {
  constructor(issues: readonly ValidationIssue[], context = 'Invalid savings input') {
    super(issues, context);
    this.name = 'SavingsError';
  }
}
