import { basename, extname } from 'node:path';
import {
  type BusinessCase,
  type BusinessCaseEvaluation,
  businessCaseCsv,
  evaluateBusinessCase,
  SavingsError,
} from '@trappen/savings';
import type { ValidationIssue } from '@trappen/staircase';
import { parseCommandArgs } from '../args';
import { type BusinessCaseCsvMap, businessCaseFromCsv } from '../business-case/csv-input';
import { renderBusinessCase } from '../business-case/render';
import { CliError, EXIT } from '../cli-error';
import type { CliResult } from '../cli-result';
import { formatJsonIssues } from '../input/issues';
import { readJson, readText } from '../input/read-file';

/**
 * Help text of `trappen business-case`.
 *
 * @example
 * ```ts
 * console.log(businessCaseHelp);
 * ```
 */
export const businessCaseHelp = `Usage: trappen business-case FILE [--json | --csv] [--kroner] [--discount-rate R] [--lang da|en]

Evaluates a business case and prints, per year, the lines of each budget area with
their totals, the net and the cumulative net (+ cost, - saving), then the payback
year and the net present value. Amounts in 1,000 DKK unless --kroner.

FILE is either
  JSON  a business case as in @trappen/savings (BusinessCaseSchema): name, firstYear,
        lastYear and lines of type amounts, fte, recurring, oneOff or ramp
        (see examples/herning.json), or
  CSV   a header  label,budget area,kind,2016,2017,...  then one row per line:
        kind is investment or saving, amounts are DKK magnitudes (the kind gives
        the sign), an empty cell is 0 (see examples/herning.csv).

Options:
  --json              print the evaluation as JSON (amounts in whole DKK)
  --csv               print the evaluation as CSV for a spreadsheet, as the console
                      exports it (semicolons, whole DKK; labels that a spreadsheet
                      would run as formulas are neutralised with a leading ')
  --kroner            print whole DKK instead of 1,000 DKK
  --discount-rate R   yearly discount rate for the NPV (default 0.035)
  --lang da|en        output language (Danish by default)

Exit codes: 0 ok, 1 invalid file (every problem is listed with its line and column
or JSON path), 2 wrong usage.`;

/** Points a savings issue on a CSV-read business case at its line and column. */
function csvIssue(file: string, map: BusinessCaseCsvMap, issue: ValidationIssue): string {
  const [root, index, field, year] = issue.path;
  const line = root === 'lines' && typeof index === 'number' ? map.lines[index] : undefined;
  const column = map.columns[String(field === 'amounts' ? year : field)];
  const where = line === undefined ? 'line 1' : `line ${line}${column ? `, column ${column}` : ''}`;
  const shown = 'value' in issue ? ` (got ${JSON.stringify(issue.value)})` : '';
  return `${file}: ${where}: ${issue.message}${shown}`;
}

/**
 * Loads a business case from a JSON or CSV file and evaluates it; every problem in the
 * file becomes one `CliError` (exit 1) naming line and column (CSV) or JSON path.
 *
 * @example
 * ```ts
 * loadBusinessCase('examples/herning.json').paybackYear; // 2018
 * ```
 */
export function loadBusinessCase(file: string, discountRate?: number): BusinessCaseEvaluation {
  const isCsv = extname(file).toLowerCase() === '.csv';
  let input: BusinessCase;
  let map: BusinessCaseCsvMap | undefined;
  if (isCsv) {
    const read = businessCaseFromCsv(readText(file), file, basename(file, extname(file)));
    input = read.businessCase;
    map = read.map;
  } else input = readJson(file) as BusinessCase;
  try {
    return evaluateBusinessCase(input, discountRate === undefined ? {} : { discountRate });
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    const details = map
      ? error.issues.map((issue) => csvIssue(file, map, issue)).join('\n')
      : formatJsonIssues(file, error.issues);
    throw new CliError(`Invalid business case in ${file}:\n${details || error.message}`);
  }
}

/** Runs `trappen business-case`. */
export function businessCaseCommand(args: readonly string[]): CliResult {
  const { values, positionals, lang } = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      kroner: { type: 'boolean' },
      'discount-rate': { type: 'string' },
    },
    businessCaseHelp,
    { min: 1, max: 1 },
  );
  if (values.help) return { stdout: businessCaseHelp, stderr: '', exitCode: EXIT.ok };
  const rawRate = values['discount-rate'];
  const discountRate = rawRate === undefined ? undefined : Number(rawRate);
  if (
    discountRate !== undefined &&
    (!Number.isFinite(discountRate) || discountRate < 0 || discountRate >= 1)
  )
    throw new CliError(
      `--discount-rate must be a number from 0 to 1 (e.g. 0.035), got ${String(rawRate)}`,
      EXIT.usage,
    );
  if (values.json && values.csv) throw new CliError('choose one of --json and --csv', EXIT.usage);
  const evaluation = loadBusinessCase(positionals[0] as string, discountRate);
  const stdout = values.json
    ? JSON.stringify(evaluation, null, 2)
    : values.csv
      ? businessCaseCsv(evaluation)
      : renderBusinessCase(evaluation, lang, values.kroner === true);
  return { stdout, stderr: '', exitCode: EXIT.ok };
}
