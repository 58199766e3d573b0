import { z } from 'zod';
import { DEFAULT_DISCOUNT_RATE, DiscountRateSchema } from '../discount';
import { SavingsError } from '../errors';
import { MAX_EXACT_ORE } from '../limits';
import { discounted, oreToDkk, roundHalf } from '../money-core';
import { validate } from '../validate';
import { businessCaseIssues } from './cross-checks';
import { lineAmountsOre } from './line-amounts';
import { type BusinessCase, BusinessCaseSchema } from './schema';

/**
 * One evaluated line: signed amounts per year (+ cost, − saving), in whole DKK.
 *
 * @example
 * ```ts
 * const line: EvaluatedLine = evaluateBusinessCase(herningBusinessCase).lines[0];
 * line.byYear; // [4620000, 4620000, 4620000, 4620000]
 * ```
 */
export interface EvaluatedLine {
  label: string;
  budgetArea: string;
  kind: 'investment' | 'saving';
  /** Signed amount per year, aligned with `years` (+ cost, − saving). */
  byYear: number[];
  /** Signed total over all years. */
  total: number;
}

/**
 * One year of an evaluated business case, in whole DKK (+ cost, − saving).
 *
 * @example
 * ```ts
 * const [first]: BusinessCaseYear[] = evaluateBusinessCase(herningBusinessCase).byYear;
 * first.cumulativeNet; // 3165000
 * ```
 */
export interface BusinessCaseYear {
  year: number;
  /** Signed total per budget area (+ cost, − saving). */
  byBudgetArea: Record<string, number>;
  /** Sum of investment lines (a magnitude). */
  investment: number;
  /** Sum of saving lines (a magnitude). */
  savings: number;
  /** `investment − savings`: positive is a net cost, negative a net saving. */
  net: number;
  /** Net summed from the first year up to this one. */
  cumulativeNet: number;
}

/**
 * The result of {@link evaluateBusinessCase}; every amount in whole DKK.
 *
 * @example
 * ```ts
 * const evaluation: BusinessCaseEvaluation = evaluateBusinessCase(herningBusinessCase);
 * evaluation.totals.net; // -10340000
 * ```
 */
export interface BusinessCaseEvaluation {
  name: string;
  /** The years covered, in order. */
  years: number[];
  /** Budget areas in order of first appearance among the lines. */
  budgetAreas: string[];
  /** The discount rate used for `npv`. */
  discountRate: number;
  /** Every line, expanded and signed. */
  lines: EvaluatedLine[];
  /** Per-year totals. */
  byYear: BusinessCaseYear[];
  /** Totals over all years. */
  totals: {
    byBudgetArea: Record<string, number>;
    investment: number;
    savings: number;
    net: number;
  };
  /** First year whose cumulative net is ≤ 0 (paid back), or `null` if none. */
  paybackYear: number | null;
  /** Net present value of the yearly nets, first year undiscounted (+ cost, − saving). */
  npv: number;
}

/**
 * Options for {@link evaluateBusinessCase}.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { discountRate: 0.04 };
 * evaluateBusinessCase(herningBusinessCase, options).npv;
 * ```
 */
export interface EvaluateOptions {
  /** Yearly discount rate for the NPV; default {@link DEFAULT_DISCOUNT_RATE} (3.5 %). */
  discountRate?: number;
}

const OptionsSchema = z.object({ discountRate: DiscountRateSchema.default(DEFAULT_DISCOUNT_RATE) });

/** Øre to whole kroner, half away from zero. */
const kroner = (ore: number): number => roundHalf(oreToDkk(ore));

/**
 * Evaluates a business case exactly: all sums are kept in integer øre and rounded to
 * whole kroner (half away from zero) only for the result. Per year it gives the total
 * per budget area, investment, savings, net and cumulative net; then the payback year
 * and the net present value at `discountRate` (default 3.5 %).
 *
 * @throws {SavingsError} listing every problem (negative amounts, end before start,
 * years outside the case, a negative discount rate …).
 *
 * @example
 * ```ts
 * const result = evaluateBusinessCase(herningBusinessCase);
 * result.byYear.map((year) => year.net); // [3165000, -835000, -6235000, -6435000]
 * result.paybackYear; // 2018
 * ```
 */
export function evaluateBusinessCase(
  businessCase: BusinessCase,
  options: EvaluateOptions = {},
): BusinessCaseEvaluation {
  const bc = validate(
    BusinessCaseSchema,
    businessCase,
    'Invalid business case',
    businessCaseIssues,
  );
  const { discountRate } = validate(OptionsSchema, options ?? {}, 'Invalid business case options');

  const years: number[] = [];
  for (let year = bc.firstYear; year <= bc.lastYear; year += 1) years.push(year);
  const budgetAreas = [...new Set(bc.lines.map((line) => line.budgetArea))];

  const areaOre = new Map(budgetAreas.map((area) => [area, years.map(() => 0)]));
  const investmentOre = years.map(() => 0);
  const savingsOre = years.map(() => 0);
  const lines: EvaluatedLine[] = bc.lines.map((line) => {
    const sign = line.kind === 'investment' ? 1 : -1;
    const amounts = lineAmountsOre(line, years);
    const area = areaOre.get(line.budgetArea) as number[];
    const target = line.kind === 'investment' ? investmentOre : savingsOre;
    amounts.forEach((ore, index) => {
      area[index] = (area[index] ?? 0) + sign * ore;
      target[index] = (target[index] ?? 0) + ore;
    });
    const signed = amounts.map((ore) => sign * ore);
    return {
      label: line.label,
      budgetArea: line.budgetArea,
      kind: line.kind,
      byYear: signed.map(kroner),
      total: kroner(signed.reduce((sum, ore) => sum + ore, 0)),
    };
  });

  // Every partial sum is bounded by the sum of all magnitudes: if that is exact in
  // øre, so is every total below (fte × annualCost can reach 10^17 DKK a year).
  const magnitude = [...investmentOre, ...savingsOre].reduce((sum, ore) => sum + ore, 0);
  if (!(magnitude <= MAX_EXACT_ORE))
    throw new SavingsError(
      [
        {
          path: ['lines'],
          message:
            'the amounts add up to more than 90,071,992,547,409 DKK, too much to sum exactly to the øre',
          value: oreToDkk(magnitude),
        },
      ],
      'Invalid business case',
    );
  const netOre = years.map((_, index) => (investmentOre[index] ?? 0) - (savingsOre[index] ?? 0));
  let cumulative = 0;
  let paybackYear: number | null = null;
  const byYear: BusinessCaseYear[] = years.map((year, index) => {
    const net = netOre[index] ?? 0;
    cumulative += net;
    if (paybackYear === null && cumulative <= 0) paybackYear = year;
    const byBudgetArea: Record<string, number> = {};
    for (const area of budgetAreas) byBudgetArea[area] = kroner(areaOre.get(area)?.[index] ?? 0);
    return {
      year,
      byBudgetArea,
      investment: kroner(investmentOre[index] ?? 0),
      savings: kroner(savingsOre[index] ?? 0),
      net: kroner(net),
      cumulativeNet: kroner(cumulative),
    };
  });

  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const totalsByArea: Record<string, number> = {};
  for (const area of budgetAreas) totalsByArea[area] = kroner(sum(areaOre.get(area) ?? []));

  return {
    name: bc.name,
    years,
    budgetAreas,
    discountRate,
    lines,
    byYear,
    totals: {
      byBudgetArea: totalsByArea,
      investment: kroner(sum(investmentOre)),
      savings: kroner(sum(savingsOre)),
      net: kroner(sum(netOre)),
    },
    paybackYear,
    npv: kroner(discounted(netOre, discountRate)),
  };
}
