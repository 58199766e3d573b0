import {
  addDays,
  addMonths,
  fromZodIssues,
  type IsoDate,
  IsoDateSchema,
  type ValidationIssue,
} from '@trappen/staircase';
import { z } from 'zod';
import { CaseloadError } from './errors';

/**
 * Why a case closed: the goal was reached, the family moved to another municipality,
 * the young person turned 18 or aftercare ended, or another reason.
 *
 * @example
 * ```ts
 * CLOSE_REASONS.includes('movedMunicipality'); // true
 * ```
 */
export const CLOSE_REASONS = ['goalReached', 'movedMunicipality', 'agedOut', 'other'] as const;

/**
 * One of {@link CLOSE_REASONS}.
 *
 * @example
 * ```ts
 * const reason: CloseReason = 'goalReached';
 * ```
 */
export type CloseReason = (typeof CLOSE_REASONS)[number];

/**
 * A municipality's retention policy: whole years a closed case is kept, whether the
 * retention job deletes or anonymises, and from which age a young person may ask for
 * their own data. Set it together with the municipality's records officer.
 *
 * @example
 * ```ts
 * RetentionPolicySchema.parse({ retentionYears: 5, mode: 'delete', youngPersonAccessAge: 15 });
 * ```
 */
export const RetentionPolicySchema = z.object({
  retentionYears: z.number().int().min(1).max(100),
  mode: z.enum(['delete', 'anonymise']),
  youngPersonAccessAge: z.number().int().min(10).max(18),
});

/**
 * A validated retention policy.
 *
 * @example
 * ```ts
 * const policy: RetentionPolicy = DEFAULT_RETENTION_POLICY;
 * ```
 */
export type RetentionPolicy = z.infer<typeof RetentionPolicySchema>;

/**
 * The policy that applies until a municipality sets its own: 5 years after closing,
 * delete, young people from 15.
 *
 * @example
 * ```ts
 * DEFAULT_RETENTION_POLICY.retentionYears; // 5
 * ```
 */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = Object.freeze({
  retentionYears: 5,
  mode: 'delete',
  youngPersonAccessAge: 15,
});

/**
 * Validates a retention policy, throwing a {@link CaseloadError} listing every problem.
 *
 * @example
 * ```ts
 * defineRetentionPolicy({ retentionYears: 10, mode: 'anonymise', youngPersonAccessAge: 15 }).mode; // 'anonymise'
 * ```
 */
export function defineRetentionPolicy(input: unknown): RetentionPolicy {
  const parsed = RetentionPolicySchema.safeParse(input);
  if (!parsed.success)
    throw new CaseloadError(fromZodIssues(parsed.error.issues), 'Invalid retention policy');
  return parsed.data;
}

/**
 * What retention needs to know about a case.
 *
 * @example
 * ```ts
 * const c: RetentionCase = { status: 'closed', openedOn: '2018-01-01', closedOn: '2019-03-31', legalHold: false };
 * ```
 */
export interface RetentionCase {
  status: 'open' | 'closed';
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  legalHold: boolean;
}

const RetentionCaseSchema = z.object({
  status: z.enum(['open', 'closed']),
  openedOn: IsoDateSchema,
  closedOn: IsoDateSchema.nullable(),
  legalHold: z.boolean(),
});

const ConsentSchema = z.object({
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema,
  revokedOn: IsoDateSchema.nullable(),
});

const AccessAgeSchema = RetentionPolicySchema.shape.youngPersonAccessAge;

/**
 * Checks every argument against its schema and throws one {@link CaseloadError} naming
 * each bad field (`case.closedOn`, `today`, `policy.retentionYears` …), so no date
 * arithmetic runs on a value that is not a date or a whole number.
 */
function checkArguments(args: Record<string, [z.ZodType, unknown]>): void {
  const issues: ValidationIssue[] = [];
  for (const [name, [schema, value]] of Object.entries(args)) {
    const parsed = schema.safeParse(value, { reportInput: true });
    if (!parsed.success)
      issues.push(
        ...fromZodIssues(parsed.error.issues).map((issue) => ({
          ...issue,
          path: [name, ...issue.path],
        })),
      );
  }
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid retention input');
}

/**
 * The last day a closed case is kept: the closing day plus the policy's whole years
 * (29 February closes to 28 February). The case may be removed from the next day.
 *
 * @throws {CaseloadError} naming `closedOn` unless it is a date, and `retentionYears`
 * unless it is a whole number from 1 to 100 that ends the period by the year 9999.
 *
 * @example
 * ```ts
 * retentionEndsOn('2020-02-29', 5); // '2025-02-28'
 * ```
 */
export function retentionEndsOn(closedOn: IsoDate, retentionYears: number): IsoDate {
  const issues: ValidationIssue[] = [];
  const closed = IsoDateSchema.safeParse(closedOn);
  if (!closed.success) issues.push({ path: ['closedOn'], message: 'not a date', value: closedOn });
  if (!Number.isInteger(retentionYears) || retentionYears < 1 || retentionYears > 100)
    issues.push({
      path: ['retentionYears'],
      message: 'must be a whole number from 1 to 100',
      value: retentionYears,
    });
  else if (closed.success && Number(closedOn.slice(0, 4)) + retentionYears > 9999)
    issues.push({
      path: ['retentionYears'],
      message: `ends after the year 9999 when the case closed on ${closedOn}`,
      value: retentionYears,
    });
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid retention input');
  return addMonths(closedOn, retentionYears * 12);
}

/**
 * Whether the retention job may remove a case today, and why not: `open` (never an
 * open case), `legalHold` (never while a hold is set), `retained` (the period has not
 * run out; `removableFrom` says when it does) or `due`.
 *
 * @throws {CaseloadError} naming every invalid field (`case.*`, `policy.*` or `today`): dates must be
 * real `YYYY-MM-DD` dates.
 *
 * @example
 * ```ts
 * retentionDecision({ status: 'closed', openedOn: '2018-01-01', closedOn: '2019-03-31', legalHold: false }, DEFAULT_RETENTION_POLICY, '2024-04-01');
 * // { status: 'due', removableFrom: '2024-04-01' }
 * ```
 */
export function retentionDecision(
  c: RetentionCase,
  policy: RetentionPolicy,
  today: IsoDate,
): { status: 'open' | 'legalHold' | 'retained' | 'due'; removableFrom: IsoDate | null } {
  checkArguments({
    case: [RetentionCaseSchema, c],
    policy: [RetentionPolicySchema, policy],
    today: [IsoDateSchema, today],
  });
  if (c.status !== 'closed' || c.closedOn === null) return { status: 'open', removableFrom: null };
  const removableFrom = addDays(retentionEndsOn(c.closedOn, policy.retentionYears), 1);
  if (c.legalHold) return { status: 'legalHold', removableFrom };
  return { status: today >= removableFrom ? 'due' : 'retained', removableFrom };
}

/**
 * Whether a closed case may be reopened today: only while it is still kept (within
 * the retention period) and never an open case.
 *
 * @throws {CaseloadError} naming every invalid field (`case.*`, `policy.*` or `today`): dates must be
 * real `YYYY-MM-DD` dates.
 *
 * @example
 * ```ts
 * canReopen({ status: 'closed', openedOn: '2018-01-01', closedOn: '2019-03-31', legalHold: false }, DEFAULT_RETENTION_POLICY, '2020-01-01'); // true
 * ```
 */
export function canReopen(c: RetentionCase, policy: RetentionPolicy, today: IsoDate): boolean {
  checkArguments({
    case: [RetentionCaseSchema, c],
    policy: [RetentionPolicySchema, policy],
    today: [IsoDateSchema, today],
  });
  if (c.status !== 'closed' || c.closedOn === null) return false;
  return today <= retentionEndsOn(c.closedOn, policy.retentionYears);
}

/**
 * Problems with closing a case on `closedOn` (empty when it may close): the day must
 * not be before the case opened nor after today, and the case must be open.
 *
 * @throws {CaseloadError} naming every invalid field (`case.*`, `closedOn` or `today`): dates must be
 * real `YYYY-MM-DD` dates.
 *
 * @example
 * ```ts
 * closeProblems({ status: 'open', openedOn: '2024-01-10', closedOn: null, legalHold: false }, '2024-01-09', '2024-06-01');
 * // [{ path: ['closedOn'], message: 'is before the case opened (2024-01-10)', value: '2024-01-09' }]
 * ```
 */
export function closeProblems(
  c: RetentionCase,
  closedOn: IsoDate,
  today: IsoDate,
): { path: string[]; message: string; value?: unknown }[] {
  checkArguments({
    case: [RetentionCaseSchema, c],
    closedOn: [IsoDateSchema, closedOn],
    today: [IsoDateSchema, today],
  });
  const problems: { path: string[]; message: string; value?: unknown }[] = [];
  if (c.status !== 'open')
    problems.push({ path: ['caseId'], message: 'the case is already closed' });
  if (closedOn < c.openedOn)
    problems.push({
      path: ['closedOn'],
      message: `is before the case opened (${c.openedOn})`,
      value: closedOn,
    });
  if (closedOn > today)
    problems.push({ path: ['closedOn'], message: 'is in the future', value: closedOn });
  return problems;
}

/**
 * Whether a young person born on `birthDate` may ask for their own data on `today`
 * (they have turned `accessAge`).
 *
 * @throws {CaseloadError} naming every invalid field (`birthDate`, `today` or `accessAge` (a whole age from 10 to 18)): dates must be
 * real `YYYY-MM-DD` dates.
 *
 * @example
 * ```ts
 * mayAskForOwnData('2010-06-15', '2025-06-15', 15); // true
 * ```
 */
export function mayAskForOwnData(birthDate: IsoDate, today: IsoDate, accessAge: number): boolean {
  checkArguments({
    birthDate: [IsoDateSchema, birthDate],
    today: [IsoDateSchema, today],
    accessAge: [AccessAgeSchema, accessAge],
  });
  // Someone who reaches the age only after 9999-12-31 has not reached it on any date we can write.
  if (Number(birthDate.slice(0, 4)) + accessAge > 9999) return false;
  return addMonths(birthDate, accessAge * 12) <= today;
}

/**
 * A consent's state on `today`: `revoked` (whenever revoked), `pending` (before its
 * period), `expired` (after it) or `active`.
 *
 * @throws {CaseloadError} naming every invalid field (`consent.*` or `today`): dates must be
 * real `YYYY-MM-DD` dates.
 *
 * @example
 * ```ts
 * consentStatus({ validFrom: '2025-01-01', validTo: '2025-12-31', revokedOn: null }, '2026-01-01'); // 'expired'
 * ```
 */
export function consentStatus(
  consent: { validFrom: IsoDate; validTo: IsoDate; revokedOn: IsoDate | null },
  today: IsoDate,
): 'active' | 'pending' | 'expired' | 'revoked' {
  checkArguments({ consent: [ConsentSchema, consent], today: [IsoDateSchema, today] });
  if (consent.revokedOn !== null) return 'revoked';
  if (today < consent.validFrom) return 'pending';
  if (today > consent.validTo) return 'expired';
  return 'active';
}
