import { SavingsError, simulate } from '@trappen/savings';
import { integerOption, parseCommandArgs } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliResult } from '../cli-result';
import { formatJsonIssues } from '../input/issues';
import { loadScenario } from '../simulate/load-scenario';
import { renderSimulation } from '../simulate/render';
import { loadStaircase } from './staircase';

/**
 * Help text of `trappen simulate`.
 *
 * @example
 * ```ts
 * console.log(simulateHelp);
 * ```
 */
export const simulateHelp = `Usage: trappen simulate SCENARIO.json [--draws N] [--seed S] [--staircase FILE.json]
                        [--json] [--lang da|en]

Monte Carlo simulation of a reform scenario: prints per year the median saving, the
P10/P50/P90 of the net and of the cumulative net (DKK, + cost, - saving), the
probability that the investment has paid back by then, and the NPV band. The same
seed gives the same result on every machine.

SCENARIO.json is a ReformScenario of @trappen/savings (see examples/scenario.json):
  model             a flow model, or a path relative to the scenario file to a history
                    CSV (estimated as by trappen estimate) or to a model JSON written by
                    trappen estimate --json
  years, firstYear  the horizon, e.g. 5 and 2026
  stepDown, stepUp, placementInflow   relative changes, e.g. 0.2, or uncertain:
                    {"dist":"triangular","min":0,"mode":0.2,"max":0.4},
                    {"dist":"uniform","min":-0.3,"max":0}, {"dist":"normal","mean":0,"sd":0.1}
  rampUpMonths      months to full effect (fixed or uncertain)
  staffCostPerYear  extra staff cost a year in DKK (fixed or uncertain)
  discountRate      for the NPV (default 0.035)

Options:
  --draws N             Monte Carlo draws, 1 to 1,000,000 (default 10,000)
  --seed S              seed of the random generator (default 2016)
  --staircase FILE.json the staircase a history CSV is estimated on (default: the default staircase)
  --json                print the result as JSON
  --lang da|en          output language (Danish by default)

Exit codes: 0 ok, 1 invalid file (every problem is listed with its JSON path), 2 wrong usage.`;

/** Runs `trappen simulate`. */
export function simulateCommand(args: readonly string[]): CliResult {
  const { values, positionals, lang } = parseCommandArgs(
    args,
    {
      draws: { type: 'string' },
      seed: { type: 'string' },
      staircase: { type: 'string' },
      json: { type: 'boolean' },
    },
    simulateHelp,
    { min: 1, max: 1 },
  );
  if (values.help) return { stdout: simulateHelp, stderr: '', exitCode: EXIT.ok };
  const draws = integerOption(values, 'draws', 10_000, { min: 1, max: 1_000_000 });
  const seed = integerOption(values, 'seed', 2016, { min: 0, max: Number.MAX_SAFE_INTEGER });
  const file = positionals[0] as string;
  const scenario = loadScenario(file, loadStaircase(values.staircase as string | undefined));
  let result: ReturnType<typeof simulate>;
  try {
    result = simulate(scenario, { draws, seed });
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    const issues = error.issues.map((issue) =>
      issue.path[0] === 'scenario' ? { ...issue, path: issue.path.slice(1) } : issue,
    );
    throw new CliError(`Invalid scenario in ${file}:\n${formatJsonIssues(file, issues)}`);
  }
  const stdout = values.json
    ? JSON.stringify(result, null, 2)
    : renderSimulation(result, file, lang);
  return { stdout, stderr: '', exitCode: EXIT.ok };
}
