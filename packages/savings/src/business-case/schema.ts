import { z } from 'zod';
import { YearSeriesSchema } from '../money';

const year = z.number().int().min(1900).max(2200);
/** The largest amount a line may hold (DKK): far above any municipal budget, so sums stay finite. */
const MAX_AMOUNT = 1e12;
const amount = z
  .number()
  .finite()
  .nonnegative('amounts are magnitudes: must not be negative')
  .max(MAX_AMOUNT, 'must be at most 1,000,000,000,000 DKK');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written as YYYY-MM');

const lineBase = {
  /** What the line is, e.g. `11 caseworkers`. */
  label: z.string().min(1).max(200),
  /** Budget area as free text, e.g. `SO16`, `SO20`, `account 5`, `account 6`. */
  budgetArea: z.string().min(1).max(100),
  /** `investment` adds cost; `saving` reduces cost. Amounts are always magnitudes. */
  kind: z.enum(['investment', 'saving']),
};

/** A line with an amount given for each year (years not given are 0). */
export const AmountsLineSchema = z.object({
  ...lineBase,
  type: z.literal('amounts'),
  /** DKK per year, e.g. `{ 2016: 200_000, 2017: 200_000 }`. */
  amounts: YearSeriesSchema.refine(
    (series) => Object.values(series).every((value) => value >= 0),
    'amounts are magnitudes: must not be negative',
  ).refine(
    (series) => Object.values(series).every((value) => value <= MAX_AMOUNT),
    'must be at most 1,000,000,000,000 DKK a year',
  ),
});

/**
 * Staff: `fte × annualCost` a year, from the month `from` to the month `to` (both
 * inclusive, `YYYY-MM`; default the whole case), prorated by months in the first and
 * last year.
 */
export const FteLineSchema = z.object({
  ...lineBase,
  type: z.literal('fte'),
  fte: z.number().finite().positive().max(100_000),
  annualCost: amount,
  from: yearMonth.optional(),
  to: yearMonth.optional(),
});

/** A recurring amount a year from `from` to `to` (months, inclusive), prorated by months. */
export const RecurringLineSchema = z.object({
  ...lineBase,
  type: z.literal('recurring'),
  annualAmount: amount,
  from: yearMonth.optional(),
  to: yearMonth.optional(),
});

/** A one-off amount in one year. */
export const OneOffLineSchema = z.object({
  ...lineBase,
  type: z.literal('oneOff'),
  year,
  amount,
});

/**
 * A linear ramp from `from.amount` in `from.year` to `to.amount` in `to.year`, holding
 * `to.amount` after that until the case ends (0 before `from.year`). Intermediate years
 * are rounded to the øre, half away from zero.
 */
export const RampLineSchema = z.object({
  ...lineBase,
  type: z.literal('ramp'),
  from: z.object({ year, amount }),
  to: z.object({ year, amount }),
});

/**
 * Zod schema for one business-case line (discriminated by `type`).
 *
 * @example
 * ```ts
 * BusinessCaseLineSchema.parse({ label: 'Tool', budgetArea: 'SO16', kind: 'investment', type: 'oneOff', year: 2026, amount: 75_000 });
 * ```
 */
export const BusinessCaseLineSchema = z.discriminatedUnion('type', [
  AmountsLineSchema,
  FteLineSchema,
  RecurringLineSchema,
  OneOffLineSchema,
  RampLineSchema,
]);

/**
 * Zod schema for a business case: a name, the years it covers (`firstYear` to
 * `lastYear`, inclusive) and its lines. All amounts are DKK magnitudes; the line's
 * `kind` gives the sign (investment = cost, saving = reduced cost).
 *
 * @example
 * ```ts
 * BusinessCaseSchema.parse(herningBusinessCase).lines.length; // 7
 * ```
 */
export const BusinessCaseSchema = z.object({
  name: z.string().min(1).max(200),
  firstYear: year,
  lastYear: year,
  lines: z.array(BusinessCaseLineSchema).min(1).max(1000),
});

/**
 * One line of a business case; see {@link BusinessCaseLineSchema}.
 *
 * @example
 * ```ts
 * const line: BusinessCaseLine = {
 *   label: 'Saving on placements', budgetArea: 'account 5', kind: 'saving',
 *   type: 'ramp', from: { year: 2027, amount: 500_000 }, to: { year: 2029, amount: 2_000_000 },
 * };
 * ```
 */
export type BusinessCaseLine = z.input<typeof BusinessCaseLineSchema>;
/**
 * A business case; see {@link BusinessCaseSchema}.
 *
 * @example
 * ```ts
 * const bc: BusinessCase = {
 *   name: 'Pilot', firstYear: 2026, lastYear: 2028,
 *   lines: [{ label: '4 caseworkers', budgetArea: 'account 6', kind: 'investment', type: 'fte', fte: 4, annualCost: 500_000 }],
 * };
 * ```
 */
export type BusinessCase = z.input<typeof BusinessCaseSchema>;
