import { toCsv } from '@trappen/staircase';
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

/**
 * The evaluated business case as CSV (semicolon-separated, as Danish spreadsheets
 * expect), in whole DKK so nothing is lost to rounding: the lines of each budget area
 * with its total, the net and the cumulative net per year. Amounts are number cells;
 * labels and budget areas a spreadsheet would run as formulas are neutralised.
 *
 * @example
 * ```ts
 * businessCaseCsv(evaluateBusinessCase(herningBusinessCase)).split('\r\n')[0];
 * // 'line;budgetArea;2016;2017;…'
 * ```
 */
export function businessCaseCsv(evaluation: BusinessCaseCsvInput): string {
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
