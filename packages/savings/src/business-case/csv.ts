import { toCsv, type ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { MAX_TOTAL_DKK } from '../limits';
import { asRecord, validate } from '../validate';
import type { BusinessCaseEvaluation } from './evaluate';

/**
 * The parts of an evaluation the CSV holds (the API's evaluation output has them too).
 *
 * @example
 * ```ts
 * const input: BusinessCaseCsvInput = evaluateBusinessCase(herningBusinessCase);
 * ```
 */
export type BusinessCaseCsvInput = Pick<BusinessCaseEvaluation, 'years' | 'budgetAreas'> & {
  lines: readonly Pick<
    BusinessCaseEvaluation['lines'][number],
    'label' | 'budgetArea' | 'byYear'
  >[];
  byYear: readonly Pick<
    BusinessCaseEvaluation['byYear'][number],
    'byBudgetArea' | 'net' | 'cumulativeNet'
  >[];
};

const amount = z.number().min(-MAX_TOTAL_DKK).max(MAX_TOTAL_DKK);
const budgetArea = z.string().min(1).max(100);

const BusinessCaseCsvInputSchema = z.object({
  years: z.array(z.number().int().min(1900).max(2200)).min(1),
  budgetAreas: z.array(budgetArea),
  lines: z.array(z.object({ label: z.string().max(200), budgetArea, byYear: z.array(amount) })),
  byYear: z.array(
    z.object({
      byBudgetArea: z.record(z.string(), amount),
      net: amount,
      cumulativeNet: amount,
    }),
  ),
});

/** Rows that do not line up with `years`, and lines of a budget area the CSV does not list. */
function alignmentIssues(raw: unknown): ValidationIssue[] {
  const input = asRecord(raw);
  const years = Array.isArray(input.years) ? input.years.length : 0;
  const areas = Array.isArray(input.budgetAreas) ? input.budgetAreas : [];
  const issues: ValidationIssue[] = [];
  if (Array.isArray(input.byYear) && input.byYear.length !== years)
    issues.push({
      path: ['byYear'],
      message: `must have one entry per year (${years})`,
      value: input.byYear.length,
    });
  if (Array.isArray(input.lines))
    input.lines.forEach((line: unknown, i) => {
      const { byYear, budgetArea: area } = asRecord(line);
      if (Array.isArray(byYear) && byYear.length !== years)
        issues.push({
          path: ['lines', i, 'byYear'],
          message: `must have one amount per year (${years})`,
          value: byYear.length,
        });
      if (typeof area === 'string' && !areas.includes(area))
        issues.push({
          path: ['lines', i, 'budgetArea'],
          message: 'is not one of the budgetAreas',
          value: area,
        });
    });
  return issues;
}

/**
 * The evaluated business case as CSV (semicolon-separated, as Danish spreadsheets
 * expect), in whole DKK so nothing is lost to rounding: the lines of each budget area
 * with its total, the net and the cumulative net per year. Amounts are number cells;
 * labels and budget areas a spreadsheet would run as formulas are neutralised.
 *
 * @throws {SavingsError} listing every problem: an amount that is not a finite number
 * within ±1,000,000,000,000,000 DKK, a year outside 1900–2200, rows that do not have one
 * amount per year, or a line whose budget area is not in `budgetAreas`.
 *
 * @example
 * ```ts
 * businessCaseCsv(evaluateBusinessCase(herningBusinessCase)).split('\r\n')[0];
 * // 'line;budgetArea;2016;2017;…'
 * ```
 */
export function businessCaseCsv(evaluation: BusinessCaseCsvInput): string {
  validate(
    BusinessCaseCsvInputSchema,
    evaluation,
    'Invalid business case CSV input',
    alignmentIssues,
  );
  const rows: (string | number)[][] = [['line', 'budgetArea', ...evaluation.years]];
  for (const area of evaluation.budgetAreas) {
    for (const line of evaluation.lines.filter((l) => l.budgetArea === area))
      rows.push([line.label, area, ...line.byYear]);
    rows.push([`total ${area}`, '', ...evaluation.byYear.map((y) => y.byBudgetArea[area] ?? 0)]);
  }
  rows.push(['net', '', ...evaluation.byYear.map((y) => y.net)]);
  rows.push(['cumulative net', '', ...evaluation.byYear.map((y) => y.cumulativeNet)]);
  return toCsv(rows);
}
