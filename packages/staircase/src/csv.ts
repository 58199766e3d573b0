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

function cellText(cell: CsvCell, separator: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      throw new RangeError(`a CSV cell must be a finite number, got ${cell}`);
    return String(cell);
  }
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
 * @throws {RangeError} for a number that is NaN or ±Infinity.
 *
 * @example
 * ```ts
 * toCsv([['line', '2025'], ['=1+1', -1655]]); // "line;2025\r\n'=1+1;-1655\r\n"
 * ```
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  return rows
    .map((row) => `${row.map((cell) => cellText(cell, separator)).join(separator)}\r\n`)
    .join('');
}
