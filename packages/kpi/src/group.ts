import type { KpiInput } from './input';
import { checkedInput } from './input';

/**
 * The input of one district or team.
 *
 * @example
 * ```ts
 * const g: InputGroup = { group: 'pilot', input: subset };
 * ```
 */
export interface InputGroup {
  /** District or team; `null` for children without one. */
  group: string | null;
  /** The rows about the group's children. */
  input: KpiInput;
}

/**
 * Splits the input by the children's district or team, so any KPI can be computed
 * per group (Herning's pilot vs comparison districts). Every row about a child goes
 * with the child; caseworkers and the staircase are kept whole; notifications go
 * by their child's group, else by their own `district`. Spend and budget are not per
 * child and are left out of the groups. Groups are sorted by name, `null` last.
 *
 * @example
 * ```ts
 * for (const { group, input: part } of groupInput(input, 'district')) {
 *   console.log(group, placedChildren(part, yearPeriod(2018)).value.count);
 * }
 * ```
 */
export function groupInput(input: KpiInput, by: 'district' | 'team'): InputGroup[] {
  const valid = checkedInput(input);
  const groupOf = new Map<string, string | null>();
  for (const child of valid.children) groupOf.set(child.id, child[by] ?? null);
  const interventionGroup = new Map<string, string | null>();
  for (const i of valid.interventions) interventionGroup.set(i.id, groupOf.get(i.childId) ?? null);
  const groups = new Set<string | null>(groupOf.values());
  const notificationGroup = (n: NonNullable<KpiInput['notifications']>[number]): string | null => {
    if (n.childId && groupOf.has(n.childId)) return groupOf.get(n.childId) ?? null;
    return by === 'district' ? (n.district ?? null) : null;
  };
  for (const n of valid.notifications ?? []) groups.add(notificationGroup(n));
  const sorted = [...groups].sort((a, b) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
  );
  return sorted.map((group) => {
    const mine = (row: { childId: string }): boolean =>
      (groupOf.get(row.childId) ?? null) === group;
    const part: KpiInput = {
      caseworkers: valid.caseworkers,
      children: valid.children.filter((c) => (c[by] ?? null) === group),
      cases: valid.cases.filter(mine),
      assignments: valid.assignments.filter(mine),
      interventions: valid.interventions.filter(mine),
      followUps: valid.followUps?.filter((f) => interventionGroup.get(f.interventionId) === group),
      actionPlans: valid.actionPlans?.filter(mine),
      childAssessments: valid.childAssessments?.filter(mine),
      reassessments: valid.reassessments?.filter(mine),
      notifications: valid.notifications?.filter((n) => notificationGroup(n) === group),
    };
    if (valid.staircase) part.staircase = valid.staircase;
    return { group, input: part };
  });
}
