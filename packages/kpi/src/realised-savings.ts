import type { ValidationIssue } from '@trappen/staircase';
import { KpiError } from './errors';

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

/** The largest child-years of one type, rate or investment taken; larger is a data error. */
const MAX_CHILD_YEARS = 1e6;
const MAX_AMOUNT = 1e15;

function isYear(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 1900 && (value as number) <= 2200;
}

function inRange(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;
}

/** Every problem of the input (O(years × types)), as a {@link KpiError}. */
function checkInput(input: RealisedSavingsInput): void {
  const issues: ValidationIssue[] = [];
  const seen = new Set<number>();
  input.years.forEach((y, i) => {
    if (!isYear(y.year))
      issues.push({
        path: ['years', i, 'year'],
        message: 'must be a year from 1900 to 2200',
        value: y.year,
      });
    else if (seen.has(y.year))
      issues.push({ path: ['years', i, 'year'], message: 'must appear once', value: y.year });
    seen.add(y.year);
    for (const [type, childYears] of Object.entries(y.childYears))
      if (!inRange(childYears, MAX_CHILD_YEARS))
        issues.push({
          path: ['years', i, 'childYears', type],
          message: `must be a number of child-years from 0 to ${MAX_CHILD_YEARS}`,
          value: childYears,
        });
  });
  if (!isYear(input.reformYear))
    issues.push({
      path: ['reformYear'],
      message: 'must be a year from 1900 to 2200',
      value: input.reformYear,
    });
  for (const [type, rate] of Object.entries(input.ratePerChildYear))
    if (!inRange(rate, MAX_AMOUNT))
      issues.push({
        path: ['ratePerChildYear', type],
        message: `must be an amount from 0 to ${MAX_AMOUNT} DKK`,
        value: rate,
      });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid realised-savings input');
}

/** The reform's cost in `year`: negative costs count as 0; NaN, Infinity or a huge one is refused. */
function investmentIn(input: RealisedSavingsInput, year: number): number {
  const cost = input.investment(year);
  if (typeof cost !== 'number' || !Number.isFinite(cost) || cost > MAX_AMOUNT)
    throw new KpiError(
      [
        {
          path: ['investment', year],
          message: `must be a finite amount up to ${MAX_AMOUNT} DKK`,
          value: cost,
        },
      ],
      'Invalid realised-savings input',
    );
  return Math.max(0, cost);
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
 *
 * @throws {KpiError} listing every year that is not a year (1900–2200) or repeats,
 * child-years or rates that are negative, NaN, infinite or out of range; and for an
 * investment that is NaN, infinite or above 10^15 DKK (a negative one counts as 0).
 */
export function realisedSavings(input: RealisedSavingsInput): RealisedSavingsYear[] {
  checkInput(input);
  const before = input.years.filter((y) => y.year < input.reformYear);
  const types = [...new Set(input.years.flatMap((y) => Object.keys(y.childYears)))].sort();
  const rate = (type: string) => {
    return input.ratePerChildYear[type] ?? 0;
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
        const actual = y.childYears[type] ?? 0;
        expectedChildYears += expected;
        actualChildYears += actual;
        counterfactualSpend += expected * rate(type);
        actualSpend += actual * rate(type);
      }
      const investment = investmentIn(input, y.year);
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
