import type { CaseloadInput, Child } from '@trappen/caseload';
import {
  defaultStaircase,
  fromZodIssues,
  InterventionRecordSchema,
  type IsoDate,
  IsoDateSchema,
  resolveHistory,
  type Staircase,
  StaircaseError,
  type ValidationIssue,
} from '@trappen/staircase';
import { z } from 'zod';
import { KpiError } from './errors';

const id = z.string().min(1).max(128);
const label = z.string().trim().min(1).max(64);
/** Amounts up to 10^15 DKK either way, so sums over many rows stay finite. */
const amount = z.number().finite().min(-1e15).max(1e15);
const year = z.number().int().min(1900).max(2200);

/**
 * A child, with the optional district and team the council compares (e.g. Herning's
 * pilot and comparison districts).
 *
 * @example
 * ```ts
 * const child: KpiChild = { id: 'child-1', district: 'pilot', team: 'north' };
 * ```
 */
export interface KpiChild extends Child {
  /** District (*distrikt*), for district comparison; absent or `null` when unknown. */
  district?: string | null;
  /** Team, for team comparison; absent or `null` when unknown. */
  team?: string | null;
}

/**
 * A notification of concern (*underretning*). Most notifications concern children
 * without a case, so `childId` is optional.
 *
 * @example
 * ```ts
 * const n: Notification = { id: 'n-1', received: '2018-03-02', ageAtReceipt: 6, source: 'school' };
 * ```
 */
export interface Notification {
  /** Unique id. */
  id: string;
  /** The day it was received. */
  received: IsoDate;
  /** The child's age in whole years on the day it was received (0-22). */
  ageAtReceipt: number;
  /** Who sent it, as the municipality records it (e.g. `school`, `police`, `health`). */
  source: string;
  /** The child, when known to the services. */
  childId?: string | null;
  /** District, when the child is not known (otherwise the child's district is used). */
  district?: string | null;
}

/**
 * Spend or budget on one account in one calendar year, in DKK (the municipality's
 * own account names, e.g. `5.28.20 Plejefamilier` or `SO16`).
 *
 * @example
 * ```ts
 * const row: AccountAmount = { account: 'SO16', year: 2018, amount: 12_500_000 };
 * ```
 */
export interface AccountAmount {
  /** Account. */
  account: string;
  /** Calendar year. */
  year: number;
  /** Amount in DKK (spend may be negative for refunds). */
  amount: number;
}

/**
 * Everything the KPIs read: caseload's input (children, cases, assignments,
 * interventions, follow-ups …) plus notifications, spend and budget, and each child's
 * optional district and team. Plain rows, one array per table, as the database
 * layer fills them.
 *
 * @example
 * ```ts
 * const input: KpiInput = {
 *   caseworkers: [{ id: 'cw-1', team: 'north', fte: 1 }],
 *   children: [{ id: 'c-1', district: 'pilot' }],
 *   cases: [{ id: 'case-1', childId: 'c-1', opened: '2018-01-10' }],
 *   assignments: [{ childId: 'c-1', caseworkerId: 'cw-1', from: '2018-01-10' }],
 *   interventions: [{ id: 'i-1', childId: 'c-1', code: 'foster-family', start: '2018-02-01' }],
 *   notifications: [{ id: 'n-1', received: '2018-01-05', ageAtReceipt: 6, source: 'school', childId: 'c-1' }],
 *   spend: [{ account: 'SO16', year: 2018, amount: 420_000 }],
 *   budget: [{ account: 'SO16', year: 2018, amount: 400_000 }],
 * };
 * ```
 */
export interface KpiInput extends CaseloadInput {
  /** Children, with optional district and team. */
  children: readonly KpiChild[];
  /** Notifications of concern. */
  notifications?: readonly Notification[];
  /** Spend per account per year. */
  spend?: readonly AccountAmount[];
  /** Budget per account per year. */
  budget?: readonly AccountAmount[];
}

const span = { from: IsoDateSchema, to: IsoDateSchema.nullish() };

/**
 * Zod schema for {@link KpiInput}: shapes, dates and numbers of every table. Cross
 * references (unknown ids, duplicate ids) are checked by {@link parseKpiInput}; the
 * staircase object is taken as given (build it with `defineStaircase`).
 *
 * @example
 * ```ts
 * KpiInputSchema.safeParse(JSON.parse(body)).success;
 * ```
 */
export const KpiInputSchema = z.object({
  staircase: z.custom<Staircase>((v) => typeof v === 'object' && v !== null).optional(),
  caseworkers: z.array(
    z.object({
      id,
      team: label,
      fte: z.number().gt(0).max(1),
      leave: z.array(z.object(span)).optional(),
    }),
  ),
  children: z.array(z.object({ id, district: label.nullish(), team: label.nullish() })),
  cases: z.array(
    z.object({ id, childId: id, opened: IsoDateSchema, closed: IsoDateSchema.nullish() }),
  ),
  assignments: z.array(z.object({ childId: id, caseworkerId: id, ...span })),
  interventions: z.array(InterventionRecordSchema.extend({ id, childId: id })),
  followUps: z.array(z.object({ interventionId: id, date: IsoDateSchema })).optional(),
  actionPlans: z
    .array(z.object({ childId: id, date: IsoDateSchema, interventionId: id.nullish() }))
    .optional(),
  childAssessments: z
    .array(z.object({ childId: id, started: IsoDateSchema, completed: IsoDateSchema.nullish() }))
    .optional(),
  reassessments: z.array(z.object({ childId: id, date: IsoDateSchema })).optional(),
  notifications: z
    .array(
      z.object({
        id,
        received: IsoDateSchema,
        ageAtReceipt: z.number().int().min(0).max(22),
        source: label,
        childId: id.nullish(),
        district: label.nullish(),
      }),
    )
    .optional(),
  spend: z.array(z.object({ account: label, year, amount })).optional(),
  budget: z.array(z.object({ account: label, year, amount })).optional(),
});

/** Inputs that came out of {@link parseKpiInput}: the KPI functions do not parse them again. */
const parsedInputs = new WeakSet<object>();

/** Shapes and values by the schema, or a {@link KpiError} listing every problem. */
function parsedShape(raw: unknown): KpiInput {
  const parsed = KpiInputSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new KpiError(fromZodIssues(parsed.error.issues));
  return parsed.data as KpiInput;
}

/** Table arrays already checked, with the staircase their codes were checked against. */
const checkedTables = new WeakMap<object, Staircase | true>();

type TableKey = Exclude<keyof typeof KpiInputSchema.shape, 'staircase'>;
const TABLE_KEYS = Object.keys(KpiInputSchema.shape).filter(
  (key): key is TableKey => key !== 'staircase',
);

/**
 * The input as the KPI functions use it: an object returned by {@link parseKpiInput}
 * as is; anything else has its shapes, values, codes and date order checked first (so
 * bad input is a `KpiError`, never NaN). Each table array is checked once and
 * remembered, so subsets that share the other tables (`{ ...input, children }`) cost
 * little. Rows pointing at unknown ids are allowed here, as the KPIs ignore them.
 * Internal.
 */
export function checkedInput(input: KpiInput): KpiInput {
  if (input !== null && typeof input === 'object' && parsedInputs.has(input)) return input;
  if (input === null || typeof input !== 'object') return parsedShape(input);
  const staircase = input.staircase ?? defaultStaircase;
  const issues: ValidationIssue[] = [];
  for (const key of TABLE_KEYS) {
    const table: unknown = input[key];
    const seen = table !== null && typeof table === 'object' ? checkedTables.get(table) : undefined;
    if (seen !== undefined && (key !== 'interventions' || seen === staircase)) continue;
    const parsed = KpiInputSchema.shape[key].safeParse(table, { reportInput: true });
    const found = parsed.success
      ? tableIssues(key, parsed.data as never, staircase)
      : fromZodIssues(parsed.error.issues).map((issue) => ({
          ...issue,
          path: [key, ...issue.path],
        }));
    issues.push(...found);
    if (found.length === 0 && table !== null && typeof table === 'object')
      checkedTables.set(table, key === 'interventions' ? staircase : true);
  }
  if (issues.length > 0) throw new KpiError(issues);
  return input;
}

/** Intervention codes unknown to the staircase, and rows of a table that end before they start. */
function tableIssues(
  key: TableKey,
  rows: readonly Record<string, unknown>[] | undefined,
  staircase: Staircase,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (key === 'cases') spanIssues(rows, ['cases'], 'opened', 'closed', issues);
  if (key === 'assignments') spanIssues(rows, ['assignments'], 'from', 'to', issues);
  if (key === 'caseworkers')
    for (const [index, caseworker] of (rows ?? []).entries())
      spanIssues(caseworker.leave as never, ['caseworkers', index, 'leave'], 'from', 'to', issues);
  if (key === 'interventions' && rows) {
    try {
      resolveHistory(staircase, rows as never);
    } catch (error) {
      if (!(error instanceof StaircaseError)) throw error;
      for (const issue of error.issues)
        issues.push({ ...issue, path: ['interventions', ...issue.path] });
    }
  }
  return issues;
}

/** Rows whose end (`to`, `closed`) lies before their start. */
function spanIssues(
  rows: readonly Record<string, unknown>[] | undefined,
  path: readonly (string | number)[],
  start: string,
  end: string,
  issues: ValidationIssue[],
): void {
  rows?.forEach((row, index) => {
    const from = row[start];
    const to = row[end];
    if (typeof from === 'string' && typeof to === 'string' && to < from)
      issues.push({ path: [...path, index, end], message: `is before ${start}`, value: to });
  });
}

/** {@link tableIssues} over every table. */
function valueIssues(input: KpiInput): ValidationIssue[] {
  const staircase = input.staircase ?? defaultStaircase;
  return TABLE_KEYS.flatMap((key) => tableIssues(key, input[key] as never, staircase));
}

function duplicates(
  rows: readonly { id: string }[],
  key: string,
  issues: ValidationIssue[],
): Set<string> {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id))
      issues.push({ path: [key, index, 'id'], message: `duplicate ${key} id`, value: row.id });
    seen.add(row.id);
  });
  return seen;
}

/**
 * Parses untrusted input (e.g. JSON) into a {@link KpiInput}: shapes with
 * {@link KpiInputSchema}, then cross references — duplicate ids, and rows pointing at
 * unknown children, caseworkers or interventions. Every problem is reported together
 * in one {@link KpiError}, as are intervention codes unknown to the staircase and
 * rows that end before they start. Every KPI function checks its input the same way
 * (except for unknown ids, which the KPIs ignore) unless it is an object this
 * function returned (do not change it afterwards).
 *
 * @example
 * ```ts
 * const input = parseKpiInput(JSON.parse(body)); // or throws KpiError listing every problem
 * ```
 */
export function parseKpiInput(raw: unknown): KpiInput {
  const input = parsedShape(raw);
  const issues: ValidationIssue[] = [];
  const children = duplicates(input.children, 'children', issues);
  const caseworkers = duplicates(input.caseworkers, 'caseworkers', issues);
  duplicates(input.cases, 'cases', issues);
  const interventions = duplicates(input.interventions, 'interventions', issues);
  duplicates(input.notifications ?? [], 'notifications', issues);
  const check = (
    rows: readonly Record<string, unknown>[] | undefined,
    key: string,
    field: string,
    known: Set<string>,
    what: string,
  ): void => {
    rows?.forEach((row, index) => {
      const value = row[field];
      if (typeof value === 'string' && !known.has(value)) {
        issues.push({ path: [key, index, field], message: `unknown ${what} id`, value });
      }
    });
  };
  check(input.cases as never, 'cases', 'childId', children, 'child');
  check(input.assignments as never, 'assignments', 'childId', children, 'child');
  check(input.assignments as never, 'assignments', 'caseworkerId', caseworkers, 'caseworker');
  check(input.interventions as never, 'interventions', 'childId', children, 'child');
  check(input.followUps as never, 'followUps', 'interventionId', interventions, 'intervention');
  check(input.actionPlans as never, 'actionPlans', 'childId', children, 'child');
  check(input.actionPlans as never, 'actionPlans', 'interventionId', interventions, 'intervention');
  check(input.childAssessments as never, 'childAssessments', 'childId', children, 'child');
  check(input.reassessments as never, 'reassessments', 'childId', children, 'child');
  check(input.notifications as never, 'notifications', 'childId', children, 'child');
  issues.push(...valueIssues(input));
  if (issues.length > 0) throw new KpiError(issues);
  parsedInputs.add(input);
  return input;
}
