import type { CaseloadNorms } from '@trappen/caseload';
import {
  averageCaseload,
  followUpsOnTime,
  type KpiInput,
  notifications,
  placedChildren,
  placementMix,
  spendAgainstBudget,
  staircaseMovement,
  stepDistribution,
} from '@trappen/kpi';
import { PLACEMENT_TYPES, placementTypeInfo } from '@trappen/staircase';
import type { CaseloadRow } from '../average-caseload';
import type { RawKpis, ReportPeriod } from '../compute-kpis';
import type { FollowUpRow } from '../follow-ups-on-time';
import type { NotificationRow } from '../notifications';
import type { PlacedChildrenRow } from '../placed-children';
import type { PlacementMixRow } from '../placement-mix';
import type { SpendRow } from '../spend-against-budget';
import type { MovementRow } from '../staircase-movement';
import type { StepDistributionRow } from '../step-distribution';

/**
 * Test support: the `@trappen/kpi` reference for every period, in the row shapes the
 * SQL returns, so the two compare with one `toEqual` per KPI.
 */
export function expectedRows(
  input: KpiInput,
  periods: readonly ReportPeriod[],
  norms: CaseloadNorms,
): Omit<RawKpis, 'periods'> {
  const placed: PlacedChildrenRow[] = [];
  const mix: PlacementMixRow[] = [];
  const steps: StepDistributionRow[] = [];
  const movement: MovementRow[] = [];
  const caseload: CaseloadRow[] = [];
  const followUps: FollowUpRow[] = [];
  const notificationList: NotificationRow[] = [];
  const spend: SpendRow[] = [];
  const teamOf = new Map(input.children.map((c) => [c.id, c.team ?? null]));
  const teams = [...new Set(input.children.map((c) => c.team ?? null))];
  for (const period of periods) {
    const label = period.label;
    for (const team of teams) {
      const subset = {
        ...input,
        children: input.children.filter((c) => teamOf.get(c.id) === team),
      };
      const value = placedChildren(subset, period).value;
      for (const type of PLACEMENT_TYPES) {
        const children = value.byType[type];
        if (children > 0)
          placed.push({
            label,
            team,
            placementType: type,
            group: placementTypeInfo[type].group,
            children,
          });
      }
    }
    const m = placementMix(input, period).value;
    if (m.children > 0) {
      mix.push({
        label,
        level: 'total',
        placementType: null,
        group: null,
        days: m.days,
        children: m.children,
      });
      for (const [group, row] of Object.entries(m.byGroup))
        if (row.children > 0)
          mix.push({
            label,
            level: 'group',
            placementType: null,
            group,
            days: row.days,
            children: row.children,
          });
      for (const [type, row] of Object.entries(m.byType))
        if (row.children > 0)
          mix.push({
            label,
            level: 'type',
            placementType: type,
            group: row.group,
            days: row.days,
            children: row.children,
          });
    }
    const d = stepDistribution(input, period).value;
    for (const s of d.steps)
      if (s.children > 0) steps.push({ label, rank: s.rank, children: s.children });
    steps.push({ label, rank: 0, children: d.onNoStep });
    const mv = staircaseMovement(input, period).value;
    movement.push({
      label,
      down: mv.down,
      up: mv.up,
      unchanged: mv.unchanged,
      entered: mv.entered,
      exited: mv.exited,
    });
    const load = averageCaseload(input, period, norms).value;
    for (const row of [load.municipality, ...load.teams]) {
      caseload.push({
        label,
        team: row.team,
        caseworkers: row.caseworkers,
        availableFte: row.availableFte,
        children: row.children,
        weightedLoad: row.weightedLoad,
        overMax: row.overMax,
      });
    }
    const f = followUpsOnTime(input, period).value;
    followUps.push({ label, due: f.due, onTime: f.onTime });
    const n = notifications(input, period).value;
    const under = new Map<string, number>();
    for (const item of input.notifications ?? []) {
      if (item.received < period.from || item.received > period.to) continue;
      if (item.ageAtReceipt < 8) under.set(item.source, (under.get(item.source) ?? 0) + 1);
    }
    for (const s of n.bySource) {
      const u = under.get(s.source) ?? 0;
      notificationList.push({ label, source: s.source, underEight: u, eightAndOver: s.count - u });
    }
    expectSourceTotals(n.underEight, under);
    if (period.kind === 'year') {
      const money = spendAgainstBudget(input, Number(label)).value;
      if (money.accounts.length > 0) {
        spend.push({
          year: Number(label),
          account: null,
          spend: money.total.spend,
          budget: money.total.budget ?? 0,
        });
        for (const a of money.accounts)
          spend.push({
            year: Number(label),
            account: a.account,
            spend: a.spend,
            budget: a.budget ?? 0,
          });
      }
    }
  }
  return {
    placed,
    mix,
    steps,
    movement,
    caseload,
    followUps,
    notifications: notificationList,
    spend,
  };
}

function expectSourceTotals(underEight: number, bySource: Map<string, number>): void {
  let sum = 0;
  for (const n of bySource.values()) sum += n;
  if (sum !== underEight) throw new Error(`under-eight split ${sum} ≠ ${underEight}`);
}
