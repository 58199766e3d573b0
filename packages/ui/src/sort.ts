/** Sort direction of a table column. */
export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by. */
export interface SortState {
  /** The column's key. */
  key: string;
  /** The direction. */
  direction: SortDirection;
}

/** A value a column can be sorted by; `null` sorts last in both directions. */
export type SortValue = string | number | Date | null | undefined;

const collator = new Intl.Collator('da-DK', { numeric: true, sensitivity: 'base' });

/** Compares two sort values: numbers and dates numerically, text by Danish rules (æ, ø, å last). */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}

/** The next sort state when a header is clicked: a new column starts ascending, then it flips. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Sorts rows by a value getter (stable; `null` values last in both directions). */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v == null || b.v == null) return compareSortValues(a.v, b.v) || a.index - b.index;
      return sign * compareSortValues(a.v, b.v) || a.index - b.index;
    })
    .map((item) => item.row);
}
