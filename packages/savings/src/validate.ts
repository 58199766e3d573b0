import { fromZodIssues, type ValidationIssue } from '@trappen/staircase';
import type { z } from 'zod';
import { SavingsError } from './errors';

/**
 * Parses `input` with `schema` and runs `crossChecks` on the raw input (so cross-field
 * problems are reported together with schema problems); throws one {@link SavingsError}
 * listing all of them.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: string,
  crossChecks?: (raw: unknown) => ValidationIssue[],
): z.output<S> {
  const parsed = schema.safeParse(input, { reportInput: true });
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues)),
    ...(crossChecks ? crossChecks(input) : []),
  ];
  if (issues.length > 0 || !parsed.success) throw new SavingsError(issues, context);
  return parsed.data;
}

/** Prefixes every issue's path, e.g. to place a nested object's issues under its field. */
export function prefixIssues(
  prefix: readonly (string | number)[],
  issues: readonly ValidationIssue[],
): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/** A plain object view of unknown input, for defensive cross-field checks. */
export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** True for a finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
