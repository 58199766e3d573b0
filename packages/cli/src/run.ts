import { CliError, EXIT } from './cli-error';
import { loadStaircase, renderStaircase, staircaseHelp } from './commands/staircase';
import { languageOf } from './language';

/** Help text of `trappen`. */
export const mainHelp = `Usage: trappen <command> [options]

Commands:
  staircase [FILE.json]   print the default staircase, or a given one

Options:
  --lang da|en            output language (Danish by default)
  --help                  help for a command

Exit codes: 0 ok, 1 invalid input, 2 wrong usage.`;

/** What a CLI run printed and how it ended; `main.ts` writes it to the terminal. */
export interface CliResult {
  /** Text for standard output. */
  stdout: string;
  /** Text for standard error. */
  stderr: string;
  /** Process exit code (see `EXIT`). */
  exitCode: number;
}

/**
 * Runs the CLI on arguments (without `node` and the script path) and returns what it
 * would print, so it can be tested and embedded without spawning a process.
 *
 * @example
 * ```ts
 * const { stdout, exitCode } = run(['staircase', '--lang', 'en']);
 * ```
 */
export function run(args: readonly string[]): CliResult {
  const [command, ...rest] = args;
  const positional = rest.filter(
    (arg, index) => !arg.startsWith('--') && rest[index - 1] !== '--lang',
  );
  try {
    if (!command || command === '--help' || command === 'help') {
      return { stdout: mainHelp, stderr: '', exitCode: EXIT.ok };
    }
    if (command === 'staircase') {
      if (rest.includes('--help')) return { stdout: staircaseHelp, stderr: '', exitCode: EXIT.ok };
      if (positional.length > 1)
        throw new CliError(`Too many arguments.\n\n${staircaseHelp}`, EXIT.usage);
      return {
        stdout: renderStaircase(loadStaircase(positional[0]), languageOf(rest)),
        stderr: '',
        exitCode: EXIT.ok,
      };
    }
    throw new CliError(`Unknown command: ${command}\n\n${mainHelp}`, EXIT.usage);
  } catch (error) {
    if (error instanceof CliError)
      return { stdout: '', stderr: error.message, exitCode: error.exitCode };
    throw error;
  }
}
