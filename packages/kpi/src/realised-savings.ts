/** One year of child-years in placement, per placement type (e.g. `fosterFamily`). */
export interface PlacementYear {
  year: number;
  childYears: Readonly<Record<string, number>>;
}

/** What realised savings are computed from. */
export interface RealisedSavingsInput {
  /** Child-years in placement per type, one entry per complete year, before and after the reform. */
  years: readonly PlacementYear[];
  /** The first year of the reform: the years before it make the trend. */
  reformYear: number;
  /** The municipality's own price of one child-year per placement type (DKK); unknown types cost 0. */
  ratePerChildYear: Readonly<Record<string, number>>;
  /** What the reform cost that year (DKK; staff, training), subtracted from the saving. */
  investment: (year: number) => number;
}

/** One year of realised savings. */
export interface RealisedSavingsYear {
  year: number;
  /** Child-years the pre-reform trend expects without the reform. */
  expectedChildYears: number;
  /** Child-years in placement that year. */
  actualChildYears: number;
  /** What the placements would have cost without the reform: the trend's child-years at the municipality's rates. */
  counterfactualSpend: number;
  /** What the placements cost: the actual child-years at the same rates. */
  actualSpend: number;
  /** The reform's cost that year. */
  investment: number;
  /** `counterfactualSpend − actualSpend − investment`: never more than `counterfactualSpend`. */
  realised: number;
}

/**
 * The expected child-years of a type in `year` without the reform: a least-squares line
 * through the pre-reform years when there are at least three, else their average;
 * never below 0.
 */
function trend(points: readonly [number, number][], year: number): number {
  if (points.length === 0) return 0;
  const n = points.length;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  if (n < 3) return Math.max(0, meanY);
  const sxx = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return Math.max(0, meanY + slope * (year - meanX));
}

/**
 * Realised savings the way a business case reasons: child-years in placement avoided
 * against the pre-reform trend, per placement type, priced with the municipality's
 * own rates, minus what the reform cost. For every year from the reform on:
 *
 * - expected child-years per type = the pre-reform trend (least squares through the
 *   years before the reform when there are three or more, else their average; ≥ 0);
 * - counterfactual spend = Σ expected × rate; actual spend = Σ actual × rate;
 * - realised = counterfactual − actual − investment.
 *
 * Since actual spend and investment are never negative, realised never exceeds the
 * counterfactual spend (what the municipality would have spent without the reform).
 * It is negative when the reform cost more than it avoided.
 *
 * @example
 * ```ts
 * realisedSavings({
 *   years: [{ year: 2016, childYears: { institution: 10 } }, { year: 2017, childYears: { institution: 8 } }],
 *   reformYear: 2017,
 *   ratePerChildYear: { institution: 1_000_000 },
 *   investment: () => 500_000,
 * })[0].realised; // 2 × 1.000.000 − 500.000 = 1.500.000
 * ```
 */
export function realisedSavings(input: RealisedSavingsInput): RealisedSavingsYear[] {
  const before = input.years.filter((y) => y.year < input.reformYear);
  const types = [...new Set(input.years.flatMap((y) => Object.keys(y.childYears)))].sort();
  const rate = (type: string) => {
    const r = input.ratePerChildYear[type] ?? 0;
    return Number.isFinite(r) && r > 0 ? r : 0;
  };
  const history = new Map(
    types.map((type) => [
      type,
      before.map((y) => [y.year, y.childYears[type] ?? 0] as [number, number]),
    ]),
  );
  return input.years
    .filter((y) => y.year >= input.reformYear)
    .map((y) => {
      let expectedChildYears = 0;
      let actualChildYears = 0;
      let counterfactualSpend = 0;
      let actualSpend = 0;
      for (const type of types) {
        const expected = trend(history.get(type) ?? [], y.year);
        const actual = Math.max(0, y.childYears[type] ?? 0);
        expectedChildYears += expected;
        actualChildYears += actual;
        counterfactualSpend += expected * rate(type);
        actualSpend += actual * rate(type);
      }
      const cost = input.investment(y.year);
      const investment = Number.isFinite(cost) && cost > 0 ? cost : 0;
      return {
        year: y.year,
        expectedChildYears,
        actualChildYears,
        counterfactualSpend,
        actualSpend,
        investment,
        realised: counterfactualSpend - actualSpend - investment,
      };
    });
}
