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
