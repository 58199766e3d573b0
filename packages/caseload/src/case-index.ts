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

type Key = string | number;

/**
 * Validates the whole input in one pass and indexes it by child, intervention and
 * caseworker. Every problem is collected and thrown together. Plain loops, and paths
 * for issues are only built when there is an issue: this runs over every row.
 */
export function indexInput(input: CaseloadInput, days = new DayCache()): CaseIndex {
  const issues: ValidationIssue[] = [];
  const root: Row = input && typeof input === 'object' ? (input as unknown as Row) : {};
  const staircase = (root.staircase as Staircase | undefined) ?? defaultStaircase;
  const stairs = indexStaircase(staircase);

  const issue = (path: Key[], message: string, ...value: [unknown?]): void => {
    issues.push(value.length > 0 ? { path, message, value: value[0] } : { path, message });
  };
  const list = (key: string, optional: boolean): unknown[] => {
    const value = root[key];
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) {
      issues.push({ path: [key], message: 'must be an array' });
      return [];
    }
    return value;
  };
  const rowAt = (rows: unknown[], key: string, index: number): Row | undefined => {
    const row = rows[index];
    if (row && typeof row === 'object') return row as Row;
    issue([key, index], 'must be an object', row);
    return undefined;
  };
  const text = (row: Row, field: string, key: string, index: number): string | undefined => {
    const value = row[field];
    if (typeof value === 'string' && value.length > 0) return value;
    issue([key, index, field], 'must be a non-empty string', value);
    return undefined;
  };
  const date = (
    row: Row,
    field: string,
    key: Key,
    index: number,
    more?: Key[],
  ): number | undefined => {
    const value = row[field];
    const day = days.day(value);
    if (day === undefined) issue([key, index, ...(more ?? []), field], DATE_MESSAGE, value);
    return day;
  };
  /** An optional end date: `Infinity` when absent, `undefined` when invalid. */
  const endDate = (
    row: Row,
    field: string,
    start: number | undefined,
    key: Key,
    index: number,
    more?: Key[],
  ): number | undefined => {
    const value = row[field];
    if (value === undefined || value === null) return Number.POSITIVE_INFINITY;
    const day = date(row, field, key, index, more);
    if (day !== undefined && start !== undefined && day < start) {
      issue([key, index, ...(more ?? []), field], 'ends before it starts', value);
      return undefined;
    }
    return day;
  };

  const children: IndexedChild[] = [];
  const childById = new Map<string, IndexedChild>();
  const childRows = list('children', false);
  for (let i = 0; i < childRows.length; i += 1) {
    const row = rowAt(childRows, 'children', i);
    const id = row && text(row, 'id', 'children', i);
    if (id === undefined) continue;
    if (childById.has(id)) {
      issue(['children', i, 'id'], 'duplicate child id', id);
      continue;
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
  }
  const childOf = (row: Row, key: string, index: number): IndexedChild | undefined => {
    const id = text(row, 'childId', key, index);
    if (id === undefined) return undefined;
    const child = childById.get(id);
    if (!child) issue([key, index, 'childId'], 'unknown child id', id);
    return child;
  };

  const caseworkers: IndexedCaseworker[] = [];
  const caseworkerById = new Map<string, IndexedCaseworker>();
  const workerRows = list('caseworkers', false);
  for (let i = 0; i < workerRows.length; i += 1) {
    const row = rowAt(workerRows, 'caseworkers', i);
    if (!row) continue;
    const id = text(row, 'id', 'caseworkers', i);
    text(row, 'team', 'caseworkers', i);
    const fte = row.fte;
    if (typeof fte !== 'number' || !(fte > 0 && fte <= 1)) {
      issue(['caseworkers', i, 'fte'], 'must be a number above 0 and at most 1', fte);
    }
    const leave: Span[] = [];
    const leaveRows = row.leave;
    if (leaveRows !== undefined && !Array.isArray(leaveRows)) {
      issue(['caseworkers', i, 'leave'], 'must be an array');
    } else if (leaveRows) {
      for (let k = 0; k < leaveRows.length; k += 1) {
        const period = leaveRows[k];
        if (!period || typeof period !== 'object') {
          issue(['caseworkers', i, 'leave', k], 'must be an object', period);
          continue;
        }
        const from = date(period, 'from', 'caseworkers', i, ['leave', k]);
        const to = endDate(period, 'to', from, 'caseworkers', i, ['leave', k]);
        if (from !== undefined && to !== undefined) leave.push({ from, to });
      }
    }
    if (id === undefined) continue;
    if (caseworkerById.has(id)) {
      issue(['caseworkers', i, 'id'], 'duplicate caseworker id', id);
      continue;
    }
    const indexed = { record: row as unknown as Caseworker, leave };
    caseworkers.push(indexed);
    caseworkerById.set(id, indexed);
  }

  const caseIds = new Set<string>();
  const caseRows = list('cases', false);
  for (let i = 0; i < caseRows.length; i += 1) {
    const row = rowAt(caseRows, 'cases', i);
    if (!row) continue;
    const id = text(row, 'id', 'cases', i);
    if (id !== undefined) {
      if (caseIds.has(id)) issue(['cases', i, 'id'], 'duplicate case id', id);
      caseIds.add(id);
    }
    const child = childOf(row, 'cases', i);
    const opened = date(row, 'opened', 'cases', i);
    const closed = endDate(row, 'closed', opened, 'cases', i);
    if (child && opened !== undefined && closed !== undefined)
      child.cases.push({ from: opened, to: closed - 1 });
  }

  const assignmentRows = list('assignments', false);
  for (let i = 0; i < assignmentRows.length; i += 1) {
    const row = rowAt(assignmentRows, 'assignments', i);
    if (!row) continue;
    const child = childOf(row, 'assignments', i);
    const caseworkerId = text(row, 'caseworkerId', 'assignments', i);
    if (caseworkerId !== undefined && !caseworkerById.has(caseworkerId)) {
      issue(['assignments', i, 'caseworkerId'], 'unknown caseworker id', caseworkerId);
    }
    const from = date(row, 'from', 'assignments', i);
    const to = endDate(row, 'to', from, 'assignments', i);
    if (child && caseworkerId !== undefined && from !== undefined && to !== undefined) {
      child.assignments.push({ caseworkerId, from, to });
    }
  }

  const interventionById = new Map<string, IndexedIntervention>();
  const interventionRows = list('interventions', false);
  for (let i = 0; i < interventionRows.length; i += 1) {
    const row = rowAt(interventionRows, 'interventions', i);
    if (!row) continue;
    const id = text(row, 'id', 'interventions', i);
    const child = childOf(row, 'interventions', i);
    const code = text(row, 'code', 'interventions', i);
    const entry = code === undefined ? undefined : stairs.entryByCode.get(code);
    if (code !== undefined && !entry)
      issue(['interventions', i, 'code'], 'unknown intervention code', code);
    const step = entry ? stairs.stepById.get(entry.step) : undefined;
    const start = date(row, 'start', 'interventions', i);
    const end = endDate(row, 'end', start, 'interventions', i);
    if (id !== undefined && interventionById.has(id)) {
      issue(['interventions', i, 'id'], 'duplicate intervention id', id);
      continue;
    }
    if (id === undefined || !child || !entry || !step || start === undefined || end === undefined)
      continue;
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
  }

  const followUpRows = list('followUps', true);
  for (let i = 0; i < followUpRows.length; i += 1) {
    const row = rowAt(followUpRows, 'followUps', i);
    if (!row) continue;
    const id = text(row, 'interventionId', 'followUps', i);
    const intervention = id === undefined ? undefined : interventionById.get(id);
    if (id !== undefined && !intervention)
      issue(['followUps', i, 'interventionId'], 'unknown intervention id', id);
    const day = date(row, 'date', 'followUps', i);
    if (intervention && day !== undefined) intervention.followUpDays.push(day);
  }

  const planRows = list('actionPlans', true);
  for (let i = 0; i < planRows.length; i += 1) {
    const row = rowAt(planRows, 'actionPlans', i);
    if (!row) continue;
    const child = childOf(row, 'actionPlans', i);
    const day = date(row, 'date', 'actionPlans', i);
    let interventionId: string | undefined;
    if (row.interventionId !== undefined && row.interventionId !== null) {
      interventionId = text(row, 'interventionId', 'actionPlans', i);
      if (
        interventionId !== undefined &&
        interventionById.get(interventionId)?.record.childId !== child?.id
      ) {
        issue(
          ['actionPlans', i, 'interventionId'],
          'unknown intervention id for this child',
          interventionId,
        );
      }
    }
    if (child && day !== undefined) child.plans.push({ day, interventionId });
  }

  const assessmentRows = list('childAssessments', true);
  for (let i = 0; i < assessmentRows.length; i += 1) {
    const row = rowAt(assessmentRows, 'childAssessments', i);
    if (!row) continue;
    const child = childOf(row, 'childAssessments', i);
    const started = date(row, 'started', 'childAssessments', i);
    const completed = endDate(row, 'completed', started, 'childAssessments', i);
    if (child && started !== undefined && completed !== undefined)
      child.assessments.push({ started, completed });
  }

  const reassessmentRows = list('reassessments', true);
  for (let i = 0; i < reassessmentRows.length; i += 1) {
    const row = rowAt(reassessmentRows, 'reassessments', i);
    if (!row) continue;
    const child = childOf(row, 'reassessments', i);
    const day = date(row, 'date', 'reassessments', i);
    if (child && day !== undefined) child.reassessmentDays.push(day);
  }

  if (issues.length > 0) throw new CaseloadError(issues);
  return { staircase, stairs, days, children, caseworkers, caseworkerById };
}

/** True when the child has a case open on `day`. */
export function hasOpenCase(child: IndexedChild, day: number): boolean {
  for (const span of child.cases) if (within(span, day)) return true;
  return false;
}
