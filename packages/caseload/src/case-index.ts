import {
  type CatalogueEntry,
  defaultStaircase,
  type IsoDate,
  indexStaircase,
  type Staircase,
  type StaircaseIndex,
  type Step,
  type ValidationIssue,
} from '@trappen/staircase';
import { DayCache } from './day-cache';
import { CaseloadError } from './errors';
import type { CaseloadInput, Caseworker, Intervention } from './input';

/** An inclusive span of day numbers; `to` is `Infinity` while open-ended. */
export interface Span {
  from: number;
  to: number;
}

/** An intervention with parsed days and its catalogue entry and step. */
export interface IndexedIntervention {
  record: Intervention;
  start: number;
  end: number;
  entry: Readonly<CatalogueEntry>;
  step: Readonly<Step>;
  /** Days of documented follow-ups (unsorted). */
  followUpDays: number[];
}

/** Everything known about one child, gathered from every table. */
export interface IndexedChild {
  id: string;
  /** Days each case is open (closing day excluded). */
  cases: Span[];
  assignments: (Span & { caseworkerId: string })[];
  interventions: IndexedIntervention[];
  plans: { day: number; interventionId: string | undefined }[];
  assessments: { started: number; completed: number }[];
  reassessmentDays: number[];
}

/** A caseworker with parsed leave. */
export interface IndexedCaseworker {
  record: Caseworker;
  leave: Span[];
}

/** The validated input, indexed once by child, intervention and caseworker. */
export interface CaseIndex {
  staircase: Staircase;
  stairs: StaircaseIndex;
  days: DayCache;
  children: IndexedChild[];
  caseworkers: IndexedCaseworker[];
  caseworkerById: Map<string, IndexedCaseworker>;
}

type Row = Record<string, unknown>;
const DATE_MESSAGE = 'must be a calendar date written as YYYY-MM-DD';

/** True when `day` falls in `span`. */
export const within = (span: Span, day: number): boolean => span.from <= day && day <= span.to;

/** Parses the asOf date or throws a {@link CaseloadError}. */
export function asOfDay(days: DayCache, asOf: IsoDate): number {
  const day = days.day(asOf);
  if (day === undefined) {
    throw new CaseloadError(
      [{ path: ['asOf'], message: DATE_MESSAGE, value: asOf }],
      'Invalid date',
    );
  }
  return day;
}

/**
 * Validates the whole input in one pass and indexes it by child, intervention and
 * caseworker. Every problem is collected and thrown together.
 */
export function indexInput(input: CaseloadInput, days = new DayCache()): CaseIndex {
  const issues: ValidationIssue[] = [];
  const root: Row = input && typeof input === 'object' ? (input as unknown as Row) : {};
  const staircase = (root.staircase as Staircase | undefined) ?? defaultStaircase;
  const stairs = indexStaircase(staircase);

  const list = (key: string, optional: boolean): Row[] => {
    const value = root[key];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) {
      issues.push({ path: [key], message: 'must be an array' });
      return [];
    }
    return value as Row[];
  };
  const isRow = (row: unknown, path: (string | number)[]): row is Row => {
    if (row && typeof row === 'object') return true;
    issues.push({ path, message: 'must be an object', value: row });
    return false;
  };
  const text = (row: Row, field: string, path: (string | number)[]): string | undefined => {
    const value = row[field];
    if (typeof value === 'string' && value.length > 0) return value;
    issues.push({ path: [...path, field], message: 'must be a non-empty string', value });
    return undefined;
  };
  const date = (row: Row, field: string, path: (string | number)[]): number | undefined => {
    const day = days.day(row[field]);
    if (day === undefined)
      issues.push({ path: [...path, field], message: DATE_MESSAGE, value: row[field] });
    return day;
  };
  /** An optional end date; `Infinity` when absent, `undefined` when invalid. */
  const endDate = (
    row: Row,
    field: string,
    path: (string | number)[],
    start: number | undefined,
    minimum: number,
  ): number | undefined => {
    const value = row[field];
    if (value === undefined || value === null) return Number.POSITIVE_INFINITY;
    const day = date(row, field, path);
    if (day !== undefined && start !== undefined && day < start + minimum) {
      issues.push({ path: [...path, field], message: 'ends before it starts', value });
      return undefined;
    }
    return day;
  };

  const children: IndexedChild[] = [];
  const childById = new Map<string, IndexedChild>();
  list('children', false).forEach((row, index) => {
    const path = ['children', index];
    if (!isRow(row, path)) return;
    const id = text(row, 'id', path);
    if (id === undefined) return;
    if (childById.has(id)) {
      issues.push({ path: [...path, 'id'], message: 'duplicate child id', value: id });
      return;
    }
    const child: IndexedChild = {
      id,
      cases: [],
      assignments: [],
      interventions: [],
      plans: [],
      assessments: [],
      reassessmentDays: [],
    };
    children.push(child);
    childById.set(id, child);
  });
  const childOf = (row: Row, path: (string | number)[]): IndexedChild | undefined => {
    const id = text(row, 'childId', path);
    if (id === undefined) return undefined;
    const child = childById.get(id);
    if (!child) issues.push({ path: [...path, 'childId'], message: 'unknown child id', value: id });
    return child;
  };

  const caseworkers: IndexedCaseworker[] = [];
  const caseworkerById = new Map<string, IndexedCaseworker>();
  list('caseworkers', false).forEach((row, index) => {
    const path = ['caseworkers', index];
    if (!isRow(row, path)) return;
    const id = text(row, 'id', path);
    text(row, 'team', path);
    const fte = row.fte;
    if (typeof fte !== 'number' || !(fte > 0 && fte <= 1)) {
      issues.push({
        path: [...path, 'fte'],
        message: 'must be a number above 0 and at most 1',
        value: fte,
      });
    }
    const leave: Span[] = [];
    if (row.leave !== undefined) {
      if (!Array.isArray(row.leave))
        issues.push({ path: [...path, 'leave'], message: 'must be an array' });
      else
        (row.leave as unknown[]).forEach((period, k) => {
          const leavePath = [...path, 'leave', k];
          if (!isRow(period, leavePath)) return;
          const from = date(period, 'from', leavePath);
          const to = endDate(period, 'to', leavePath, from, 0);
          if (from !== undefined && to !== undefined) leave.push({ from, to });
        });
    }
    if (id === undefined) return;
    if (caseworkerById.has(id)) {
      issues.push({ path: [...path, 'id'], message: 'duplicate caseworker id', value: id });
      return;
    }
    const indexed = { record: row as unknown as Caseworker, leave };
    caseworkers.push(indexed);
    caseworkerById.set(id, indexed);
  });

  const caseIds = new Set<string>();
  list('cases', false).forEach((row, index) => {
    const path = ['cases', index];
    if (!isRow(row, path)) return;
    const id = text(row, 'id', path);
    if (id !== undefined) {
      if (caseIds.has(id))
        issues.push({ path: [...path, 'id'], message: 'duplicate case id', value: id });
      caseIds.add(id);
    }
    const child = childOf(row, path);
    const opened = date(row, 'opened', path);
    const closed = endDate(row, 'closed', path, opened, 0);
    if (child && opened !== undefined && closed !== undefined)
      child.cases.push({ from: opened, to: closed - 1 });
  });

  list('assignments', false).forEach((row, index) => {
    const path = ['assignments', index];
    if (!isRow(row, path)) return;
    const child = childOf(row, path);
    const caseworkerId = text(row, 'caseworkerId', path);
    if (caseworkerId !== undefined && !caseworkerById.has(caseworkerId)) {
      issues.push({
        path: [...path, 'caseworkerId'],
        message: 'unknown caseworker id',
        value: caseworkerId,
      });
    }
    const from = date(row, 'from', path);
    const to = endDate(row, 'to', path, from, 0);
    if (child && caseworkerId !== undefined && from !== undefined && to !== undefined) {
      child.assignments.push({ caseworkerId, from, to });
    }
  });

  const interventionById = new Map<string, IndexedIntervention>();
  list('interventions', false).forEach((row, index) => {
    const path = ['interventions', index];
    if (!isRow(row, path)) return;
    const id = text(row, 'id', path);
    const child = childOf(row, path);
    const code = text(row, 'code', path);
    const entry = code === undefined ? undefined : stairs.entryByCode.get(code);
    if (code !== undefined && !entry) {
      issues.push({ path: [...path, 'code'], message: 'unknown intervention code', value: code });
    }
    const step = entry ? stairs.stepById.get(entry.step) : undefined;
    const start = date(row, 'start', path);
    const end = endDate(row, 'end', path, start, 0);
    if (id !== undefined && interventionById.has(id)) {
      issues.push({ path: [...path, 'id'], message: 'duplicate intervention id', value: id });
      return;
    }
    if (id === undefined || !child || !entry || !step || start === undefined || end === undefined)
      return;
    const indexed: IndexedIntervention = {
      record: row as unknown as Intervention,
      start,
      end,
      entry,
      step,
      followUpDays: [],
    };
    child.interventions.push(indexed);
    interventionById.set(id, indexed);
  });

  list('followUps', true).forEach((row, index) => {
    const path = ['followUps', index];
    if (!isRow(row, path)) return;
    const id = text(row, 'interventionId', path);
    const intervention = id === undefined ? undefined : interventionById.get(id);
    if (id !== undefined && !intervention) {
      issues.push({
        path: [...path, 'interventionId'],
        message: 'unknown intervention id',
        value: id,
      });
    }
    const day = date(row, 'date', path);
    if (intervention && day !== undefined) intervention.followUpDays.push(day);
  });

  list('actionPlans', true).forEach((row, index) => {
    const path = ['actionPlans', index];
    if (!isRow(row, path)) return;
    const child = childOf(row, path);
    const day = date(row, 'date', path);
    let interventionId: string | undefined;
    if (row.interventionId !== undefined && row.interventionId !== null) {
      interventionId = text(row, 'interventionId', path);
      if (
        interventionId !== undefined &&
        interventionById.get(interventionId)?.record.childId !== child?.id
      ) {
        issues.push({
          path: [...path, 'interventionId'],
          message: 'unknown intervention id for this child',
          value: interventionId,
        });
      }
    }
    if (child && day !== undefined) child.plans.push({ day, interventionId });
  });

  list('childAssessments', true).forEach((row, index) => {
    const path = ['childAssessments', index];
    if (!isRow(row, path)) return;
    const child = childOf(row, path);
    const started = date(row, 'started', path);
    const completed = endDate(row, 'completed', path, started, 0);
    if (child && started !== undefined && completed !== undefined)
      child.assessments.push({ started, completed });
  });

  list('reassessments', true).forEach((row, index) => {
    const path = ['reassessments', index];
    if (!isRow(row, path)) return;
    const child = childOf(row, path);
    const day = date(row, 'date', path);
    if (child && day !== undefined) child.reassessmentDays.push(day);
  });

  if (issues.length > 0) throw new CaseloadError(issues);
  return { staircase, stairs, days, children, caseworkers, caseworkerById };
}

/** True when the child has a case open on `day`. */
export function hasOpenCase(child: IndexedChild, day: number): boolean {
  for (const span of child.cases) if (within(span, day)) return true;
  return false;
}
