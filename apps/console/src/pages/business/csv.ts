import type { Evaluation } from '../../api/types';

const quote = (value: string | number) => {
  const text = String(value);
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The evaluated table as CSV (semicolon-separated, as Danish spreadsheets expect),
 * in whole DKK so nothing is lost to rounding: lines, totals per area, net, cumulative.
 */
export function businessCaseCsv(evaluation: Evaluation): string {
  const header = ['line', 'budgetArea', ...evaluation.years.map(String)];
  const rows: (string | number)[][] = [];
  for (const area of evaluation.budgetAreas) {
    for (const line of evaluation.lines.filter((l) => l.budgetArea === area)) {
      rows.push([line.label, area, ...line.byYear]);
    }
    rows.push([`total ${area}`, '', ...evaluation.byYear.map((y) => y.byBudgetArea[area] ?? 0)]);
  }
  rows.push(['net', '', ...evaluation.byYear.map((y) => y.net)]);
  rows.push(['cumulative net', '', ...evaluation.byYear.map((y) => y.cumulativeNet)]);
  return `${[header, ...rows].map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** Lets the browser save `text` as a file. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM so Excel reads æ, ø and å as UTF-8.
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
