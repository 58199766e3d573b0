/**
 * Exit codes scripts can rely on.
 *
 * @example
 * ```ts
 * if (run(args).exitCode === EXIT.invalidInput) console.error('fix the file');
 * ```
 */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Invalid input: a bad file, a bad value. */
  invalidInput: 1,
  /** Wrong usage: an unknown command or option. */
  usage: 2,
} as const;

/**
 * An error the CLI reports as one clear message, without a stack trace.
 *
 * @example
 * ```ts
 * throw new CliError('--draws must be a whole number', EXIT.usage);
 * ```
 */
export class CliError extends Error {
  /** The process exit code to use. */
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.invalidInput) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
