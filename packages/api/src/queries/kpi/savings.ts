import { type Database, queryRows, sql } from '@trappen/db';
import { DAYS_PER_CHILD_YEAR, type PlacementYear, realisedSavings } from '@trappen/kpi';
import {
  type BusinessCase,
  estimateTransitions,
  evaluateBusinessCase,
  simulate,
} from '@trappen/savings';
import { addDays, type IsoDate, type Staircase } from '@trappen/staircase';
import { loadChildHistories } from '../load-child-histories';

/** One year of projected against realised savings on the measures budget (DKK, + = saved). */
export interface SavingsYear {
  year: number;
  /** P10/P50/P90 of the simulated saving; `null` for years before the reform. */
  projected: { p10: number; p50: number; p90: number } | null;
  /** The saved business case's expected saving that year, when it covers the year. */
  businessCase: number | null;
  /**
   * Child-years in placement avoided against the pre-reform trend, priced at the
   * municipality's own rates, minus the year's investment (`@trappen/kpi`'s
   * `realisedSavings`); `null` before the reform or after the last complete year.
   */
  realised: number | null;
  /** What the placements would have cost that year without the reform (the bound on `realised`). */
  counterfactual: number | null;
}

/** Projected against realised savings, with what the projection rests on. */
export interface SavingsComparison {
  businessCaseName: string | null;
  baselineYear: number | null;
  draws: number;
  years: SavingsYear[];
}

const DRAWS = 2000;

/**
 * Projected (Monte Carlo P10-P90, on the server) against realised savings. The flow
 * model is estimated from the two years before the reform — the one place the board
 * reads intervention rows (code, dates, daily rate; no person data) into the server,
 * because `@trappen/savings` estimates from histories. Realised savings are the
 * board's own child-years per placement type (`placements`), avoided against the
 * pre-reform trend and priced at the catalogue's daily rates (`realisedSavings`). Heavy: `kpi.board` computes it once per data version and
 * day (`cachedBoard`), never per request.
 */
export async function savingsComparison(
  db: Database,
  municipalityId: string,
  staircase: Staircase,
  reformStart: IsoDate | null,
  lastDay: IsoDate,
  placements: readonly PlacementYear[],
): Promise<SavingsComparison> {
  const [saved] = await queryRows<{ name: string; definition: BusinessCase; version: number }>(
    db,
    sql`select name, definition, version from business_cases where municipality_id = ${municipalityId}
    order by updated_at desc limit 1`,
  );
  return computeSavings(db, municipalityId, staircase, reformStart, lastDay, saved, placements);
}

async function computeSavings(
  db: Database,
  municipalityId: string,
  staircase: Staircase,
  reformStart: IsoDate | null,
  lastDay: IsoDate,
  saved: { name: string; definition: BusinessCase; version: number } | undefined,
  placements: readonly PlacementYear[],
): Promise<SavingsComparison> {
  const result: SavingsComparison = {
    businessCaseName: saved?.name ?? null,
    baselineYear: null,
    draws: 0,
    years: [],
  };
  if (!reformStart) return result;
  const reformYear = Number(reformStart.slice(0, 4));
  const lastYear = Number(lastDay.slice(0, 4)) - (lastDay.endsWith('-12-31') ? 0 : 1);
  const before = placements.filter((p) => p.year < reformYear).map((p) => p.year);
  result.baselineYear = before.length > 0 ? Math.min(...before) : null;
  const plan = saved ? evaluateBusinessCase(saved.definition) : null;
  const investment = plan
    ? plan.byYear.reduce((sum, y) => sum + y.investment, 0) / Math.max(1, plan.byYear.length)
    : 0;

  const from = addDays(reformStart, -730);
  const to = addDays(reformStart, -1);
  const histories = await loadChildHistories(db, municipalityId, from, to);
  const years = Math.max(1, Math.max(lastYear, reformYear + 3) - reformYear + 1);
  let simulated: ReturnType<typeof simulate> | null = null;
  if (histories.length > 0) {
    const model = estimateTransitions(staircase, histories, { from, to });
    simulated = simulate(
      {
        model,
        years,
        firstYear: reformYear,
        stepDown: { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 },
        stepUp: { dist: 'triangular', min: -0.3, mode: -0.1, max: 0 },
        placementInflow: { dist: 'triangular', min: -0.2, mode: -0.05, max: 0.05 },
        rampUpMonths: { dist: 'triangular', min: 6, mode: 12, max: 24 },
        staffCostPerYear: {
          dist: 'triangular',
          min: investment * 0.9,
          mode: investment,
          max: investment * 1.15,
        },
      },
      { draws: DRAWS, seed: 2017 },
    );
    result.draws = DRAWS;
  }
  const realised = realisedSavings({
    years: placements.filter((p) => p.year <= lastYear),
    reformYear,
    ratePerChildYear: ratesOf(staircase),
    investment: (year) => plan?.byYear.find((y) => y.year === year)?.investment ?? 0,
  });
  const first = Math.min(reformYear - 1, placements[0]?.year ?? reformYear - 1);
  for (let year = first; year <= reformYear + years - 1; year += 1) {
    const sim = simulated?.years.find((y) => y.year === year);
    const actual = realised.find((y) => y.year === year);
    const planned = plan?.byYear.find((y) => y.year === year);
    result.years.push({
      year,
      projected: sim ? { p10: sim.saving.p10, p50: sim.saving.p50, p90: sim.saving.p90 } : null,
      businessCase: planned ? planned.savings : null,
      realised: actual ? actual.realised : null,
      counterfactual: actual ? actual.counterfactualSpend : null,
    });
  }
  return result;
}

/**
 * The municipality's own price of a child-year per placement type: the average daily
 * rate of its catalogue's interventions of that type, over a year.
 */
function ratesOf(staircase: Staircase): Record<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const entry of staircase.interventions) {
    const rate = entry.defaultDailyRate ?? 0;
    if (!entry.placementType || !(rate > 0)) continue;
    const s = sums.get(entry.placementType) ?? { total: 0, n: 0 };
    sums.set(entry.placementType, { total: s.total + rate, n: s.n + 1 });
  }
  return Object.fromEntries(
    [...sums].map(([type, s]) => [type, (s.total / s.n) * DAYS_PER_CHILD_YEAR]),
  );
}
