import { parseCommandArgs } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliResult } from '../cli-result';
import { estimateFromCsv } from '../estimate/load-model';
import { renderFlowModel } from '../estimate/render';
import { loadStaircase } from './staircase';

/**
 * Help text of `trappen estimate`.
 *
 * @example
 * ```ts
 * console.log(estimateHelp);
 * ```
 */
export const estimateHelp = `Usage: trappen estimate HISTORY.csv [--from DATE] [--to DATE] [--prior P]
                        [--staircase FILE.json] [--json] [--lang da|en]

Estimates the monthly staircase flow model from children's intervention histories and
prints the observed moves between steps, the monthly transition probabilities with
their posterior standard deviations (the uncertainty), and per step the inflow of new
children, the stock, the child-months and the cost per child-month.

HISTORY.csv has a header and one row per intervention (see examples/history.csv):
  child_id    a stable (pseudonymous) id; a child's rows need not be adjacent
  code        an intervention code of the staircase (see: trappen staircase)
  start       first day, YYYY-MM-DD
  end         last day, YYYY-MM-DD; empty while the intervention is ongoing (optional column)
  daily_rate  actual daily rate in DKK; empty for the catalogue's rate (optional column)

Options:
  --from DATE, --to DATE  observation window (default: the first of the month of the
                          earliest start to the latest date in the file)
  --prior P               Dirichlet/Gamma prior per cell (default 0.5, Jeffreys)
  --staircase FILE.json   a staircase definition (default: the default staircase)
  --json                  print the model as JSON (usable as "model" in a scenario)
  --lang da|en            output language (Danish by default)

Exit codes: 0 ok, 1 invalid file (every problem is listed with its line and column),
2 wrong usage.`;

/** Runs `trappen estimate`. */
export function estimateCommand(args: readonly string[]): CliResult {
  const { values, positionals, lang } = parseCommandArgs(
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      prior: { type: 'string' },
      staircase: { type: 'string' },
      json: { type: 'boolean' },
    },
    estimateHelp,
    { min: 1, max: 1 },
  );
  if (values.help) return { stdout: estimateHelp, stderr: '', exitCode: EXIT.ok };
  const prior = values.prior === undefined ? undefined : Number(values.prior);
  if (prior !== undefined && !(prior >= 0.01 && prior <= 100))
    throw new CliError(
      `--prior must be a number from 0.01 to 100, got ${String(values.prior)}`,
      EXIT.usage,
    );
  const staircase = loadStaircase(values.staircase as string | undefined);
  const file = positionals[0] as string;
  const model = estimateFromCsv(file, staircase, {
    from: values.from as string | undefined,
    to: values.to as string | undefined,
    prior,
  });
  const stdout = values.json
    ? JSON.stringify(model, null, 2)
    : renderFlowModel(model, staircase, file, lang);
  return { stdout, stderr: '', exitCode: EXIT.ok };
}
