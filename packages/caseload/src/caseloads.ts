import type { IsoDate } from '@trappen/staircase';
import { asOfDay, type CaseIndex, type IndexedChild, indexInput } from './case-index';
import { type CaseloadStatus, caseloadStatus } from './caseload-status';
import { DayCache } from './day-cache';
import type { CaseloadInput } from './input';
import {
  type CaseloadNorm,
  type CaseloadNorms,
  type CaseloadNormsInput,
  defineCaseloadNorms,
  normFor,
} from './norms';

/**
 * Caseworkers by children per FTE: 0-9, 10-19, 20-29 and 30 or more.
 *
 * @example
 * ```ts
 * caseloads(input, '2024-06-01').municipality.distribution; // { '0-9': 3, '10-19': 12, '20-29': 30, '30+': 5 }
 * ```
 */
export interface CaseloadDistribution {
  '0-9': number;
  '10-19': number;
  '20-29': number;
  '30+': number;
}

/**
 * One caseworker's load on a date.
 *
 * @example
 * ```ts
 * const anna: CaseworkerLoad | undefined = caseloads(input, '2024-06-01').caseworkers.find((c) => c.caseworkerId === 'anna');
 * anna?.loadPerFte; // 28 (14 children at FTE 0.5)
 * ```
 */
export interface CaseworkerLoad {
  caseworkerId: string;
  team: string;
  fte: number;
  /** On leave on `asOf`: adds no capacity, and the children are flagged. */
  onLeave: boolean;
  /** Children with an open case assigned to the caseworker on `asOf`. */
  children: number;
  /** Their ids, in input order. */
  childIds: string[];
  /** Children weighted by the norm's weights. */
  weightedLoad: number;
  /** `children / fte`. */
  childrenPerFte: number;
  /** `weightedLoad / fte`: what the norm is measured against. */
  loadPerFte: number;
  /** The norm that applies (team override or municipality). */
  norm: CaseloadNorm;
  /** Status of `loadPerFte` against the norm, or `onLeave`. */
  status: CaseloadStatus | 'onLeave';
}

/**
 * Averages and distribution for a team or the whole municipality.
 *
 * @example
 * ```ts
 * const north: CaseloadSummary | undefined = caseloads(input, '2024-06-01').teams.find((t) => t.team === 'north');
 * north?.averagePerFte; // 24.5
 * ```
 */
export interface CaseloadSummary {
  /** Team id, or `null` for the municipality. */
  team: string | null;
  /** All caseworkers, including those on leave. */
  caseworkers: number;
  /** Caseworkers on leave on `asOf`. */
  onLeave: number;
  /** FTE of caseworkers not on leave: the capacity. */
  availableFte: number;
  /** Children assigned to the caseworkers (including those on leave: the work is still there). */
  children: number;
  /** Weighted children. */
  weightedLoad: number;
  /** `weightedLoad / availableFte`, or `null` without capacity. */
  averagePerFte: number | null;
  /** The norm that applies. */
  norm: CaseloadNorm;
  /** Status of the average, or `null` without capacity. */
  status: CaseloadStatus | null;
  /** Available caseworkers by children per FTE. */
  distribution: CaseloadDistribution;
}

/**
 * The result of {@link caseloads}.
 *
 * @example
 * ```ts
 * const report: CaseloadReport = caseloads(input, '2024-06-01');
 * report.unassignedChildren; // ['child-17']
 * ```
 */
export interface CaseloadReport {
  asOf: IsoDate;
  /** Every caseworker, in input order. */
  caseworkers: CaseworkerLoad[];
  /** One summary per team, in order of first appearance. */
  teams: CaseloadSummary[];
  /** The whole municipality. */
  municipality: CaseloadSummary;
  /** Children with an open case and no caseworker on `asOf`. */
  unassignedChildren: string[];
  /** Children whose only caseworkers are on leave on `asOf`. */
  childrenWithCaseworkerOnLeave: string[];
}

/** The weight a child counts with under a norm on a day. Internal: not exported from the package. */
export function childWeight(child: IndexedChild, norm: CaseloadNorm, day: number): number {
  const weights = norm.weights;
  if (!weights) return 1;
  let weight = 1;
  for (const item of child.interventions) {
    if (item.start > day || item.end < day) continue;
    const byStep = weights.byStep?.[item.step.id];
    const w = byStep ?? (item.step.isPlacement ? (weights.placement ?? 1) : 1);
    if (w > weight) weight = w;
  }
  return weight;
}

function bucket(distribution: CaseloadDistribution, childrenPerFte: number): void {
  if (childrenPerFte < 10) distribution['0-9'] += 1;
  else if (childrenPerFte < 20) distribution['10-19'] += 1;
  else if (childrenPerFte < 30) distribution['20-29'] += 1;
  else distribution['30+'] += 1;
}

function summarise(
  team: string | null,
  loads: CaseworkerLoad[],
  norm: CaseloadNorm,
): CaseloadSummary {
  const distribution: CaseloadDistribution = { '0-9': 0, '10-19': 0, '20-29': 0, '30+': 0 };
  let availableFte = 0;
  let onLeave = 0;
  let children = 0;
  let weightedLoad = 0;
  for (const load of loads) {
    children += load.children;
    weightedLoad += load.weightedLoad;
    if (load.onLeave) onLeave += 1;
    else {
      availableFte += load.fte;
      bucket(distribution, load.childrenPerFte);
    }
  }
  const averagePerFte = availableFte > 0 ? weightedLoad / availableFte : null;
  return {
    team,
    caseworkers: loads.length,
    onLeave,
    availableFte,
    children,
    weightedLoad,
    averagePerFte,
    norm,
    status: averagePerFte === null ? null : caseloadStatus(averagePerFte, norm),
    distribution,
  };
}

/** {@link caseloads} on an already indexed input. Internal: not exported from the package. */
export function caseloadsOf(index: CaseIndex, norms: CaseloadNorms): CaseloadReport {
  const day = index.day;
  const loads: CaseworkerLoad[] = [];
  const loadById = new Map<string, CaseworkerLoad>();
  for (const { record, onLeave } of index.caseworkers) {
    const norm = normFor(norms, record.team);
    const load: CaseworkerLoad = {
      caseworkerId: record.id,
      team: record.team,
      fte: record.fte,
      onLeave,
      children: 0,
      childIds: [],
      weightedLoad: 0,
      childrenPerFte: 0,
      loadPerFte: 0,
      norm,
      status: 'under',
    };
    loads.push(load);
    loadById.set(record.id, load);
  }

  const unassignedChildren: string[] = [];
  const childrenWithCaseworkerOnLeave: string[] = [];
  for (const child of index.children) {
    if (!child.open) continue;
    let assigned = 0;
    let available = 0;
    for (const caseworkerId of child.caseworkerIds ?? []) {
      const load = loadById.get(caseworkerId) as CaseworkerLoad;
      if (load.childIds[load.childIds.length - 1] === child.id) continue; // same child twice
      assigned += 1;
      if (!load.onLeave) available += 1;
      load.children += 1;
      load.childIds.push(child.id);
      load.weightedLoad += childWeight(child, load.norm, day);
    }
    if (assigned === 0) unassignedChildren.push(child.id);
    else if (available === 0) childrenWithCaseworkerOnLeave.push(child.id);
  }

  const byTeam = new Map<string, CaseworkerLoad[]>();
  for (const load of loads) {
    load.childrenPerFte = load.children / load.fte;
    load.loadPerFte = load.weightedLoad / load.fte;
    load.status = load.onLeave ? 'onLeave' : caseloadStatus(load.loadPerFte, load.norm);
    const team = byTeam.get(load.team);
    if (team) team.push(load);
    else byTeam.set(load.team, [load]);
  }
  return {
    asOf: index.days.iso(day),
    caseworkers: loads,
    teams: [...byTeam].map(([team, members]) => summarise(team, members, normFor(norms, team))),
    municipality: summarise(null, loads, norms.municipality),
    unassignedChildren,
    childrenWithCaseworkerOnLeave,
  };
}

/**
 * Caseload per caseworker, team and municipality on `asOf`: children with an open
 * case assigned that day, weighted by the norm and divided by FTE (a half-time
 * caseworker's children count double). Caseworkers on leave add no capacity; their
 * children are listed in `childrenWithCaseworkerOnLeave`. Linear in the input size.
 * Checks the tables it reads: caseworkers, children, cases and assignments, and the
 * interventions when the norms have weights; follow-up records are not read.
 *
 * @example
 * ```ts
 * const report = caseloads(input, '2024-06-01', { municipality: { target: 25, max: 30 } });
 * report.caseworkers[0]; // { caseworkerId: 'cw-anna', children: 14, fte: 0.5, loadPerFte: 28, status: 'overTarget', … }
 * report.municipality.distribution; // { '0-9': 3, '10-19': 12, '20-29': 30, '30+': 5 }
 * ```
 */
export function caseloads(
  input: CaseloadInput,
  asOf: IsoDate,
  norms: CaseloadNorms | CaseloadNormsInput = {},
): CaseloadReport {
  const days = new DayCache();
  const day = asOfDay(days, asOf);
  const validNorms = defineCaseloadNorms(norms);
  // Caseloads read no follow-up records, and interventions only to weigh children.
  const weighted = [validNorms.municipality, ...Object.values(validNorms.teams)].some(
    (norm) => norm.weights !== undefined,
  );
  return caseloadsOf(
    indexInput(input, day, days, { interventions: weighted, followUpRecords: false }),
    validNorms,
  );
}
