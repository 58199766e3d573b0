import type { IsoDate, LocalizedText } from '@trappen/staircase';
import { asOfDay, type IndexedIntervention, indexInput } from './case-index';
import { caseloadsOf } from './caseloads';
import { DayCache } from './day-cache';
import { type Deadline, type DeadlineKind, deadlinesOf } from './deadlines';
import {
  defineFollowUpRules,
  type FollowUpRules,
  type FollowUpRulesInput,
} from './follow-up-rules';
import type { CaseloadInput } from './input';
import { type CaseloadNorms, type CaseloadNormsInput, defineCaseloadNorms } from './norms';

/**
 * What a leader must act on.
 *
 * @example
 * ```ts
 * const kind: ViolationKind = 'missingActionPlan';
 * ```
 */
export type ViolationKind =
  | 'caseloadOverMax'
  | 'unassignedChild'
  | 'caseworkerOnLeave'
  | 'overdueFollowUp'
  | 'overdueReassessment'
  | 'missingActionPlan'
  | 'overdueChildAssessment';

/**
 * `critical` must be handled now; `warning` soon.
 *
 * @example
 * ```ts
 * const urgent = violations(input, {}, defaultFollowUpRules, '2024-06-01').filter((v) => v.severity === ('critical' satisfies ViolationSeverity));
 * ```
 */
export type ViolationSeverity = 'critical' | 'warning';

/**
 * One thing a leader must act on, explained in one sentence in Danish and English.
 *
 * @example
 * ```ts
 * const [first]: Violation[] = violations(input, {}, defaultFollowUpRules, '2024-06-01');
 * first?.explanation.da; // 'Sagsbehandler anna (team north) har 32 børn pr. fuldtidsstilling, over normens maksimum på 30.'
 * ```
 */
export interface Violation {
  kind: ViolationKind;
  severity: ViolationSeverity;
  childId?: string;
  caseworkerId?: string;
  team?: string;
  interventionId?: string;
  step?: string;
  dueDate?: IsoDate;
  daysOverdue?: number;
  /** One sentence in Danish (`da`) and English (`en`). */
  explanation: LocalizedText;
  /** The `version` of the follow-up rules that produced it. */
  rulesVersion: string;
}

const KIND_OF_DEADLINE: Record<DeadlineKind, ViolationKind> = {
  followUp: 'overdueFollowUp',
  stepReassessment: 'overdueReassessment',
  actionPlan: 'missingActionPlan',
  childAssessment: 'overdueChildAssessment',
};

const number = (value: number, lang: 'da' | 'en'): string => {
  const text = String(Math.round(value * 10) / 10);
  return lang === 'da' ? text.replace('.', ',') : text;
};
const daysDa = (n: number): string => `${n} ${n === 1 ? 'dag' : 'dage'}`;
const daysEn = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

function explainDeadline(
  deadline: Deadline,
  intervention: IndexedIntervention | undefined,
  stepName: LocalizedText | undefined,
): LocalizedText {
  const { childId: child, dueDate: due, daysOverdue: n } = deadline;
  const name = intervention?.entry.name ?? { da: 'indsatsen', en: 'the intervention' };
  switch (deadline.kind) {
    case 'followUp':
      return {
        da: `Opfølgningen på ${name.da} for barn ${child} skulle være sket senest ${due} og er ${daysDa(n)} forsinket.`,
        en: `The follow-up on ${name.en} for child ${child} was due by ${due} and is ${daysEn(n)} overdue.`,
      };
    case 'stepReassessment':
      return {
        da: `Barn ${child} er på trinnet "${stepName?.da ?? deadline.step}" uden en ny vurdering, som skulle være sket senest ${due} og er ${daysDa(n)} forsinket.`,
        en: `Child ${child} is on the step "${stepName?.en ?? deadline.step}" without a reassessment, which was due by ${due} and is ${daysEn(n)} overdue.`,
      };
    case 'actionPlan':
      return {
        da: `Indsatsen ${name.da} for barn ${child} startede ${due} uden en handleplan (${daysDa(n)} siden).`,
        en: `The measure ${name.en} for child ${child} started on ${due} without an action plan (${daysEn(n)} ago).`,
      };
    case 'childAssessment':
      return {
        da: `Den børnefaglige undersøgelse af barn ${child} skulle være afsluttet senest ${due} og er ${daysDa(n)} forsinket.`,
        en: `The child assessment of child ${child} was due by ${due} and is ${daysEn(n)} overdue.`,
      };
  }
}

/**
 * Everything a leader must act on, on `asOf`, most urgent first:
 *
 * | kind | severity |
 * |---|---|
 * | `caseloadOverMax`: a caseworker's load per FTE above the norm's max | critical |
 * | `unassignedChild`: an open case with no caseworker | critical |
 * | `caseworkerOnLeave`: every caseworker of the child is on leave | warning |
 * | `missingActionPlan`: a measure started without an action plan | critical |
 * | `overdueFollowUp`, `overdueReassessment`, `overdueChildAssessment` | warning, critical after `escalateAfterDays` |
 *
 * Each has a one-sentence explanation in Danish and English.
 *
 * @example
 * ```ts
 * const list = violations(input, { municipality: { target: 25, max: 30 } }, defaultFollowUpRules, '2024-06-01');
 * list[0].explanation.en;
 * // 'Caseworker cw-anna (team north) has 34 children per full-time post, above the norm's maximum of 30.'
 * ```
 */
export function violations(
  input: CaseloadInput,
  norms: CaseloadNorms | CaseloadNormsInput,
  rules: FollowUpRules | FollowUpRulesInput,
  asOf: IsoDate,
): Violation[] {
  const days = new DayCache();
  const day = asOfDay(days, asOf);
  const validNorms = defineCaseloadNorms(norms);
  const index = indexInput(input, day, days);
  const validRules = defineFollowUpRules(rules, index.staircase);
  const version = validRules.version;
  const iso = days.iso(day);
  const out: Violation[] = [];

  const report = caseloadsOf(index, validNorms);
  for (const load of report.caseworkers) {
    if (load.status !== 'overMax') continue;
    const { caseworkerId: id, team } = load;
    out.push({
      kind: 'caseloadOverMax',
      severity: 'critical',
      caseworkerId: id,
      team,
      explanation: {
        da: `Sagsbehandler ${id} (team ${team}) har ${number(load.loadPerFte, 'da')} børn pr. fuldtidsstilling, over normens maksimum på ${number(load.norm.max, 'da')}.`,
        en: `Caseworker ${id} (team ${team}) has ${number(load.loadPerFte, 'en')} children per full-time post, above the norm's maximum of ${number(load.norm.max, 'en')}.`,
      },
      rulesVersion: version,
    });
  }
  for (const child of report.unassignedChildren) {
    out.push({
      kind: 'unassignedChild',
      severity: 'critical',
      childId: child,
      explanation: {
        da: `Barn ${child} har en åben sag, men ingen sagsbehandler den ${iso}.`,
        en: `Child ${child} has an open case but no caseworker on ${iso}.`,
      },
      rulesVersion: version,
    });
  }
  if (report.childrenWithCaseworkerOnLeave.length > 0) {
    const onLeaveByChild = new Map<string, string[]>();
    for (const load of report.caseworkers) {
      if (!load.onLeave) continue;
      for (const child of load.childIds) {
        const list = onLeaveByChild.get(child);
        if (list) list.push(load.caseworkerId);
        else onLeaveByChild.set(child, [load.caseworkerId]);
      }
    }
    for (const child of report.childrenWithCaseworkerOnLeave) {
      for (const who of onLeaveByChild.get(child) ?? []) {
        out.push({
          kind: 'caseworkerOnLeave',
          severity: 'warning',
          childId: child,
          caseworkerId: who,
          explanation: {
            da: `Sagsbehandleren for barn ${child} (${who}) har orlov den ${iso}, så en anden skal varetage sagen.`,
            en: `The caseworker for child ${child} (${who}) is on leave on ${iso}, so someone else must cover the case.`,
          },
          rulesVersion: version,
        });
      }
    }
  }

  const overdue = deadlinesOf(index, validRules).filter((d) => d.status === 'overdue');
  const interventionById = new Map<string, IndexedIntervention>();
  if (overdue.length > 0) {
    for (const child of index.children) {
      for (const item of child.interventions) interventionById.set(item.record.id, item);
    }
  }
  for (const deadline of overdue) {
    const intervention =
      deadline.interventionId === undefined
        ? undefined
        : interventionById.get(deadline.interventionId);
    const step = deadline.step === undefined ? undefined : index.stairs.stepById.get(deadline.step);
    const severity: ViolationSeverity =
      deadline.kind === 'actionPlan' || deadline.daysOverdue > validRules.escalateAfterDays
        ? 'critical'
        : 'warning';
    const violation: Violation = {
      kind: KIND_OF_DEADLINE[deadline.kind],
      severity,
      childId: deadline.childId,
      dueDate: deadline.dueDate,
      daysOverdue: deadline.daysOverdue,
      explanation: explainDeadline(deadline, intervention, step?.name),
      rulesVersion: version,
    };
    if (deadline.interventionId !== undefined) violation.interventionId = deadline.interventionId;
    if (deadline.step !== undefined) violation.step = deadline.step;
    out.push(violation);
  }

  const rank = (v: Violation) => (v.severity === 'critical' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
}
