/**
 * What a CLI run printed and how it ended; `main.ts` writes it to the terminal.
 *
 * @example
 * ```ts
 * const result: CliResult = run(['--help']); // { stdout: mainHelp, stderr: '', exitCode: 0 }
 * ```
 */
export interface CliResult {
  /** Text for standard output. */
  stdout: string;
  /** Text for standard error. */
  stderr: string;
  /** Process exit code (see `EXIT`). */
  exitCode: number;
}
