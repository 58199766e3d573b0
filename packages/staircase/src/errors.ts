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
 * Formats issues as one line each: `path: message (got value)`. Values are shown as
 * JSON, except that `NaN`, `Infinity` and `-0` are printed as themselves (JSON would
 * print `null` and `0`), and a value longer than 200 characters is cut short.
 *
 * @example
 * ```ts
 * formatIssues([{ path: ['steps', 2, 'rank'], message: 'bad rank', value: 7 }]);
 * // 'steps.2.rank: bad rank (got 7)'
 * formatIssues([{ path: ['dailyRate'], message: 'must be finite', value: Number.NaN }]);
 * // 'dailyRate: must be finite (got NaN)'
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      const shown = 'value' in issue ? ` (got ${showValue(issue.value)})` : '';
      return `${where}: ${issue.message}${shown}`;
    })
    .join('\n');
}

const MAX_SHOWN = 200;

/** A value as the person who passed it would write it: NaN stays NaN, not JSON's null. */
function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'number') text = Object.is(value, -0) ? '-0' : String(value);
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
    text = String(value);
  else {
    try {
      text =
        JSON.stringify(value, (_key, inner: unknown) =>
          typeof inner === 'number' && !Number.isFinite(inner) ? String(inner) : inner,
        ) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * The one validation error of the trappen domain packages: every problem found in an
 * input, each with its path, reason and value, never just the first. Each package
 * throws its own subclass (`StaircaseError`, `CaseloadError`, `SavingsError`,
 * `KpiError`), so `instanceof` tells which package rejected the input, and
 * `instanceof ValidationError` catches any of them. It is a `RangeError`: the input
 * is outside what the function accepts.
 *
 * @example
 * ```ts
 * try {
 *   defineStaircase({ id: 'x' });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues.length > 0); // true
 * }
 * ```
 */
export class ValidationError extends RangeError {
  /** Every problem found: schema problems first, then cross-field rules, each in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], context = 'Invalid input') {
    super(`${context}: ${issues.length} problem(s)\n${formatIssues(issues)}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
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
export class StaircaseError extends ValidationError {
  constructor(issues: readonly ValidationIssue[], context = 'Invalid staircase input') {
    super(issues, context);
    this.name = 'StaircaseError';
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
