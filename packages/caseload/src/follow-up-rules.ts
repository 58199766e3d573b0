import {
  fromZodIssues,
  indexStaircase,
  type Staircase,
  type ValidationIssue,
} from '@trappen/staircase';
import { z } from 'zod';
import { CaseloadError } from './errors';

const days = z.number().int().positive().max(3660);
const stepIds = z.array(z.string().min(1)).max(50);

/**
 * Follow-up on every active intervention: the first one `firstAfterDays` after the
 * start (default: the intervention's cadence), then every cadence days after the
 * latest. The cadence is the catalogue's `followUpEveryDays` (default quarterly, 91)
 * unless `everyDaysByCode` overrides it.
 *
 * @example
 * ```ts
 * FollowUpRuleSchema.parse({ kind: 'followUp', everyDaysByCode: { 'contact-person': 30 } }).exemptSteps; // []
 * ```
 */
export const FollowUpRuleSchema = z.strictObject({
  kind: z.literal('followUp'),
  /** Days from the start to the first follow-up; default: the cadence. */
  firstAfterDays: days.optional(),
  /** Cadence overrides by intervention code. */
  everyDaysByCode: z.record(z.string().min(1), days).default({}),
  /** Steps whose interventions need no follow-up (e.g. `universal`). */
  exemptSteps: stepIds.default([]),
});

/**
 * The six-month rule: a child on a step is reassessed within the step's
 * `maxStayMonths` (default 6) of arriving or of the last reassessment.
 *
 * @example
 * ```ts
 * StepReassessmentRuleSchema.parse({ kind: 'stepReassessment' }); // { kind: 'stepReassessment', exemptSteps: [] }
 * ```
 */
export const StepReassessmentRuleSchema = z.strictObject({
  kind: z.literal('stepReassessment'),
  /** Steps exempt from the rule. */
  exemptSteps: stepIds.default([]),
});

/**
 * Every measure needs an action plan made on or before the day it starts.
 *
 * @example
 * ```ts
 * ActionPlanRuleSchema.parse({ kind: 'actionPlan' }).exemptSteps; // ['universal']
 * ```
 */
export const ActionPlanRuleSchema = z.strictObject({
  kind: z.literal('actionPlan'),
  /** Steps whose interventions need no plan (default: universal services). */
  exemptSteps: stepIds.default(['universal']),
});

/**
 * A child assessment must be completed within `months` of being started (default 4).
 *
 * @example
 * ```ts
 * ChildAssessmentRuleSchema.parse({ kind: 'childAssessment' }).months; // 4
 * ```
 */
export const ChildAssessmentRuleSchema = z.strictObject({
  kind: z.literal('childAssessment'),
  /** Months allowed (default 4). */
  months: z.number().int().positive().max(24).default(4),
});

/**
 * The rule kinds a municipality can configure.
 *
 * @example
 * ```ts
 * FOLLOW_UP_RULE_KINDS.includes('actionPlan'); // true
 * ```
 */
export const FOLLOW_UP_RULE_KINDS = [
  'followUp',
  'stepReassessment',
  'actionPlan',
  'childAssessment',
] as const;

/**
 * One configured rule, discriminated by `kind`.
 *
 * @example
 * ```ts
 * RuleSchema.safeParse({ kind: 'childAssessment', months: 0 }).success; // false
 * ```
 */
export const RuleSchema = z.discriminatedUnion('kind', [
  FollowUpRuleSchema,
  StepReassessmentRuleSchema,
  ActionPlanRuleSchema,
  ChildAssessmentRuleSchema,
]);

/**
 * A municipality's "standards for case handling" as versioned configuration: a
 * version label, the rules (each kind at most once; a kind left out is off), the
 * due-soon window and when an overdue deadline escalates to critical.
 *
 * @example
 * ```ts
 * FollowUpRulesSchema.parse({ version: 'v1', rules: [] }).dueSoonDays; // 14
 * ```
 */
export const FollowUpRulesSchema = z.strictObject({
  /** The municipality's version label for these rules, e.g. `faxe-2019.1`. */
  version: z.string().trim().min(1).max(64),
  /** A deadline within this many days (today included) is `dueSoon` (default 14). */
  dueSoonDays: z.number().int().min(0).max(365).default(14),
  /** An overdue deadline becomes a critical violation after this many days (default 30). */
  escalateAfterDays: z.number().int().min(0).max(3660).default(30),
  /** The rules. */
  rules: z.array(z.unknown()).max(20),
});

/**
 * A validated follow-up rule.
 *
 * @example
 * ```ts
 * const rule: FollowUpRule = { kind: 'followUp', everyDaysByCode: {}, exemptSteps: ['universal'] };
 * ```
 */
export type FollowUpRule = z.output<typeof FollowUpRuleSchema>;
/**
 * A validated step-reassessment rule.
 *
 * @example
 * ```ts
 * const rule: StepReassessmentRule = { kind: 'stepReassessment', exemptSteps: [] };
 * ```
 */
export type StepReassessmentRule = z.output<typeof StepReassessmentRuleSchema>;
/**
 * A validated action-plan rule.
 *
 * @example
 * ```ts
 * const rule: ActionPlanRule = { kind: 'actionPlan', exemptSteps: ['universal'] };
 * ```
 */
export type ActionPlanRule = z.output<typeof ActionPlanRuleSchema>;
/**
 * A validated child-assessment rule.
 *
 * @example
 * ```ts
 * const rule: ChildAssessmentRule = { kind: 'childAssessment', months: 4 };
 * ```
 */
export type ChildAssessmentRule = z.output<typeof ChildAssessmentRuleSchema>;
/**
 * Any validated rule.
 *
 * @example
 * ```ts
 * const kinds = defaultFollowUpRules.rules.map((rule: Rule) => rule.kind);
 * ```
 */
export type Rule = z.output<typeof RuleSchema>;
/**
 * Any rule as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: RuleInput = { kind: 'followUp' }; // defaults applied by defineFollowUpRules
 * ```
 */
export type RuleInput = z.input<typeof RuleSchema>;
/**
 * One of {@link FOLLOW_UP_RULE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: RuleKind = 'childAssessment';
 * ```
 */
export type RuleKind = Rule['kind'];

/**
 * Validated, frozen rules, as returned by {@link defineFollowUpRules}.
 *
 * @example
 * ```ts
 * const rules: FollowUpRules = defineFollowUpRules({ version: 'v1', rules: [{ kind: 'followUp' }] });
 * rules.followUp?.exemptSteps; // []
 * ```
 */
export interface FollowUpRules {
  readonly version: string;
  readonly dueSoonDays: number;
  readonly escalateAfterDays: number;
  readonly rules: readonly Readonly<Rule>[];
  /** Each configured rule by kind. */
  readonly followUp?: Readonly<FollowUpRule>;
  readonly stepReassessment?: Readonly<StepReassessmentRule>;
  readonly actionPlan?: Readonly<ActionPlanRule>;
  readonly childAssessment?: Readonly<ChildAssessmentRule>;
}

/**
 * Rules as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: FollowUpRulesInput = { version: 'solrod-2019', dueSoonDays: 7, rules: [{ kind: 'childAssessment', months: 4 }] };
 * ```
 */
export interface FollowUpRulesInput {
  version: string;
  dueSoonDays?: number;
  escalateAfterDays?: number;
  rules: readonly RuleInput[];
}

const KIND_SET: ReadonlySet<string> = new Set(FOLLOW_UP_RULE_KINDS);
const validated = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Validates follow-up rules and returns them frozen with defaults applied. Unknown
 * rule kinds, unknown fields, invalid numbers, a kind given twice and (when a
 * staircase is given) unknown intervention codes or step ids are all reported
 * together in one {@link CaseloadError}.
 *
 * @example
 * ```ts
 * const rules = defineFollowUpRules({
 *   version: 'faxe-2019.1',
 *   rules: [{ kind: 'followUp', everyDaysByCode: { 'contact-person': 30 } }, { kind: 'childAssessment', months: 4 }],
 * });
 * rules.childAssessment?.months; // 4
 * ```
 */
export function defineFollowUpRules(
  input: FollowUpRulesInput,
  staircase?: Staircase,
): FollowUpRules {
  if (input && typeof input === 'object' && validated.has(input)) {
    const rules = input as unknown as FollowUpRules;
    const issues = staircase ? referenceIssues(rules.rules, rules.rules, staircase) : [];
    if (issues.length > 0) throw new CaseloadError(issues, 'Invalid follow-up rules');
    return rules;
  }
  const issues: ValidationIssue[] = [];
  const parsed = FollowUpRulesSchema.safeParse(withoutKindShortcuts(input), { reportInput: true });
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
  const rules: Rule[] = [];
  const seen = new Set<string>();
  const given = (input as { rules?: unknown } | null)?.rules;
  const rawRules: unknown[] = Array.isArray(given) ? given : [];
  rawRules.forEach((raw, index) => {
    const kind = raw && typeof raw === 'object' ? (raw as { kind?: unknown }).kind : undefined;
    if (typeof kind !== 'string' || !KIND_SET.has(kind)) {
      issues.push({
        path: ['rules', index, 'kind'],
        message: `unknown rule kind; expected one of ${FOLLOW_UP_RULE_KINDS.join(', ')}`,
        value: kind,
      });
      return;
    }
    if (seen.has(kind)) {
      issues.push({
        path: ['rules', index, 'kind'],
        message: 'rule kind given twice',
        value: kind,
      });
    }
    seen.add(kind);
    const rule = RuleSchema.safeParse(raw, { reportInput: true });
    if (!rule.success) {
      for (const issue of fromZodIssues(rule.error.issues)) {
        issues.push({ ...issue, path: ['rules', index, ...issue.path] });
      }
      return;
    }
    rules.push(rule.data);
  });
  if (staircase) issues.push(...referenceIssues(rules, rawRules, staircase));
  if (issues.length > 0 || !parsed.success)
    throw new CaseloadError(issues, 'Invalid follow-up rules');

  const result: FollowUpRules = {
    version: parsed.data.version,
    dueSoonDays: parsed.data.dueSoonDays,
    escalateAfterDays: parsed.data.escalateAfterDays,
    rules,
    ...Object.fromEntries(rules.map((rule) => [rule.kind, rule])),
  };
  deepFreeze(result);
  validated.add(result);
  return result;
}

/**
 * A copy of validated rules (`{ ...defaultFollowUpRules, dueSoonDays: 7 }`) carries
 * the by-kind shortcuts (`followUp`, …) next to `rules`: drop those that are the very
 * rule objects in `rules`, so the copy validates; anything else stays and is rejected.
 */
function withoutKindShortcuts(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input;
  const record = input as Record<string, unknown>;
  const rules = Array.isArray(record.rules) ? record.rules : [];
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (KIND_SET.has(key) && rules.includes(value)) continue;
    copy[key] = value;
  }
  return copy;
}

function referenceIssues(
  rules: readonly Readonly<Rule>[],
  raw: readonly unknown[],
  staircase: Staircase,
): ValidationIssue[] {
  const { entryByCode, stepById } = indexStaircase(staircase);
  const issues: ValidationIssue[] = [];
  for (const rule of rules) {
    const index = raw.findIndex((item) => (item as { kind?: unknown })?.kind === rule.kind);
    if ('exemptSteps' in rule) {
      rule.exemptSteps.forEach((step, k) => {
        if (!stepById.has(step)) {
          issues.push({
            path: ['rules', index, 'exemptSteps', k],
            message: 'unknown step id',
            value: step,
          });
        }
      });
    }
    if (rule.kind === 'followUp') {
      for (const code of Object.keys(rule.everyDaysByCode)) {
        if (!entryByCode.has(code)) {
          issues.push({
            path: ['rules', index, 'everyDaysByCode', code],
            message: 'unknown intervention code',
            value: code,
          });
        }
      }
    }
  }
  return issues;
}

/**
 * The default rules (version `default-1`): follow-up at each intervention's catalogue
 * cadence (quarterly unless the catalogue says otherwise), the six-month step
 * reassessment, an action plan before every measure above universal services, child
 * assessments within 4 months, a 14-day due-soon window, critical after 30 days overdue.
 *
 * @example
 * ```ts
 * defaultFollowUpRules.rules.map((rule) => rule.kind);
 * // ['followUp', 'stepReassessment', 'actionPlan', 'childAssessment']
 * ```
 */
export const defaultFollowUpRules: FollowUpRules = defineFollowUpRules({
  version: 'default-1',
  rules: [
    { kind: 'followUp' },
    { kind: 'stepReassessment' },
    { kind: 'actionPlan' },
    { kind: 'childAssessment' },
  ],
});
