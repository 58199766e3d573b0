import { ValidationError, type ValidationIssue } from '@trappen/staircase';
import { KpiError } from './errors';

/**
 * Runs `fn`, turning a validation error of another domain package (a `CaseloadError`
 * from norms or rules, a `StaircaseError` from a date) into a {@link KpiError} with the
 * same issues under `prefix`, so callers of `@trappen/kpi` catch one error class.
 * Internal.
 */
export function asKpiError<T>(
  fn: () => T,
  prefix: readonly (string | number)[] = [],
  context?: string,
): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ValidationError && !(error instanceof KpiError)) {
      const issues: ValidationIssue[] = error.issues.map((issue) => ({
        ...issue,
        path: [...prefix, ...issue.path],
      }));
      throw new KpiError(issues, context);
    }
    throw error;
  }
}
