import { readFileSync } from 'node:fs';
import { CliError } from '../cli-error';

/** Reads a text file, turning a missing or unreadable file into a clear `CliError`. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`,
    );
  }
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads and parses a JSON file; a syntax error is reported with its line and column.
 */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position
      ? (({ line, column }) => `line ${line}, column ${column}: `)(
          lineColumnAt(text, Number(position[1])),
        )
      : '';
    throw new CliError(
      `Could not read ${file} as JSON: ${where}${message.replace(/ in JSON at position \d+.*$/, '')}`,
    );
  }
}
