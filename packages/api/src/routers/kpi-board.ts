import type { Database } from '@trappen/db';
import {
  DAYS_PER_CHILD_YEAR,
  type DisclosedBoard,
  discloseBoard,
  KPI_DEFINITIONS,
  type PlacementYear,
} from '@trappen/kpi';
import type { RawKpis } from '../queries/kpi/compute-kpis';
import { computeKpis } from '../queries/kpi/compute-kpis';
import { loadKpiScope } from '../queries/kpi/load-kpi-scope';
import { savingsComparison } from '../queries/kpi/savings';
import { loadStaircase } from '../queries/load-staircase';
import type { KpiBoard } from './kpi-schemas';

/** Child-years per placement type in each complete year, from the board's own mix rows. */
function placementYears(raw: RawKpis): PlacementYear[] {
  const years = raw.periods.filter((p) => p.kind === 'year').map((p) => p.label);
  return years.map((label) => ({
    year: Number(label),
    childYears: Object.fromEntries(
      raw.mix
        .filter((r) => r.label === label && r.level === 'type' && r.placementType !== null)
        .map((r) => [r.placementType as string, r.days / DAYS_PER_CHILD_YEAR]),
    ),
  }));
}

/** Cells describing fewer children than this are hidden (Statistics Denmark's rule of 5). */
export const THRESHOLD = 5;

/**
 * The board as computed, before what each request adds (who may see it, when it was
 * computed). Every figure about children is the disclosure boundary's
 * (`DisclosedBoard`): a raw count there is a type error.
 */
export type ComputedBoard = Omit<KpiBoard, 'computedAt' | 'upToDate' | keyof DisclosedBoard> &
  DisclosedBoard;

/**
 * Computes a municipality's whole board: the KPI statements, the savings projection
 * and disclosure control. The slow part of `kpi.board`; callers cache it per data
 * version and day (`cachedBoard`). `isPublic` is left false: it is the caller's to set.
 */
export async function computeBoard(
  db: Database,
  municipalityId: string,
  today: string,
): Promise<ComputedBoard> {
  const loaded = await loadKpiScope(db, municipalityId, today);
  const staircase = await loadStaircase(db, municipalityId);
  const raw = await computeKpis(db, loaded.scope, loaded.norms);
  const savings = await savingsComparison(
    db,
    municipalityId,
    staircase,
    loaded.reformStart,
    loaded.scope.lastDay,
    placementYears(raw),
  );
  const published = discloseBoard(raw, {
    threshold: THRESHOLD,
    ranks: staircase.steps.map((s) => s.rank).sort((a, b) => a - b),
    teamNames: new Map(loaded.teams.map((t) => [t.id, t.name])),
    norms: {
      target: loaded.norms.municipality.target,
      max: loaded.norms.municipality.max,
      teams: loaded.norms.teams,
    },
  });
  return {
    municipality: {
      name: loaded.name,
      code: loaded.code,
      reformStart: loaded.reformStart,
      isPublic: false,
    },
    lastDay: loaded.scope.lastDay,
    periods: raw.periods,
    definitions: Object.fromEntries(
      Object.entries(KPI_DEFINITIONS).map(([id, d]) => [
        id,
        { name: d.name, definition: d.definition, source: d.source },
      ]),
    ),
    steps: [...staircase.steps]
      .sort((a, b) => a.rank - b.rank)
      .map((s) => ({ rank: s.rank, id: s.id, name: { da: s.name.da, en: s.name.en } })),
    ...published,
    savings,
  };
}
