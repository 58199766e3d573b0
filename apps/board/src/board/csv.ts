import { toCsv as writeCsv } from '@trappen/staircase';

/** One CSV table: a header row and data rows of plain text. */
export interface CsvTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * CSV as Danish spreadsheets read it: semicolon-separated, CRLF line ends, with a
 * byte-order mark so Excel sees UTF-8 (æ, ø, å); written by the product's one CSV writer,
 * which neutralises team names or labels a spreadsheet would run as formulas.
 */
export function toCsv(table: CsvTable): string {
  return `\uFEFF${writeCsv([table.headers, ...table.rows])}`;
}
