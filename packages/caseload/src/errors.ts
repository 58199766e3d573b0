import { ValidationError, type ValidationIssue } from '@trappen/staircase';

/**
 * Thrown when caseload input, caseload norms or follow-up rules are invalid. It lists
 * **every** problem found (unknown rule kinds, invalid numbers, bad dates, unknown
 * references …), never just the first.
 *
 * @example
 * ```ts
 * try {
 *   defineFollowUpRules({ version: '1', rules: [{ kind: 'weekly' }] });
 * } catch (error) {
 *   if (error instanceof CaseloadError) console.log(error.issues.map((i) => i.path.join('.')));
 *   // ['rules.0.kind']
 * }
 * ```
 */
export class CaseloadError extends ValidationError {
  constructor(issues: readonly ValidationIssue[], context = 'Invalid caseload input') {
    super(issues, context);
    this.name = 'CaseloadError';
  }
}
