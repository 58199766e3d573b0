export {
  type CaseloadScenario,
  type CaseloadScenarioInput,
  caseloadScenario,
  requiredCaseworkers,
} from './capacity';
export { type CaseloadStatus, caseloadStatus } from './caseload-status';
export {
  type CaseloadDistribution,
  type CaseloadReport,
  type CaseloadSummary,
  type CaseworkerLoad,
  caseloads,
} from './caseloads';
export {
  type CaseworkerChangesReport,
  type ChildCaseworkerChanges,
  caseworkerChanges,
} from './caseworker-changes';
export { type Deadline, type DeadlineKind, type DeadlineStatus, deadlines } from './deadlines';
export { CaseloadError } from './errors';
export {
  type ActionPlanRule,
  ActionPlanRuleSchema,
  type ChildAssessmentRule,
  ChildAssessmentRuleSchema,
  defaultFollowUpRules,
  defineFollowUpRules,
  FOLLOW_UP_RULE_KINDS,
  type FollowUpRule,
  FollowUpRuleSchema,
  type FollowUpRules,
  type FollowUpRulesInput,
  FollowUpRulesSchema,
  type Rule,
  type RuleInput,
  type RuleKind,
  RuleSchema,
  type StepReassessmentRule,
  StepReassessmentRuleSchema,
} from './follow-up-rules';
export type {
  ActionPlan,
  Assignment,
  Case,
  CaseloadInput,
  Caseworker,
  Child,
  ChildAssessment,
  FollowUp,
  Intervention,
  LeavePeriod,
  StepReassessment,
} from './input';
export {
  type CaseloadNorm,
  type CaseloadNormInput,
  CaseloadNormSchema,
  type CaseloadNorms,
  type CaseloadNormsInput,
  CaseloadNormsSchema,
  type CaseloadWeights,
  CaseloadWeightsSchema,
  defaultCaseloadNorms,
  defineCaseloadNorms,
  normFor,
  type TeamNorm,
  TeamNormSchema,
} from './norms';
export {
  CLOSE_REASONS,
  type CloseReason,
  canReopen,
  closeProblems,
  consentStatus,
  DEFAULT_RETENTION_POLICY,
  defineRetentionPolicy,
  mayAskForOwnData,
  type RetentionCase,
  type RetentionPolicy,
  RetentionPolicySchema,
  retentionDecision,
  retentionEndsOn,
} from './retention';
export {
  type Violation,
  type ViolationKind,
  type ViolationSeverity,
  violations,
} from './violations';
