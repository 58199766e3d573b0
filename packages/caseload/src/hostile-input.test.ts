import { describe, expect, it } from 'vitest';
import { describeHostileInput, type ExportCase } from '../../../test-support/hostile-input';
import * as api from './index';

const input = () => ({
  caseworkers: [
    { id: 'anna', team: 'north', fte: 0.5, leave: [{ from: '2024-06-01', to: '2024-06-14' }] },
  ],
  children: [{ id: 'c1' }, { id: 'c2' }],
  cases: [
    { id: 'k1', childId: 'c1', opened: '2024-01-01', closed: null },
    { id: 'k2', childId: 'c2', opened: '2024-02-01' },
  ],
  assignments: [
    { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01' },
    { childId: 'c2', caseworkerId: 'anna', from: '2024-02-01', to: '2024-12-31' },
  ],
  interventions: [
    { id: 'i1', childId: 'c1', code: 'foster-family', start: '2024-01-10' },
    { id: 'i2', childId: 'c2', code: 'contact-person', start: '2024-02-10', end: '2024-07-31' },
  ],
  followUps: [{ interventionId: 'i1', date: '2024-04-01' }],
  actionPlans: [{ childId: 'c1', date: '2024-01-05' }],
  childAssessments: [{ childId: 'c1', started: '2024-01-01', completed: '2024-03-20' }],
  reassessments: [{ childId: 'c1', date: '2024-05-01' }],
});
const norms = () => ({
  municipality: { target: 25, max: 30, weights: { placement: 1.5 } },
  teams: { north: { target: 24 } },
});
const rules = () => ({
  version: 'test-1',
  dueSoonDays: 14,
  escalateAfterDays: 30,
  rules: [
    { kind: 'followUp', firstAfterDays: 60, everyDaysByCode: { 'foster-family': 90 } },
    { kind: 'stepReassessment' },
    { kind: 'actionPlan', exemptSteps: ['universal'] },
    { kind: 'childAssessment', months: 4 },
  ],
});
const assignments = () => [
  { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01', to: '2024-03-31' },
  { childId: 'c1', caseworkerId: 'bo', from: '2024-04-01' },
];

const closedCase = () => ({
  status: 'closed',
  openedOn: '2018-01-01',
  closedOn: '2019-03-31',
  legalHold: false,
});

/** How to call every export; the type fails to compile when an export has no entry. */
const cases = {
  caseloads: { args: () => [input(), '2024-08-01', norms()] },
  deadlines: { args: () => [input(), rules(), '2024-08-01'] },
  violations: { args: () => [input(), norms(), rules(), '2024-08-01'] },
  caseworkerChanges: { args: () => [assignments(), '2024-01-01', '2024-12-31'] },
  caseloadStatus: { args: () => [28, { target: 25, max: 30 }] },
  requiredCaseworkers: { args: () => [144, 24] },
  caseloadScenario: {
    args: () => [
      { openCases: 962.5, caseworkers: 17.5, targetCaseload: 25, annualCostPerCaseworker: 500_000 },
    ],
  },
  defineCaseloadNorms: { args: () => [norms()] },
  defineFollowUpRules: { args: () => [rules()] },
  normFor: { args: () => [api.defineCaseloadNorms(norms()), 'north'], trusted: [0] },
  danishDate: { args: () => [new Date('2024-06-30T22:30:00Z')] },
  assessmentDeadline: { args: () => [new Date('2024-03-30T10:00:00+01:00')] },
  assessmentClock: {
    args: () => [new Date('2024-05-01T08:00:00Z'), new Date('2024-05-02T06:30:00Z'), null, 240],
  },
  receiptDeadline: { args: () => [new Date('2024-12-20T09:00:00+01:00'), { christmasEve: true }] },
  childAssessmentDeadline: { args: () => ['2024-10-31', 4] },
  easterSunday: { args: () => [2024] },
  danishHolidays: { args: () => [2023, { constitutionDay: true }] },
  isWorkingDay: { args: () => ['2024-04-01', {}] },
  addWorkingDays: { args: () => ['2024-03-27', 6, { newYearsEve: true }] },
  workingDaysBetween: { args: () => ['2024-12-20', '2024-12-30', {}] },
  parseCpr: { args: () => ['150318-4321'] },
  maskCpr: { args: () => ['1503184321'] },
  danishLongDate: { args: () => ['2027-01-28'] },
  receiptText: {
    args: () => [
      { reporterName: 'Lene Holm', receivedOn: '2024-05-02', municipalityName: 'Faxe Kommune' },
    ],
    // The letter quotes the names it is given; the text it writes itself is checked.
    call: (fn, [input]) => {
      const { reporterName, municipalityName } = input as api.ReceiptTextInput;
      let text = (fn as typeof api.receiptText)(input as api.ReceiptTextInput);
      for (const name of [reporterName?.trim(), municipalityName])
        if (name) text = text.replaceAll(name, '«name»');
      return text;
    },
  },
  defineRetentionPolicy: {
    args: () => [{ retentionYears: 10, mode: 'anonymise', youngPersonAccessAge: 15 }],
  },
  retentionEndsOn: { args: () => ['2020-02-29', 5] },
  retentionDecision: {
    args: () => [
      closedCase(),
      { retentionYears: 5, mode: 'delete', youngPersonAccessAge: 15 },
      '2024-04-01',
    ],
  },
  canReopen: {
    args: () => [
      closedCase(),
      { retentionYears: 5, mode: 'delete', youngPersonAccessAge: 15 },
      '2020-01-01',
    ],
  },
  closeProblems: {
    args: () => [
      { status: 'open', openedOn: '2024-01-10', closedOn: null, legalHold: false },
      '2024-01-09',
      '2024-06-01',
    ],
  },
  mayAskForOwnData: { args: () => ['2010-06-15', '2025-06-15', 15] },
  consentStatus: {
    args: () => [{ validFrom: '2025-01-01', validTo: '2025-12-31', revokedOn: null }, '2026-01-01'],
  },
  ASSESSMENT_HOURS: { value: 'a constant' },
  RECEIPT_WORKING_DAYS: { value: 'a constant' },
  DANISH_TIME_ZONE: { value: 'a constant' },
  CLOSE_REASONS: { value: 'a constant' },
  DEFAULT_RETENTION_POLICY: { value: 'a frozen constant' },
  ClosedDaysSchema: { value: 'a zod schema' },
  RetentionPolicySchema: { value: 'a zod schema' },
  CaseloadError: { value: 'an error class' },
  defaultCaseloadNorms: { value: 'a frozen constant' },
  defaultFollowUpRules: { value: 'a frozen constant' },
  FOLLOW_UP_RULE_KINDS: { value: 'a frozen constant' },
  ActionPlanRuleSchema: { value: 'a zod schema' },
  ChildAssessmentRuleSchema: { value: 'a zod schema' },
  FollowUpRuleSchema: { value: 'a zod schema' },
  FollowUpRulesSchema: { value: 'a zod schema' },
  RuleSchema: { value: 'a zod schema' },
  StepReassessmentRuleSchema: { value: 'a zod schema' },
  CaseloadNormSchema: { value: 'a zod schema' },
  CaseloadNormsSchema: { value: 'a zod schema' },
  CaseloadWeightsSchema: { value: 'a zod schema' },
  TeamNormSchema: { value: 'a zod schema' },
} satisfies Record<keyof typeof api, ExportCase>;

describeHostileInput(
  '@trappen/caseload',
  api,
  cases,
  (error) => error instanceof api.CaseloadError,
);

describe('the schemas', () => {
  it('reject NaN and Infinity in norms and rules', () => {
    expect(api.CaseloadNormSchema.safeParse({ target: Number.NaN }).success).toBe(false);
    expect(
      api.CaseloadWeightsSchema.safeParse({ placement: Number.POSITIVE_INFINITY }).success,
    ).toBe(false);
  });
});
