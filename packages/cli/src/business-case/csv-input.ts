import type { BusinessCase, BusinessCaseLine } from '@trappen/savings';
import { CliError } from '../cli-error';
import { type CsvRecord, parseCsv } from '../input/csv';

/** Where each business-case line came from in the CSV, to point at the right cell. */
export interface BusinessCaseCsvMap {
  /** CSV line of each business-case line. */
  lines: number[];
  /** CSV column of each field (`label`, `budgetArea`, `kind`) and of each year. */
  columns: Record<string, number>;
}

const fields = { label: 'label', budgetarea: 'budgetArea', kind: 'kind' } as const;
const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

function headerColumns(header: CsvRecord, source: string): Record<string, number> {
  const columns: Record<string, number> = {};
  const problems: string[] = [];
  const at = (column: number | null, message: string) =>
    problems.push(
      `${source}: line ${header.line}${column === null ? '' : `, column ${column}`}: ${message}`,
    );
  const years: number[] = [];
  for (const cell of header.cells) {
    const field = fields[normalise(cell.value) as keyof typeof fields];
    const year = Number(cell.value.trim());
    if (field) columns[field] = cell.column;
    else if (/^\d{4}$/.test(cell.value.trim())) {
      const previous = years.at(-1);
      if (previous !== undefined && year !== previous + 1)
        at(cell.column, `years must be consecutive, got ${year} after ${previous}`);
      years.push(year);
      columns[String(year)] = cell.column;
    } else {
      at(
        cell.column,
        `unknown column "${cell.value}" (expected label, budget area, kind, then one column per year)`,
      );
    }
  }
  for (const [field, name] of Object.entries({
    label: 'label',
    budgetArea: 'budget area',
    kind: 'kind',
  })) {
    if (columns[field] === undefined) at(null, `missing column "${name}"`);
  }
  if (years.length === 0) at(null, 'no year columns (e.g. 2016,2017,2018)');
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return columns;
}

/**
 * Reads a business case from CSV: a header `label,budget area,kind,2016,2017,…` (any
 * case; `budget_area` and `budgetArea` also work), then one row per line with amounts
 * in DKK as magnitudes (an empty cell is 0). The case's name is `name`.
 */
export function businessCaseFromCsv(
  text: string,
  source: string,
  name: string,
): { businessCase: BusinessCase; map: BusinessCaseCsvMap } {
  const [header, ...rows] = parseCsv(text, source);
  if (!header) throw new CliError(`${source}: the file is empty`);
  const columns = headerColumns(header, source);
  const years = Object.keys(columns)
    .filter((key) => /^\d{4}$/.test(key))
    .map(Number);
  const problems: string[] = [];
  const at = (line: number, column: number, message: string) =>
    problems.push(`${source}: line ${line}, column ${column}: ${message}`);
  const lines: BusinessCaseLine[] = rows.map((row) => {
    const cell = (field: string) => row.cells[(columns[field] as number) - 1];
    const text = (field: string) => cell(field)?.value.trim() ?? '';
    const kind = text('kind');
    if (kind !== 'investment' && kind !== 'saving')
      at(row.line, columns.kind as number, `kind must be investment or saving, got "${kind}"`);
    const amounts: Record<string, number> = {};
    for (const year of years) {
      const raw = text(String(year));
      if (raw === '') continue;
      const column = columns[String(year)] as number;
      if (/^-\d+(\.\d+)?$/.test(raw))
        at(
          row.line,
          column,
          `amounts are magnitudes: write ${raw.slice(1)} (the kind gives the sign)`,
        );
      else if (!/^\d+(\.\d+)?$/.test(raw))
        at(row.line, column, `not an amount in DKK: "${raw}" (write e.g. 4620000)`);
      else amounts[year] = Number(raw);
    }
    if (row.cells.length > header.cells.length)
      at(row.line, header.cells.length + 1, `more cells than the header has columns`);
    return {
      label: text('label'),
      budgetArea: text('budgetArea'),
      kind: text('kind') as 'investment' | 'saving',
      type: 'amounts',
      amounts,
    };
  });
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return {
    businessCase: { name, firstYear: years[0] as number, lastYear: years.at(-1) as number, lines },
    map: { lines: rows.map((row) => row.line), columns },
  };
}
