import {
  defaultFollowUpRules,
  defineFollowUpRules,
  type FollowUpRules,
  type FollowUpRulesInput,
} from '@trappen/caseload';
import { indexStaircase, resolveHistory, toDayNumber } from '@trappen/staircase';
import { asKpiError } from './checked';
import { indexHistories } from './children';
import { type KpiResult, result } from './definitions';
import type { KpiInput } from './input';
import { checkedInput } from './input';
import { type Period, periodDayNumbers } from './period';

/**
 * Follow-up due dates in a period and how many were met.
 *
 * @example
 * ```ts
 * const f: FollowUpsOnTime = { due: 40, onTime: 30, late: 10, share: 0.75 };
 * ```
 */
export interface FollowUpsOnTime {
  /** Due dates that fell in the period. */
  due: number;
  /** Met: a follow-up documented on or before the due date. */
  onTime: number;
  /** Missed: `due − onTime`. */
  late: number;
  /** `onTime / due`; `null` when nothing was due. */
  share: number | null;
}

/**
 * The due dates of one intervention up to `horizon` and whether each was met, by the
 * rule of caseload's `deadlines`: on any day the next follow-up is due
 * `max(latest follow-up + cadence, start + first)`. A due date is met when a
 * follow-up on or before it moves the deadline past it. Internal.
 */
export function dueDates(
  start: number,
  end: number,
  cadence: number,
  firstAfter: number,
  followUpDays: readonly number[],
  horizon: number,
): { day: number; met: boolean }[] {
  const first = start + firstAfter;
  const days = followUpDays.filter((day) => day >= start).sort((a, b) => a - b);
  const out: { day: number; met: boolean }[] = [];
  const last = Math.min(end, horizon);
  let due = first;
  let i = 0;
  while (due <= last) {
    const next = days[i];
    if (next !== undefined && next <= due) {
      i += 1;
      const moved = Math.max(next + cadence, first);
      if (moved > due) {
        out.push({ day: due, met: true });
        due = moved;
      }
      continue;
    }
    out.push({ day: due, met: false });
    if (next === undefined) break;
    i += 1;
    due = Math.max(next + cadence, first);
  }
  return out;
}

/**
 * Follow-ups done on time: every follow-up due date in the period, for interventions
 * active on that day (not on a step the rule exempts) of children with an open case
 * that day, and the share met on or before the due date. Cadences come from the
 * rules (`everyDaysByCode`, else the catalogue's `followUpEveryDays`; the first after
 * `firstAfterDays`, else one cadence), exactly as caseload's `deadlines` uses them.
 *
 * @example
 * ```ts
 * followUpsOnTime(input, quarterPeriod(2019, 4)).value; // { due: 40, onTime: 30, late: 10, share: 0.75 }
 * ```
 */
export function followUpsOnTime(
  input: KpiInput,
  period: Period,
  rules: FollowUpRules | FollowUpRulesInput = defaultFollowUpRules,
): KpiResult<FollowUpsOnTime> {
  const valid = checkedInput(input);
  const { from, to } = periodDayNumbers(period);
  const { staircase, children } = indexHistories(valid);
  const rule = asKpiError(
    () => defineFollowUpRules(rules, staircase),
    ['rules'],
    'Invalid follow-up rules',
  ).followUp;
  const value: FollowUpsOnTime = { due: 0, onTime: 0, late: 0, share: null };
  if (!rule) return result('followUpsOnTime', period, value);
  const stairs = indexStaircase(staircase);
  const exempt = new Set(rule.exemptSteps);
  const followUps = new Map<string, number[]>();
  for (const f of valid.followUps ?? []) {
    const list = followUps.get(f.interventionId) ?? [];
    list.push(toDayNumber(f.date));
    followUps.set(f.interventionId, list);
  }
  const cases = new Map<string, { from: number; to: number }[]>();
  for (const c of valid.cases) {
    const closed = c.closed ? toDayNumber(c.closed) - 1 : Number.POSITIVE_INFINITY;
    const list = cases.get(c.childId) ?? [];
    list.push({ from: toDayNumber(c.opened), to: closed });
    cases.set(c.childId, list);
  }
  for (const { child, interventions } of children) {
    const open = cases.get(child.id) ?? [];
    for (const item of resolveHistory(staircase, interventions)) {
      const entry = stairs.entryByCode.get(item.record.code);
      if (!entry || exempt.has(entry.step)) continue;
      const cadence = rule.everyDaysByCode[entry.code] ?? entry.followUpEveryDays;
      const id = item.record.id ?? '';
      const due = dueDates(
        item.startDay,
        item.endDay,
        cadence,
        rule.firstAfterDays ?? cadence,
        followUps.get(id) ?? [],
        to,
      );
      for (const { day, met } of due) {
        if (day < from || !open.some((span) => span.from <= day && day <= span.to)) continue;
        value.due += 1;
        if (met) value.onTime += 1;
      }
    }
  }
  value.late = value.due - value.onTime;
  value.share = value.due > 0 ? value.onTime / value.due : null;
  return result('followUpsOnTime', period, value);
}
