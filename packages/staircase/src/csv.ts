import { StaircaseError, type ValidationIssue } from './errors';

/**
 * One cell of a CSV file: text, a finite number, or empty (`null`).
 *
 * @example
 * ```ts
 * const row: CsvCell[] = ['Familiebehandling', -1655, null];
 * ```
 */
export type CsvCell = string | number | null;

/**
 * How {@link toCsv} writes the file.
 *
 * @example
 * ```ts
 * const options: CsvOptions = { separator: ',' };
 * ```
 */
export interface CsvOptions {
  /** Field separator; `;` (the default) is what Danish spreadsheets expect. */
  separator?: ';' | ',';
}

// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number ("-1.655", "-2,5", "+3", "12%") is no formula: it stays a number.
const PLAIN_NUMBER = /^[-+\u2212]?\d[\d.,]*%?$/;

/**
 * One text cell made safe for spreadsheets: text a spreadsheet would evaluate as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR, and not a plain number) gets a leading `'`.
 *
 * @example
 * ```ts
 * neutralizeFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula('-1.655'); // '-1.655'
 * ```
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

const SEPARATORS: readonly string[] = [';', ','];

/** Every cell that is not text, a finite number or `null`, and a separator that is not `;` or `,`. */
function csvIssues(rows: readonly (readonly CsvCell[])[], options: CsvOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (options.separator !== undefined && !SEPARATORS.includes(options.separator))
    issues.push({
      path: ['options', 'separator'],
      message: "must be ';' or ','",
      value: options.separator,
    });
  if (!Array.isArray(rows))
    return [...issues, { path: ['rows'], message: 'must be a list of rows' }];
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) {
      issues.push({ path: ['rows', r], message: 'must be a list of cells' });
      return;
    }
    row.forEach((cell: unknown, c) => {
      if (typeof cell === 'number' && !Number.isFinite(cell))
        issues.push({ path: ['rows', r, c], message: 'must be a finite number', value: cell });
      else if (cell !== null && typeof cell !== 'number' && typeof cell !== 'string')
        issues.push({ path: ['rows', r, c], message: 'must be text, a number or empty (null)' });
    });
  });
  return issues;
}

function cellText(cell: CsvCell, separator: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = neutralizeFormula(cell);
  return safe.includes(separator) || /["\r\n]/.test(safe)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/**
 * The rows as CSV text, CRLF line ends: numbers written as numbers, text quoted where it
 * must be and neutralised where a spreadsheet would run it as a formula. The one CSV
 * writer of the product (console, board and CLI exports).
 *
 * @throws {StaircaseError} (a `RangeError`) listing every cell that is NaN, ±Infinity or
 * not text/number/`null` (path `['rows', row, cell]`), and a separator other than `;` or
 * `,` (`['options', 'separator']`); nothing is written then.
 *
 * @example
 * ```ts
 * toCsv([['line', '2025'], ['=1+1', -1655]]); // "line;2025\r\n'=1+1;-1655\r\n"
 * ```
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const issues = csvIssues(rows, options);
  if (issues.length > 0) throw new StaircaseError(issues, 'Invalid CSV input');
  const separator = options.separator ?? ';';
  return rows
    .map((row) => `${row.map((cell) => cellText(cell, separator)).join(separator)}\r\n`)
    .join('');
}
