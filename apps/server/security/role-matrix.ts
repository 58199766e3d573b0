import { randomUUID } from 'node:crypto';
import { PASSWORD } from '../src/testing/test-server';

/** The five kinds of user the matrix covers. */
export type MatrixRole = 'caseworker' | 'teamLeader' | 'administrator' | 'parent' | 'council';

/** The demo login of each role in the home municipality (Eksempelby). */
export const ROLE_LOGINS: Record<MatrixRole, string> = {
  caseworker: 'sagsbehandler@eksempelby.dk',
  teamLeader: 'teamleder@eksempelby.dk',
  administrator: 'administrator@eksempelby.dk',
  parent: 'foraelder@eksempelby.dk',
  council: 'byraad@eksempelby.dk',
};

/** One row of the matrix: who may call the procedure, and an input to call it with. */
export interface MatrixRow {
  allowed: readonly MatrixRole[];
  /** Input for the call; ids are random so allowed mutations answer NOT_FOUND instead of writing. */
  input: (role: MatrixRole) => unknown;
  /** Person-level: child or case data; council members must never reach it. */
  personLevel: boolean;
}

const ALL: readonly MatrixRole[] = [
  'caseworker',
  'teamLeader',
  'administrator',
  'parent',
  'council',
];
const STAFF: readonly MatrixRole[] = ['caseworker', 'teamLeader', 'administrator'];
const LEADERS: readonly MatrixRole[] = ['teamLeader', 'administrator'];
const ADMIN: readonly MatrixRole[] = ['administrator'];
const AGGREGATE: readonly MatrixRole[] = [...STAFF, 'council'];
const PARENT: readonly MatrixRole[] = ['parent'];
const none = () => undefined;
const day = '2025-01-15';

/**
 * The role × procedure matrix, checked in and reviewed like code: every procedure of
 * the router must have a row (the test fails on a new procedure without one).
 * `auth.logout` is called last by the test, since it ends the session.
 */
export const ROLE_MATRIX: Record<string, MatrixRow> = {
  'auth.login': {
    allowed: ALL,
    input: (role) => ({ email: ROLE_LOGINS[role], password: PASSWORD }),
    personLevel: false,
  },
  'auth.logout': { allowed: ALL, input: none, personLevel: false },
  'auth.me': { allowed: ALL, input: none, personLevel: false },
  'staircase.get': { allowed: ALL, input: none, personLevel: false },
  'cases.list': { allowed: STAFF, input: () => ({}), personLevel: true },
  'cases.get': { allowed: STAFF, input: () => ({ caseId: randomUUID() }), personLevel: true },
  'adminConfig.get': { allowed: ADMIN, input: none, personLevel: false },
  'adminConfig.saveRules': {
    allowed: ADMIN,
    input: () => ({ version: 999_999, caseloadNorm: { target: 25, max: 30 }, followUpRules: null }),
    personLevel: false,
  },
  'adminConfig.saveStaircase': {
    allowed: ADMIN,
    input: () => ({ version: 999_999, definition: {} }),
    personLevel: false,
  },
  'adminConfig.saveCatalogue': {
    allowed: ADMIN,
    input: () => ({ version: 999_999, change: { action: 'retire', code: 'no-such-code' } }),
    personLevel: false,
  },
  'cases.reassign': {
    allowed: LEADERS,
    input: () => ({ caseId: randomUUID(), caseworkerId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'interventions.add': {
    allowed: STAFF,
    input: () => ({ caseId: randomUUID(), caseVersion: 1, code: 'x', startDate: day }),
    personLevel: true,
  },
  'interventions.update': {
    allowed: STAFF,
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'interventions.end': {
    allowed: STAFF,
    input: () => ({ id: randomUUID(), version: 1, endDate: day }),
    personLevel: true,
  },
  'followUps.record': {
    allowed: STAFF,
    input: () => ({
      interventionId: randomUUID(),
      interventionVersion: 1,
      date: day,
      outcome: 'continue',
      childHeard: true,
    }),
    personLevel: true,
  },
  'plans.save': {
    allowed: STAFF,
    input: () => ({
      caseId: randomUUID(),
      purpose: 'p',
      goals: ['g'],
      timeFrameFrom: day,
      timeFrameTo: day,
    }),
    personLevel: true,
  },
  'plans.publish': {
    allowed: STAFF,
    input: () => ({ planId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'plans.myChildren': { allowed: PARENT, input: none, personLevel: true },
  'plans.parentView': {
    allowed: PARENT,
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  'plans.addComment': {
    allowed: PARENT,
    input: () => ({ childId: randomUUID(), body: 'b' }),
    personLevel: true,
  },
  'plans.confirmRead': {
    allowed: PARENT,
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  // Names caseworkers and lists children with overdue follow-ups.
  'caseload.overview': { allowed: STAFF, input: () => ({}), personLevel: true },
  'businessCases.list': { allowed: LEADERS, input: none, personLevel: false },
  'businessCases.get': {
    allowed: LEADERS,
    input: () => ({ id: randomUUID() }),
    personLevel: false,
  },
  'businessCases.scenario': {
    allowed: LEADERS,
    input: () => {
      const r = { low: 0, likely: 0, high: 0 };
      return {
        businessCaseId: randomUUID(),
        stepDown: r,
        stepUp: r,
        placementInflow: r,
        rampUpMonths: r,
      };
    },
    personLevel: false,
  },
  'businessCases.evaluate': {
    allowed: LEADERS,
    input: () => ({ definition: {} }),
    personLevel: false,
  },
  'businessCases.save': { allowed: LEADERS, input: () => ({ definition: {} }), personLevel: false },
  'businessCases.versions': {
    allowed: LEADERS,
    input: () => ({ id: randomUUID() }),
    personLevel: false,
  },
  'businessCases.compare': {
    allowed: LEADERS,
    input: () => ({ id: randomUUID(), from: 1, to: 2 }),
    personLevel: false,
  },
  'notifications.byYear': { allowed: AGGREGATE, input: none, personLevel: false },
  'spend.byYear': { allowed: AGGREGATE, input: none, personLevel: false },
  'kpi.board': { allowed: AGGREGATE, input: () => ({}), personLevel: false },
  // Imports check case ids against the caller's scope, so they are person-level; a file
  // without the required columns is refused before anything is written.
  'imports.template': { allowed: LEADERS, input: () => ({ kind: 'children' }), personLevel: false },
  'imports.dryRun': {
    allowed: LEADERS,
    input: () => ({ kind: 'interventions', csv: 'case_id,code\n' }),
    personLevel: true,
  },
  'imports.run': {
    allowed: LEADERS,
    input: () => ({ kind: 'interventions', csv: 'case_id,code\n', idempotencyKey: randomUUID() }),
    personLevel: true,
  },
  'audit.forChild': {
    allowed: ['administrator'],
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  'staff.list': { allowed: LEADERS, input: none, personLevel: false },
  // An e-mail that is taken: allowed callers get BAD_REQUEST, so the matrix writes nothing.
  'staff.create': {
    allowed: ADMIN,
    input: () => ({ name: 'Matrix', email: ROLE_LOGINS.teamLeader, role: 'administrator' }),
    personLevel: false,
  },
  'staff.update': {
    allowed: LEADERS,
    input: () => ({ id: randomUUID(), version: 1, fte: 0.5 }),
    personLevel: false,
  },
  'staff.deactivate': {
    allowed: ADMIN,
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: false,
  },
  'staff.loginSettings': { allowed: ADMIN, input: none, personLevel: false },
  // Setting the default again changes nothing.
  'staff.setPasswordLogin': {
    allowed: ADMIN,
    input: () => ({ enabled: true }),
    personLevel: false,
  },
  'teams.list': { allowed: LEADERS, input: none, personLevel: false },
  // An empty name: allowed callers get BAD_REQUEST, so no team is created.
  'teams.create': { allowed: ADMIN, input: () => ({ name: '' }), personLevel: false },
  'teams.rename': {
    allowed: ADMIN,
    input: () => ({ id: randomUUID(), version: 1, name: 'Matrix' }),
    personLevel: false,
  },
  'teams.retire': {
    allowed: ADMIN,
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: false,
  },
  'guardians.list': { allowed: STAFF, input: () => ({ childId: randomUUID() }), personLevel: true },
  'guardians.add': {
    allowed: STAFF,
    input: () => ({ childId: randomUUID(), name: 'Matrix', relation: 'mor', custody: true }),
    personLevel: true,
  },
  'guardians.update': {
    allowed: STAFF,
    input: () => ({ id: randomUUID(), version: 1, portalAccess: true }),
    personLevel: true,
  },
  'guardians.remove': {
    allowed: STAFF,
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: true,
  },
};
