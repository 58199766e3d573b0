import {
  type DisclosedCell,
  hiddenCell,
  type SuppressionOptions,
  shareOf,
  suppressedCell,
  thresholdOf,
  valueCell,
} from './cell';
import { type EntryStatus, protectTables, type TableEntries, TableSet } from './protect';
import { type CountTable, checkTable } from './table';

/**
 * A count table after disclosure control, with its row and column totals.
 *
 * @example
 * ```ts
 * const published: SuppressedTable = suppress(table, { threshold: 5 });
 * published.cells[0][1]; // { kind: 'suppressed' }
 * ```
 */
export interface SuppressedTable {
  /** Row labels. */
  rows: string[];
  /** Column labels. */
  columns: string[];
  /** `cells[row][column]`. */
  cells: DisclosedCell[][];
  /** One total per row. */
  rowTotals: DisclosedCell[];
  /** One total per column. */
  columnTotals: DisclosedCell[];
  /** The grand total. */
  total: DisclosedCell;
  /** The threshold used. */
  threshold: number;
}

/** The published cell of an entry. Internal to the boundary. */
export function cellOf(
  values: readonly number[],
  status: readonly EntryStatus[],
  i: number,
): DisclosedCell {
  const s = status[i];
  if (s === 'suppressed') return suppressedCell();
  if (s === 'hidden') return hiddenCell();
  return valueCell(values[i] ?? 0);
}

/** A table's published cells, from its entries in a protected {@link TableSet}. Internal. */
export function publishedTable(
  set: TableSet,
  entries: TableEntries,
  status: readonly EntryStatus[],
): Omit<SuppressedTable, 'rows' | 'columns' | 'threshold'> {
  const cell = (i: number) => cellOf(set.values, status, i);
  return {
    cells: entries.cells.map((row) => row.map(cell)),
    rowTotals: entries.rowTotals.map(cell),
    columnTotals: entries.columnTotals.map(cell),
    total: cell(entries.total),
  };
}

/**
 * Disclosure control for one table of counts of children with its row and column
 * totals ({@link protectTables} on that table alone): counts of 1 to `threshold − 1`
 * are suppressed ("<5"), zeros are shown, and more entries are hidden ("skjult") until
 * no suppressed or hidden entry can be narrowed, from what is shown, the totals and
 * the bounds the marks give (≥ 1, ≥ threshold), to an interval narrower than the
 * threshold. Tables published together must go through {@link protectTables} as one.
 *
 * @example
 * ```ts
 * suppress({ rows: ['Syd'], columns: ['family', 'independent', 'institution'], counts: [[14, 1, 1]] }).cells;
 * // [[{ kind: 'hidden' }, { kind: 'suppressed' }, { kind: 'suppressed' }]]
 * ```
 */
export function suppress(table: CountTable, options: SuppressionOptions = {}): SuppressedTable {
  const threshold = thresholdOf(options);
  checkTable(table);
  const set = new TableSet();
  const entries = set.table(table.counts);
  const status = protectTables(set, threshold);
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    ...publishedTable(set, entries, status),
    threshold,
  };
}

/**
 * Shares from a suppressed table: each cell over its row total, its column total or
 * the grand total. A share is not shown when its count or its total is not (a share
 * of a hidden count would reveal it); `null` when the total is 0.
 *
 * @example
 * ```ts
 * suppressedShares(suppress(table), 'row')[0]; // [{ kind: 'value', value: 0.8 }, { kind: 'suppressed' }, …]
 * ```
 */
export function suppressedShares(
  table: SuppressedTable,
  of: 'row' | 'column' | 'total',
): DisclosedCell<number | null>[][] {
  return table.cells.map((row, i) =>
    row.map((cell, j) => {
      const total =
        of === 'row' ? table.rowTotals[i] : of === 'column' ? table.columnTotals[j] : table.total;
      return shareOf(cell, total ?? hiddenCell());
    }),
  );
}
