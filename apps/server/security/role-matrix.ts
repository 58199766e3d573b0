import { randomUUID } from 'node:crypto';
import { POLICY, type PolicyRole, type ProcedurePath } from '@trappen/api';
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
  /** The roles the procedure's rule in `POLICY` allows (the matrix reads them from there). */
  allowed: readonly MatrixRole[];
  /** Input for the call; ids are random so allowed mutations answer NOT_FOUND instead of writing. */
  input: (role: MatrixRole) => unknown;
  /** For an `open` rule: an input an anonymous caller is answered for (not refused). */
  anonymousInput?: () => unknown;
  /** Person-level: child or case data; council members must never reach it. */
  personLevel: boolean;
}

/** A municipality whose board the security suite makes public (the seed's second one). */
export const PUBLIC_BOARD_CODE = '0901';

const MATRIX_ROLE: Record<PolicyRole, MatrixRole> = {
  caseworker: 'caseworker',
  teamLeader: 'teamLeader',
  administrator: 'administrator',
  parent: 'parent',
  councilMember: 'council',
};
const none = () => undefined;
const day = '2025-01-15';

/**
 * The inputs per procedure, checked in and reviewed like code: every procedure of the
 * router must have one (`tsc` and the test fail on a new procedure without one).
 * `auth.logout` is called last by the test, since it ends the session.
 */
const INPUTS: Record<ProcedurePath, Omit<MatrixRow, 'allowed'>> = {
  'auth.login': {
    input: (role) => ({ email: ROLE_LOGINS[role], password: PASSWORD }),
    personLevel: false,
  },
  'auth.logout': { input: none, personLevel: false },
  'auth.me': { input: none, personLevel: false },
  'staircase.get': { input: none, personLevel: false },
  'cases.list': { input: () => ({}), personLevel: true },
  'cases.get': { input: () => ({ caseId: randomUUID() }), personLevel: true },
  'adminConfig.get': { input: none, personLevel: false },
  'adminConfig.saveRules': {
    input: () => ({ version: 999_999, caseloadNorm: { target: 25, max: 30 }, followUpRules: null }),
    personLevel: false,
  },
  'adminConfig.saveStaircase': {
    input: () => ({ version: 999_999, definition: {} }),
    personLevel: false,
  },
  'adminConfig.saveCatalogue': {
    input: () => ({ version: 999_999, change: { action: 'retire', code: 'no-such-code' } }),
    personLevel: false,
  },
  'cases.reassign': {
    input: () => ({ caseId: randomUUID(), caseworkerId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'interventions.add': {
    input: () => ({ caseId: randomUUID(), caseVersion: 1, code: 'x', startDate: day }),
    personLevel: true,
  },
  'interventions.update': {
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'interventions.end': {
    input: () => ({ id: randomUUID(), version: 1, endDate: day }),
    personLevel: true,
  },
  'followUps.record': {
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
    input: () => ({ planId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'plans.myChildren': { input: none, personLevel: true },
  'meetings.forCase': { input: () => ({ caseId: randomUUID() }), personLevel: true },
  'meetings.plan': {
    input: () => ({
      caseId: randomUUID(),
      date: '2025-07-10',
      startTime: '10:00',
      endTime: '11:00',
      place: 'Rådhuset',
    }),
    personLevel: true,
  },
  'meetings.move': {
    input: () => ({
      meetingId: randomUUID(),
      version: 1,
      date: '2025-07-10',
      startTime: '10:00',
      endTime: '11:00',
      place: 'Rådhuset',
    }),
    personLevel: true,
  },
  'meetings.cancel': {
    input: () => ({ meetingId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'meetings.next': { input: () => ({ childId: randomUUID() }), personLevel: true },
  'messages.list': { input: () => ({}), personLevel: false },
  'messages.retry': {
    input: () => ({ messageId: randomUUID() }),
    personLevel: false,
  },
  'messages.preferences': { input: none, personLevel: false },
  'messages.savePreferences': {
    input: () => ({
      email: true,
      sms: false,
      digitalPost: false,
      nonEssential: true,
      locale: 'da',
      phone: null,
      version: 999_999,
    }),
    personLevel: false,
  },
  'plans.parentView': {
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  'plans.addComment': {
    input: () => ({ childId: randomUUID(), body: 'b' }),
    personLevel: true,
  },
  'plans.confirmRead': {
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  // Names caseworkers and lists children with overdue follow-ups.
  'caseload.overview': { input: () => ({}), personLevel: true },
  'businessCases.list': { input: none, personLevel: false },
  'businessCases.get': {
    input: () => ({ id: randomUUID() }),
    personLevel: false,
  },
  'businessCases.scenario': {
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
    input: () => ({ definition: {} }),
    personLevel: false,
  },
  'businessCases.save': { input: () => ({ definition: {} }), personLevel: false },
  'businessCases.versions': {
    input: () => ({ id: randomUUID() }),
    personLevel: false,
  },
  'businessCases.compare': {
    input: () => ({ id: randomUUID(), from: 1, to: 2 }),
    personLevel: false,
  },
  'notifications.timeliness': { input: none, personLevel: false },
  'kpi.board': {
    input: () => ({}),
    anonymousInput: () => ({ municipalityCode: PUBLIC_BOARD_CODE }),
    personLevel: false,
  },
  // Imports check case ids against the caller's scope, so they are person-level; a file
  // without the required columns is refused before anything is written.
  'imports.template': { input: () => ({ kind: 'children' }), personLevel: false },
  'imports.dryRun': {
    input: () => ({ kind: 'interventions', csv: 'case_id,code\n' }),
    personLevel: true,
  },
  'imports.run': {
    input: () => ({ kind: 'interventions', csv: 'case_id,code\n', idempotencyKey: randomUUID() }),
    personLevel: true,
  },
  // Notification intake: allowed calls use unknown ids or a future time, so nothing is written.
  'notifications.receive': {
    input: () => ({
      receivedAt: '2999-01-01T00:00:00+01:00',
      source: 'school',
      reporter: null,
      child: { kind: 'existing', childId: randomUUID() },
      concern: 'c',
      violenceOrAbuse: false,
    }),
    personLevel: true,
  },
  'notifications.queue': { input: none, personLevel: true },
  'notifications.forCase': {
    input: () => ({ caseId: randomUUID() }),
    personLevel: true,
  },
  'notifications.assess': {
    input: () => ({
      notificationId: randomUUID(),
      version: 1,
      assessedAt: '2024-01-01T00:00:00+01:00',
      childInDanger: false,
      outcome: 'advice',
    }),
    personLevel: true,
  },
  'notifications.markReceiptSent': {
    input: () => ({ notificationId: randomUUID(), version: 1, sentOn: day }),
    personLevel: true,
  },
  'children.search': { input: () => ({ name: 'Ingen Sådan' }), personLevel: true },
  'cases.open': {
    input: () => ({
      child: { kind: 'existing', childId: randomUUID() },
      openedOn: day,
      caseworkerId: randomUUID(),
    }),
    personLevel: true,
  },
  'assessments.start': {
    input: () => ({ caseId: randomUUID(), startedOn: day }),
    personLevel: true,
  },
  'assessments.conclude': {
    input: () => ({
      assessmentId: randomUUID(),
      version: 1,
      concludedOn: day,
      conclusion: 'c',
      childView: 'v',
    }),
    personLevel: true,
  },
  'assessments.forCase': {
    input: () => ({ caseId: randomUUID() }),
    personLevel: true,
  },
  'audit.forChild': {
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  // Closing, retention, access and consent (issue 21). Random ids answer NOT_FOUND;
  // retention.run only removes the case hashes it is given, so a random one removes nothing.
  'cases.close': {
    input: () => ({ caseId: randomUUID(), version: 1, closedOn: day, reason: 'goalReached' }),
    personLevel: true,
  },
  'cases.reopen': {
    input: () => ({ caseId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'cases.setLegalHold': {
    input: () => ({ caseId: randomUUID(), version: 1, hold: true }),
    personLevel: true,
  },
  'cases.transferSummary': {
    input: () => ({ caseId: randomUUID() }),
    personLevel: true,
  },
  'retention.policy': { input: none, personLevel: false },
  'retention.savePolicy': {
    input: () => ({
      version: 999_999,
      retentionYears: 5,
      mode: 'delete',
      youngPersonAccessAge: 15,
    }),
    personLevel: false,
  },
  'retention.preview': { input: () => ({}), personLevel: false },
  'retention.run': {
    input: () => ({ caseHashes: ['0'.repeat(64)] }),
    personLevel: false,
  },
  'access.requesters': {
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  'access.export': {
    input: () => ({ childId: randomUUID(), requester: { kind: 'youngPerson' } }),
    personLevel: true,
  },
  'consents.record': {
    input: () => ({
      childId: randomUUID(),
      givenBy: 'youngPerson',
      partyKind: 'school',
      partyName: 'Skole',
      purpose: 'Trivsel',
      validFrom: day,
      validTo: day,
    }),
    personLevel: true,
  },
  'consents.revoke': {
    input: () => ({ consentId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'consents.forChild': {
    input: () => ({ childId: randomUUID() }),
    personLevel: true,
  },
  'consents.acknowledge': {
    input: () => ({ consentId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'consents.mine': { input: none, personLevel: true },
  'consents.revokeMine': {
    input: () => ({ consentId: randomUUID(), version: 1 }),
    personLevel: true,
  },
  'staff.list': { input: none, personLevel: false },
  // An e-mail that is taken: allowed callers get BAD_REQUEST, so the matrix writes nothing.
  'staff.create': {
    input: () => ({ name: 'Matrix', email: ROLE_LOGINS.teamLeader, role: 'administrator' }),
    personLevel: false,
  },
  'staff.update': {
    input: () => ({ id: randomUUID(), version: 1, fte: 0.5 }),
    personLevel: false,
  },
  'staff.deactivate': {
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: false,
  },
  'staff.loginSettings': { input: none, personLevel: false },
  // Setting the default again changes nothing.
  'staff.setPasswordLogin': {
    input: () => ({ enabled: true }),
    personLevel: false,
  },
  'teams.list': { input: none, personLevel: false },
  // An empty name: allowed callers get BAD_REQUEST, so no team is created.
  'teams.create': { input: () => ({ name: '' }), personLevel: false },
  'teams.rename': {
    input: () => ({ id: randomUUID(), version: 1, name: 'Matrix' }),
    personLevel: false,
  },
  'teams.retire': {
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: false,
  },
  'guardians.list': { input: () => ({ childId: randomUUID() }), personLevel: true },
  'guardians.add': {
    input: () => ({ childId: randomUUID(), name: 'Matrix', relation: 'mor', custody: true }),
    personLevel: true,
  },
  'guardians.update': {
    input: () => ({ id: randomUUID(), version: 1, portalAccess: true }),
    personLevel: true,
  },
  'guardians.remove': {
    input: () => ({ id: randomUUID(), version: 1 }),
    personLevel: true,
  },
};

/**
 * The role × procedure matrix: the inputs above with the roles each procedure's rule
 * allows. The suite checks that the server answers exactly these roles.
 */
export const ROLE_MATRIX: Record<string, MatrixRow> = Object.fromEntries(
  (Object.keys(INPUTS) as ProcedurePath[]).map((path) => [
    path,
    { ...INPUTS[path], allowed: POLICY[path].roles.map((role) => MATRIX_ROLE[role]) },
  ]),
);
