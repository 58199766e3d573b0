import { CliError, EXIT } from './cli-error';
import type { CliResult } from './cli-result';
import { businessCaseCommand } from './commands/business-case';
import { estimateCommand } from './commands/estimate';
import { simulateCommand } from './commands/simulate';
import { loadStaircase, renderStaircase, staircaseHelp } from './commands/staircase';
import { languageOf } from './language';

/**
 * Help text of `trappen`.
 *
 * @example
 * ```ts
 * console.log(mainHelp);
 * ```
 */
export const mainHelp = `Usage: trappen <command> [options]

Commands:
  staircase [FILE.json]          print the default staircase, or a given one
  business-case FILE             evaluate a business case (JSON or CSV): lines, totals
                                 per budget area, net, cumulative net, payback, NPV
  estimate HISTORY.csv           estimate the monthly flow model from case history
  simulate SCENARIO.json         Monte Carlo P10/P50/P90 per year and payback probability

Options:
  --lang da|en            output language (Danish by default)
  --help                  help for a command, e.g. trappen simulate --help

Exit codes: 0 ok, 1 invalid input, 2 wrong usage.`;

function staircaseCommand(rest: readonly string[]): CliResult {
  const positional = rest.filter(
    (arg, index) => !arg.startsWith('--') && rest[index - 1] !== '--lang',
  );
  if (rest.includes('--help')) return { stdout: staircaseHelp, stderr: '', exitCode: EXIT.ok };
  if (positional.length > 1)
    throw new CliError(`Too many arguments.\n\n${staircaseHelp}`, EXIT.usage);
  return {
    stdout: renderStaircase(loadStaircase(positional[0]), languageOf(rest)),
    stderr: '',
    exitCode: EXIT.ok,
  };
}

const commands: Record<string, (rest: readonly string[]) => CliResult> = {
  staircase: staircaseCommand,
  'business-case': businessCaseCommand,
  estimate: estimateCommand,
  simulate: simulateCommand,
};

/**
 * Runs the CLI on arguments (without `node` and the script path) and returns what it
 * would print, so it can be tested and embedded without spawning a process.
 *
 * @example
 * ```ts
 * const { stdout, exitCode } = run(['business-case', 'examples/herning.json', '--lang', 'en']);
 * ```
 */
export function run(args: readonly string[]): CliResult {
  const [command, ...rest] = args;
  try {
    if (!command || command === '--help' || command === 'help') {
      return { stdout: mainHelp, stderr: '', exitCode: EXIT.ok };
    }
    const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (handler) return handler(rest);
    throw new CliError(`Unknown command: ${command}\n\n${mainHelp}`, EXIT.usage);
  } catch (error) {
    if (error instanceof CliError)
      return { stdout: '', stderr: error.message, exitCode: error.exitCode };
    throw error;
  }
}
