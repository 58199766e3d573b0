import {
  type CaseloadNorms,
  type CaseloadNormsInput,
  type CaseloadStatus,
  caseloads,
  defaultCaseloadNorms,
} from '@trappen/caseload';
import { asKpiError } from './checked';
import { type KpiResult, result } from './definitions';
import type { KpiInput } from './input';
import { checkedInput } from './input';
import { definePeriod, type Period } from './period';

/**
 * The average caseload of the municipality or one team against its norm.
 *
 * @example
 * ```ts
 * const row: CaseloadAverage = { team: null, averagePerFte: 27.5, target: 25, max: 30, status: 'overTarget', caseworkers: 8, availableFte: 7.5, children: 206, weightedLoad: 206.25, overMax: 1 };
 * ```
 */
export interface CaseloadAverage {
  /** Team id, or `null` for the municipality. */
  team: string | null;
  /** Children (weighted by the norm) per available full-time caseworker; `null` without capacity. */
  averagePerFte: number | null;
  /** The norm's target. */
  target: number;
  /** The norm's maximum. */
  max: number;
  /** The average against the norm; `null` without capacity. */
  status: CaseloadStatus | null;
  /** Caseworkers (including those on leave). */
  caseworkers: number;
  /** FTE of caseworkers not on leave. */
  availableFte: number;
  /** Children assigned. */
  children: number;
  /** The children weighted by the norm (equal to `children` without weights); `averagePerFte` is this over `availableFte`. */
  weightedLoad: number;
  /** Caseworkers not on leave over the maximum. */
  overMax: number;
}

/**
 * The municipality's and each team's average caseload.
 *
 * @example
 * ```ts
 * const value: AverageCaseload = averageCaseload(input, yearPeriod(2018)).value;
 * value.teams.length; // 3
 * ```
 */
export interface AverageCaseload {
  /** The whole municipality. */
  municipality: CaseloadAverage;
  /** One row per team, in order of first appearance. */
  teams: CaseloadAverage[];
}

/**
 * Average caseload against the norm on the last day of the period, computed by
 * caseload's `caseloads` (children with an open case per available full-time
 * caseworker, weighted as the norm says).
 *
 * @example
 * ```ts
 * averageCaseload(input, yearPeriod(2019), { municipality: { target: 25, max: 30 } }).value.municipality;
 * // { team: null, averagePerFte: 31.2, target: 25, max: 30, status: 'overMax', … }
 * ```
 */
export function averageCaseload(
  input: KpiInput,
  period: Period,
  norms: CaseloadNorms | CaseloadNormsInput = defaultCaseloadNorms,
): KpiResult<AverageCaseload> {
  const valid = checkedInput(input);
  const { to } = definePeriod(period);
  const report = asKpiError(() => caseloads(valid, to, norms), [], 'Invalid caseload norms');
  const overMax = new Map<string | null, number>();
  for (const load of report.caseworkers) {
    if (load.status !== 'overMax') continue;
    overMax.set(load.team, (overMax.get(load.team) ?? 0) + 1);
    overMax.set(null, (overMax.get(null) ?? 0) + 1);
  }
  const row = (summary: (typeof report)['municipality']): CaseloadAverage => ({
    team: summary.team,
    averagePerFte: summary.averagePerFte,
    target: summary.norm.target,
    max: summary.norm.max,
    status: summary.status,
    caseworkers: summary.caseworkers,
    availableFte: summary.availableFte,
    children: summary.children,
    weightedLoad: summary.weightedLoad,
    overMax: overMax.get(summary.team) ?? 0,
  });
  return result('averageCaseload', period, {
    municipality: row(report.municipality),
    teams: report.teams.map(row),
  });
}
