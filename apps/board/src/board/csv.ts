/** One CSV table: a header row and data rows of plain text. */
export interface CsvTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

function quote(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * CSV as Danish spreadsheets read it: semicolon-separated, CRLF line ends, with a
 * byte-order mark so Excel sees UTF-8 (æ, ø, å).
 */
export function toCsv(table: CsvTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(quote).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers the table as a file download. */
export function downloadCsv(fileName: string, table: CsvTable): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
