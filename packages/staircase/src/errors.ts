/**
 * One problem found while validating input: where it is, what was there, and why it is wrong.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: ['interventions', 3, 'step'],
 *   message: 'unknown step id',
 *   value: 'attic',
 * };
 * ```
 */
export interface ValidationIssue {
  /** Path to the offending field, e.g. `['interventions', 3, 'step']`. */
  path: (string | number)[];
  /** A human-readable reason, in English. */
  message: string;
  /** The offending value, when it helps to show it. */
  value?: unknown;
}

/**
 * Formats issues as one line each: `path: message (got value)`.
 *
 * @example
 * ```ts
 * formatIssues([{ path: ['steps', 2, 'rank'], message: 'bad rank', value: 7 }]);
 * // 'steps.2.rank: bad rank (got 7)'
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      const shown = 'value' in issue ? ` (got ${JSON.stringify(issue.value)})` : '';
      return `${where}: ${issue.message}${shown}`;
    })
    .join('\n');
}

/**
 * Thrown when a staircase definition or a child's intervention history is invalid.
 * It lists **every** problem found, never just the first.
 *
 * @example
 * ```ts
 * try {
 *   defineStaircase(input);
 * } catch (error) {
 *   if (error instanceof StaircaseError) console.log(error.issues.map((i) => i.path.join('.')));
 * }
 * ```
 */
export class StaircaseError extends Error {
  /** Every problem found: schema problems first, then cross-field rules, each in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context = 'Invalid staircase input') {
    super(`${context}: ${issues.length} problem(s)\n${formatIssues(issues)}`);
    this.name = 'StaircaseError';
    this.issues = issues;
  }
}

/**
 * Converts zod issues into {@link ValidationIssue}s, keeping the path and the received
 * value (parse with `{ reportInput: true }` to get the value).
 *
 * @example
 * ```ts
 * const result = MySchema.safeParse(input, { reportInput: true });
 * if (!result.success) throw new StaircaseError(fromZodIssues(result.error.issues));
 * ```
 */
export function fromZodIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string; input?: unknown }[],
): ValidationIssue[] {
  return issues.map((issue) => {
    const converted: ValidationIssue = {
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: issue.message,
    };
    if (issue.input !== undefined) converted.value = issue.input;
    return converted;
  });
}
