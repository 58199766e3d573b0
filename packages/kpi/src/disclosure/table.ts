import type { ValidationIssue } from '@trappen/staircase';
import { KpiError } from '../errors';

/**
 * A table of counts of children: `counts[row][column]`. Totals are computed, never
 * given, so they always agree with the cells.
 *
 * @example
 * ```ts
 * const table: CountTable = {
 *   rows: ['pilot', 'comparison'],
 *   columns: ['family', 'independent', 'institution'],
 *   counts: [[40, 3, 7], [22, 2, 30]],
 * };
 * ```
 */
export interface CountTable {
  /** Row labels. */
  rows: readonly string[];
  /** Column labels. */
  columns: readonly string[];
  /** Non-negative whole counts, one array per row, one entry per column. */
  counts: readonly (readonly number[])[];
}

/**
 * Counts microdata (e.g. one record per child) into a {@link CountTable}. Rows and
 * columns are the labels given (in that order; records with other labels are
 * ignored) or, by default, every label seen, sorted.
 *
 * @example
 * ```ts
 * crossTabulate(children, (c) => c.district, (c) => c.group, { columns: ['family', 'independent', 'institution'] });
 * ```
 */
export function crossTabulate<T>(
  records: Iterable<T>,
  rowOf: (record: T) => string,
  columnOf: (record: T) => string,
  labels: { rows?: readonly string[]; columns?: readonly string[] } = {},
): CountTable {
  const items = [...records];
  const sortedLabels = (f: (record: T) => string): string[] =>
    [...new Set(items.map(f))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = labels.rows ?? sortedLabels(rowOf);
  const columns = labels.columns ?? sortedLabels(columnOf);
  const rowIndex = new Map(rows.map((label, i) => [label, i]));
  const columnIndex = new Map(columns.map((label, i) => [label, i]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const record of items) {
    const r = rowIndex.get(rowOf(record));
    const c = columnIndex.get(columnOf(record));
    if (r === undefined || c === undefined) continue;
    (counts[r] as number[])[c] = ((counts[r] as number[])[c] ?? 0) + 1;
  }
  return { rows: [...rows], columns: [...columns], counts };
}

/** Checks a count table's shape and values; throws a {@link KpiError}. Internal. */
export function checkTable(table: CountTable): void {
  const issues: ValidationIssue[] = [];
  if (table.counts.length !== table.rows.length) {
    issues.push({
      path: ['counts'],
      message: `must have one array per row (${table.rows.length})`,
    });
  }
  table.counts.forEach((row, r) => {
    if (row.length !== table.columns.length) {
      issues.push({
        path: ['counts', r],
        message: `must have one count per column (${table.columns.length})`,
      });
    }
    row.forEach((value, c) => {
      if (!Number.isSafeInteger(value) || value < 0) {
        issues.push({
          path: ['counts', r, c],
          message: 'must be a whole number from 0 to 2^53 − 1',
          value,
        });
      }
    });
  });
  const total = table.counts.flat().reduce((sum, value) => sum + (Number(value) || 0), 0);
  if (issues.length === 0 && !Number.isSafeInteger(total))
    issues.push({
      path: ['counts'],
      message: 'must add up to at most 2^53 − 1, or the totals would not be exact',
      value: total,
    });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid count table');
}
