import { ValidationError, type ValidationIssue } from '@trappen/staircase';

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
export class KpiError extends ValidationError {
  constructor(issues: readonly ValidationIssue[], context = 'Invalid KPI input') {
    super(issues, context);
    this.name = 'KpiError';
  }
}
