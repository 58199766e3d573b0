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
export { type CprProblem, type InvalidCpr, maskCpr, parseCpr, type ValidCpr } from './cpr';
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
  ASSESSMENT_HOURS,
  type AssessmentClock,
  type AssessmentClockStatus,
  assessmentClock,
  assessmentDeadline,
  childAssessmentDeadline,
  DANISH_TIME_ZONE,
  danishDate,
  RECEIPT_WORKING_DAYS,
  receiptDeadline,
} from './notification-clock';
export { danishLongDate, type ReceiptTextInput, receiptText } from './receipt-text';
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
export {
  addWorkingDays,
  type ClosedDays,
  type ClosedDaysInput,
  ClosedDaysSchema,
  danishHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';
