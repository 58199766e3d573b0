import type { CaseloadNorms } from '@trappen/caseload';
import type { Database } from '@trappen/db';
import { periodLabel, quartersOf, yearPeriod } from '@trappen/kpi';
import { type CaseloadRow, caseloadRows } from './average-caseload';
import { type FollowUpRow, followUpRows } from './follow-ups-on-time';
import { type NotificationRow, notificationRows } from './notifications';
import { type PlacedChildrenRow, placedChildrenRows } from './placed-children';
import { type PlacementMixRow, placementMixRows } from './placement-mix';
import type { KpiScope } from './scope';
import { type SpendRow, spendRows } from './spend-against-budget';
import { type MovementRow, movementRows } from './staircase-movement';
import { type StepDistributionRow, stepDistributionRows } from './step-distribution';

/** A reporting period of the window. */
export interface ReportPeriod {
  label: string;
  kind: 'year' | 'quarter';
  from: string;
  to: string;
}

/** Every KPI of the window as SQL aggregates, before disclosure control. */
export interface RawKpis {
  periods: ReportPeriod[];
  placed: PlacedChildrenRow[];
  mix: PlacementMixRow[];
  steps: StepDistributionRow[];
  movement: MovementRow[];
  caseload: CaseloadRow[];
  followUps: FollowUpRow[];
  notifications: NotificationRow[];
  spend: SpendRow[];
}

/** The years and quarters of the window that have ended by `lastDay`, as the SQL lists them. */
export function reportPeriods(scope: KpiScope): ReportPeriod[] {
  const periods: ReportPeriod[] = [];
  for (let year = scope.firstYear; year <= Number(scope.lastDay.slice(0, 4)); year += 1) {
    for (const [kind, period] of [
      ['year', yearPeriod(year)] as const,
      ...quartersOf(year).map((q) => ['quarter', q] as const),
    ]) {
      if (period.to <= scope.lastDay) periods.push({ label: periodLabel(period), kind, ...period });
    }
  }
  return periods;
}

/**
 * Runs every KPI query for the scope. Each is one SQL statement with aggregates; no
 * case rows reach JavaScript.
 */
export async function computeKpis(
  db: Database,
  scope: KpiScope,
  norms: CaseloadNorms,
): Promise<RawKpis> {
  // One after another: PGlite serialises anyway, and a pool stays free for other requests.
  const placed = await placedChildrenRows(db, scope);
  const mix = await placementMixRows(db, scope);
  const steps = await stepDistributionRows(db, scope);
  const movement = await movementRows(db, scope);
  const caseload = await caseloadRows(db, scope, norms);
  const followUps = await followUpRows(db, scope);
  const notifications = await notificationRows(db, scope);
  const spend = await spendRows(db, scope);
  return {
    periods: reportPeriods(scope),
    placed,
    mix,
    steps,
    movement,
    caseload,
    followUps,
    notifications,
    spend,
  };
}
