import type { InterventionRecord, IsoDate, Staircase } from '@trappen/staircase';

/**
 * A period of leave (inclusive on both ends; no `to`, or `null`, while ongoing).
 *
 * @example
 * ```ts
 * const leave: LeavePeriod = { from: '2024-06-01', to: '2024-08-31' };
 * ```
 */
export interface LeavePeriod {
  /** First day of leave. */
  from: IsoDate;
  /** Last day of leave (inclusive); absent or `null` while open-ended. */
  to?: IsoDate | null;
}

/**
 * A caseworker with authority (*sagsbehandler*, *socialrådgiver*).
 *
 * @example
 * ```ts
 * const anna: Caseworker = { id: 'cw-anna', team: 'north', fte: 0.5, leave: [] };
 * ```
 */
export interface Caseworker {
  /** Unique id. */
  id: string;
  /** Team id; norms may be overridden per team. */
  team: string;
  /** Full-time equivalent, above 0 and at most 1 (0.5 = half time, so each child counts double). */
  fte: number;
  /** Periods of leave; a caseworker on leave on `asOf` adds no capacity. */
  leave?: readonly LeavePeriod[];
}

/**
 * A child known to the municipality's children and family services.
 *
 * @example
 * ```ts
 * const child: Child = { id: 'child-1' };
 * ```
 */
export interface Child {
  /** Unique id. */
  id: string;
}

/**
 * A child's case (*sag*). It is open from `opened` (inclusive) until the day it is
 * `closed`: on and after the closing day it is no longer open.
 *
 * @example
 * ```ts
 * const c: Case = { id: 'case-1', childId: 'child-1', opened: '2024-01-10', closed: null };
 * ```
 */
export interface Case {
  /** Unique id. */
  id: string;
  /** The child the case is about. */
  childId: string;
  /** The day the case was opened. */
  opened: IsoDate;
  /** The day the case was closed (no longer open from that day); absent or `null` while open. */
  closed?: IsoDate | null;
}

/**
 * One stretch of a caseworker being responsible for a child (inclusive on both ends).
 * A child is reassigned by ending one assignment and starting another.
 *
 * @example
 * ```ts
 * const a: Assignment = { childId: 'child-1', caseworkerId: 'cw-anna', from: '2024-01-10' };
 * ```
 */
export interface Assignment {
  /** The child. */
  childId: string;
  /** The responsible caseworker. */
  caseworkerId: string;
  /** First day of responsibility. */
  from: IsoDate;
  /** Last day of responsibility (inclusive); absent or `null` while ongoing. */
  to?: IsoDate | null;
}

/**
 * An intervention (measure) for a child: a staircase {@link InterventionRecord} with a
 * required id and the child it belongs to.
 *
 * @example
 * ```ts
 * const i: Intervention = { id: 'i-1', childId: 'child-1', code: 'foster-family', start: '2024-02-01' };
 * ```
 */
export interface Intervention extends InterventionRecord {
  /** Unique id. */
  id: string;
  /** The child receiving the intervention. */
  childId: string;
}

/**
 * A documented follow-up (*opfølgning*) on an intervention.
 *
 * @example
 * ```ts
 * const f: FollowUp = { interventionId: 'i-1', date: '2024-05-01' };
 * ```
 */
export interface FollowUp {
  /** The intervention followed up. */
  interventionId: string;
  /** The day the follow-up was documented. */
  date: IsoDate;
}

/**
 * An action plan (*handleplan*) with purpose, goals and time frame. Without an
 * `interventionId` it covers every measure of the child; with one, only that measure.
 *
 * @example
 * ```ts
 * const plan: ActionPlan = { childId: 'child-1', date: '2024-01-25' };
 * ```
 */
export interface ActionPlan {
  /** The child. */
  childId: string;
  /** The day the plan was made (or last revised). */
  date: IsoDate;
  /** The one measure the plan covers; absent = all the child's measures. */
  interventionId?: string | null;
}

/**
 * A child assessment (*børnefaglig undersøgelse*): started on a day, due a configured
 * number of months later (default 4), done when `completed` is set.
 *
 * @example
 * ```ts
 * const a: ChildAssessment = { childId: 'child-1', started: '2024-01-10', completed: null };
 * ```
 */
export interface ChildAssessment {
  /** The child assessed. */
  childId: string;
  /** The day the assessment was started (decided). */
  started: IsoDate;
  /** The day it was completed; absent or `null` while in progress. */
  completed?: IsoDate | null;
}

/**
 * A reassessment of the child's step: a new meeting and a new assessment of the
 * possibility of moving down (restarts the six-month clock).
 *
 * @example
 * ```ts
 * const r: StepReassessment = { childId: 'child-1', date: '2024-07-15' };
 * ```
 */
export interface StepReassessment {
  /** The child. */
  childId: string;
  /** The day of the reassessment. */
  date: IsoDate;
}

/**
 * Everything the caseload rules read, as plain rows the database layer can fill
 * (one array per table). Ids referenced by other rows must exist; every problem is
 * reported at once in a {@link CaseloadError}.
 *
 * @example
 * ```ts
 * const input: CaseloadInput = {
 *   caseworkers: [{ id: 'cw-anna', team: 'north', fte: 1 }],
 *   children: [{ id: 'child-1' }],
 *   cases: [{ id: 'case-1', childId: 'child-1', opened: '2024-01-10' }],
 *   assignments: [{ childId: 'child-1', caseworkerId: 'cw-anna', from: '2024-01-10' }],
 *   interventions: [{ id: 'i-1', childId: 'child-1', code: 'family-treatment', start: '2024-02-01' }],
 *   followUps: [{ interventionId: 'i-1', date: '2024-04-15' }],
 *   actionPlans: [{ childId: 'child-1', date: '2024-01-25' }],
 *   childAssessments: [{ childId: 'child-1', started: '2024-01-10', completed: '2024-04-01' }],
 *   reassessments: [],
 * };
 * ```
 */
export interface CaseloadInput {
  /** The municipality's staircase (catalogue cadences, placement steps, six-month rule); default `defaultStaircase`. */
  staircase?: Staircase;
  /** Caseworkers with their team, FTE and leave. */
  caseworkers: readonly Caseworker[];
  /** Children. */
  children: readonly Child[];
  /** Cases, with open and close dates. */
  cases: readonly Case[];
  /** Assignment history: which caseworker had which child when. */
  assignments: readonly Assignment[];
  /** Interventions (measures) for the children. */
  interventions: readonly Intervention[];
  /** Documented follow-ups on interventions. */
  followUps?: readonly FollowUp[];
  /** Action plans. */
  actionPlans?: readonly ActionPlan[];
  /** Child assessments. */
  childAssessments?: readonly ChildAssessment[];
  /** Step reassessments (six-month rule). */
  reassessments?: readonly StepReassessment[];
}
