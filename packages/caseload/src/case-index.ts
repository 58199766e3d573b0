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

/** An intervention with parsed days, its catalogue entry and step, seen from `asOf`. */
export interface IndexedIntervention {
  record: Intervention;
  start: number;
  end: number;
  entry: Readonly<CatalogueEntry>;
  step: Readonly<Step>;
  /** The latest follow-up on or after the start and on or before `asOf`; `-Infinity` if none. */
  lastFollowUp: number;
  /** An action plan for this very intervention was made on or before `asOf`. */
  hasPlan: boolean;
}

/**
 * Everything the rules need about one child on `asOf`, gathered from every table in
 * one pass: only what matters on that day is kept, so the index allocates little.
 */
export interface IndexedChild {
  id: string;
  /** A case is open on `asOf`. */
  open: boolean;
  /** Caseworkers with an assignment active on `asOf` (may repeat). */
  caseworkerIds: string[] | undefined;
  /** All the child's interventions (past ones decide where the current step began). */
  interventions: IndexedIntervention[];
  /** An action plan covering all the child's measures was made on or before `asOf`. */
  hasChildPlan: boolean;
  /** Start days of child assessments started and not completed by `asOf`. */
  pendingAssessments: number[] | undefined;
  /** The latest step reassessment on or before `asOf`; `-Infinity` if none. */
  lastReassessment: number;
}

/** A caseworker, and whether they are on leave on `asOf`. */
export interface IndexedCaseworker {
  record: Caseworker;
  onLeave: boolean;
}

/** The validated input, indexed once by child, intervention and caseworker, for one day. */
export interface CaseIndex {
  /** The day (`asOf`) the index was built for. */
  day: number;
  staircase: Staircase;
  stairs: StaircaseIndex;
  days: DayCache;
  children: IndexedChild[];
  caseworkers: IndexedCaseworker[];
  caseworkerById: Map<string, IndexedCaseworker>;
}

type Row = Record<string, unknown>;
const DATE_MESSAGE = 'must be a calendar date written as YYYY-MM-DD';

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

/** Which optional parts of the input a computation reads (and so checks). */
export interface TablesRead {
  /** Interventions (caseloads need them only for weights). */
  interventions: boolean;
  /** Follow-ups, action plans, child assessments and reassessments. */
  followUpRecords: boolean;
}

/** Everything. */
export const ALL_TABLES: TablesRead = { interventions: true, followUpRecords: true };

/**
 * Validates the whole input in one pass and indexes it by child, intervention and
 * caseworker. Every problem is collected and thrown together. Plain loops, and paths
 * for issues are only built when there is an issue: this runs over every row.
 */
export function indexInput(
  input: CaseloadInput,
  day: number,
  days = new DayCache(),
  reads: TablesRead = ALL_TABLES,
): CaseIndex {
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
      open: false,
      caseworkerIds: undefined,
      interventions: [],
      hasChildPlan: false,
      pendingAssessments: undefined,
      lastReassessment: Number.NEGATIVE_INFINITY,
    };
    children.push(child);
    childById.set(id, child);
  }
  // Rows from a database usually come grouped by child: remember the last lookup.
  let lastChild: IndexedChild | undefined;
  const childOf = (row: Row, key: string, index: number): IndexedChild | undefined => {
    const id = text(row, 'childId', key, index);
    if (id === undefined) return undefined;
    if (lastChild !== undefined && lastChild.id === id) return lastChild;
    const child = childById.get(id);
    if (!child) issue([key, index, 'childId'], 'unknown child id', id);
    else lastChild = child;
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
    let onLeave = false;
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
        if (from !== undefined && to !== undefined && from <= day && day <= to) onLeave = true;
      }
    }
    if (id === undefined) continue;
    if (caseworkerById.has(id)) {
      issue(['caseworkers', i, 'id'], 'duplicate caseworker id', id);
      continue;
    }
    const indexed = { record: row as unknown as Caseworker, onLeave };
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
    if (child && opened !== undefined && closed !== undefined && opened <= day && day < closed) {
      child.open = true;
    }
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
    if (
      child &&
      caseworkerId !== undefined &&
      from !== undefined &&
      to !== undefined &&
      from <= day &&
      day <= to
    ) {
      if (child.caseworkerIds) child.caseworkerIds.push(caseworkerId);
      else child.caseworkerIds = [caseworkerId];
    }
  }

  const interventionById = new Map<string, IndexedIntervention>();
  const catalogue = new Map<
    string,
    { entry: Readonly<CatalogueEntry>; step: Readonly<Step> | undefined }
  >();
  for (const entry of staircase.interventions) {
    catalogue.set(entry.code, { entry, step: stairs.stepById.get(entry.step) });
  }
  const interventionRows = reads.interventions ? list('interventions', false) : [];
  for (let i = 0; i < interventionRows.length; i += 1) {
    const row = rowAt(interventionRows, 'interventions', i);
    if (!row) continue;
    const id = text(row, 'id', 'interventions', i);
    const child = childOf(row, 'interventions', i);
    const code = text(row, 'code', 'interventions', i);
    const kind = code === undefined ? undefined : catalogue.get(code);
    if (code !== undefined && !kind)
      issue(['interventions', i, 'code'], 'unknown intervention code', code);
    const entry = kind?.entry;
    const step = kind?.step;
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
      lastFollowUp: Number.NEGATIVE_INFINITY,
      hasPlan: false,
    };
    child.interventions.push(indexed);
    interventionById.set(id, indexed);
  }

  const followUpRows = reads.followUpRecords ? list('followUps', true) : [];
  let lastIntervention: IndexedIntervention | undefined;
  for (let i = 0; i < followUpRows.length; i += 1) {
    const row = rowAt(followUpRows, 'followUps', i);
    if (!row) continue;
    const id = text(row, 'interventionId', 'followUps', i);
    // Follow-ups usually come grouped by intervention: remember the last lookup.
    const intervention =
      id === undefined
        ? undefined
        : lastIntervention !== undefined && lastIntervention.record.id === id
          ? lastIntervention
          : interventionById.get(id);
    if (intervention) lastIntervention = intervention;
    if (id !== undefined && !intervention)
      issue(['followUps', i, 'interventionId'], 'unknown intervention id', id);
    const on = date(row, 'date', 'followUps', i);
    if (
      intervention &&
      on !== undefined &&
      on >= intervention.start &&
      on <= day &&
      on > intervention.lastFollowUp
    ) {
      intervention.lastFollowUp = on;
    }
  }

  const planRows = reads.followUpRecords ? list('actionPlans', true) : [];
  for (let i = 0; i < planRows.length; i += 1) {
    const row = rowAt(planRows, 'actionPlans', i);
    if (!row) continue;
    const child = childOf(row, 'actionPlans', i);
    const on = date(row, 'date', 'actionPlans', i);
    const made = on !== undefined && on <= day;
    if (row.interventionId !== undefined && row.interventionId !== null) {
      const interventionId = text(row, 'interventionId', 'actionPlans', i);
      const intervention =
        interventionId === undefined ? undefined : interventionById.get(interventionId);
      if (
        interventionId !== undefined &&
        (!intervention || intervention.record.childId !== child?.id)
      ) {
        issue(
          ['actionPlans', i, 'interventionId'],
          'unknown intervention id for this child',
          interventionId,
        );
      } else if (intervention && made) intervention.hasPlan = true;
    } else if (child && made) child.hasChildPlan = true;
  }

  const assessmentRows = reads.followUpRecords ? list('childAssessments', true) : [];
  for (let i = 0; i < assessmentRows.length; i += 1) {
    const row = rowAt(assessmentRows, 'childAssessments', i);
    if (!row) continue;
    const child = childOf(row, 'childAssessments', i);
    const started = date(row, 'started', 'childAssessments', i);
    const completed = endDate(row, 'completed', started, 'childAssessments', i);
    if (
      child &&
      started !== undefined &&
      completed !== undefined &&
      started <= day &&
      day < completed
    ) {
      if (child.pendingAssessments) child.pendingAssessments.push(started);
      else child.pendingAssessments = [started];
    }
  }

  const reassessmentRows = reads.followUpRecords ? list('reassessments', true) : [];
  for (let i = 0; i < reassessmentRows.length; i += 1) {
    const row = rowAt(reassessmentRows, 'reassessments', i);
    if (!row) continue;
    const child = childOf(row, 'reassessments', i);
    const on = date(row, 'date', 'reassessments', i);
    if (child && on !== undefined && on <= day && on > child.lastReassessment)
      child.lastReassessment = on;
  }

  if (issues.length > 0) throw new CaseloadError(issues);
  return { day, staircase, stairs, days, children, caseworkers, caseworkerById };
}
