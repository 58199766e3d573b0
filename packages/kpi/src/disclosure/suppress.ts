import { type Cell, type SuppressionOptions, shareOf, thresholdOf } from './cell';
import { type CountTable, checkTable } from './table';

/**
 * A count table after disclosure control, with its row and column totals.
 *
 * @example
 * ```ts
 * const published: SuppressedTable = suppress(table, { threshold: 5 });
 * published.cells[0][1]; // { suppressed: true }
 * ```
 */
export interface SuppressedTable {
  /** Row labels. */
  rows: string[];
  /** Column labels. */
  columns: string[];
  /** `cells[row][column]`. */
  cells: Cell[][];
  /** One total per row. */
  rowTotals: Cell[];
  /** One total per column. */
  columnTotals: Cell[];
  /** The grand total. */
  total: Cell;
  /** The threshold used. */
  threshold: number;
}

type Pos = readonly [number, number];

/**
 * Disclosure control for a table of counts of children, with row and column totals:
 *
 * 1. **Primary**: every cell and total describing 1 to `threshold − 1` children is
 *    suppressed. 0 is shown (it describes no child).
 * 2. **Secondary**, repeated until nothing changes:
 *    - in every row and column (its total included) with exactly one suppressed
 *      entry, the smallest other entry is suppressed too — preferring non-zero
 *      values, then inner cells over totals;
 *    - a suppressed entry that still follows from the totals through a chain of
 *      rows and columns (a bridge in the graph of suppressed entries) gets another
 *      suppression that closes a cycle through it.
 *
 * The result: no suppressed entry can be computed exactly from the visible entries
 * and totals (each is on a cycle of suppressed entries, so it can be shifted by ±k
 * along the cycle without changing any published total).
 *
 * @example
 * ```ts
 * suppress({ rows: ['a', 'b'], columns: ['x', 'y'], counts: [[3, 10], [8, 12]] }).cells;
 * // [[{ suppressed: true }, { suppressed: true }], [{ suppressed: true }, { suppressed: true }]]
 * ```
 */
export function suppress(table: CountTable, options: SuppressionOptions = {}): SuppressedTable {
  const threshold = thresholdOf(options);
  checkTable(table);
  const R = table.rows.length;
  const C = table.columns.length;
  // The grid with margins: row R holds column totals, column C row totals.
  const grid: number[][] = [];
  for (let i = 0; i <= R; i += 1) grid.push(new Array<number>(C + 1).fill(0));
  for (let i = 0; i < R; i += 1) {
    for (let j = 0; j < C; j += 1) {
      const v = table.counts[i]?.[j] ?? 0;
      (grid[i] as number[])[j] = v;
      (grid[i] as number[])[C] = ((grid[i] as number[])[C] ?? 0) + v;
      (grid[R] as number[])[j] = ((grid[R] as number[])[j] ?? 0) + v;
      (grid[R] as number[])[C] = ((grid[R] as number[])[C] ?? 0) + v;
    }
  }
  const value = (i: number, j: number): number => grid[i]?.[j] ?? 0;
  const hidden = grid.map((row) => row.map((v) => v > 0 && v < threshold));
  const isHidden = (i: number, j: number): boolean => hidden[i]?.[j] === true;
  const hide = (i: number, j: number): void => {
    (hidden[i] as boolean[])[j] = true;
  };
  // Which visible entry to sacrifice: non-zero first, inner cells before totals, smallest.
  const key = ([i, j]: Pos): number[] => [
    value(i, j) === 0 ? 1 : 0,
    i === R || j === C ? 1 : 0,
    value(i, j),
    i,
    j,
  ];
  const better = (a: Pos, b: Pos | undefined): boolean => {
    if (!b) return true;
    const ka = key(a);
    const kb = key(b);
    for (let k = 0; k < ka.length; k += 1) {
      if ((ka[k] as number) !== (kb[k] as number)) return (ka[k] as number) < (kb[k] as number);
    }
    return false;
  };

  if (R > 0 && C > 0) {
    const lines: Pos[][] = [];
    for (let i = 0; i <= R; i += 1)
      lines.push(Array.from({ length: C + 1 }, (_, j) => [i, j] as const));
    for (let j = 0; j <= C; j += 1)
      lines.push(Array.from({ length: R + 1 }, (_, i) => [i, j] as const));
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        if (line.filter(([i, j]) => isHidden(i, j)).length !== 1) continue;
        let best: Pos | undefined;
        for (const pos of line) if (!isHidden(pos[0], pos[1]) && better(pos, best)) best = pos;
        if (best) {
          hide(best[0], best[1]);
          changed = true;
        }
      }
      if (changed) continue;
      const fix = bridgeFix(R, C, isHidden, better);
      if (fix) {
        hide(fix[0], fix[1]);
        changed = true;
      }
    }
  }

  const cell = (i: number, j: number): Cell =>
    isHidden(i, j) ? { suppressed: true } : { value: value(i, j) };
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: R }, (_, i) => cell(i, C)),
    columnTotals: Array.from({ length: C }, (_, j) => cell(R, j)),
    total: cell(R, C),
    threshold,
  };
}

/**
 * Finds a suppressed entry that is a bridge in the bipartite graph (rows and columns
 * as nodes, suppressed entries as edges) and returns the visible entry that closes a
 * cycle through it; `undefined` when there is no bridge. Internal.
 */
function bridgeFix(
  R: number,
  C: number,
  isHidden: (i: number, j: number) => boolean,
  better: (a: Pos, b: Pos | undefined) => boolean,
): Pos | undefined {
  const edges: Pos[] = [];
  for (let i = 0; i <= R; i += 1)
    for (let j = 0; j <= C; j += 1) if (isHidden(i, j)) edges.push([i, j]);
  // Nodes 0..R are rows, R+1..R+1+C are columns.
  const reach = (start: number, skip: Pos): Set<number> => {
    const seen = new Set<number>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop() as number;
      for (const [i, j] of edges) {
        if (i === skip[0] && j === skip[1]) continue;
        const a = i;
        const b = R + 1 + j;
        const other = node === a ? b : node === b ? a : -1;
        if (other >= 0 && !seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return seen;
  };
  for (const edge of edges) {
    const fromRow = reach(edge[0], edge);
    if (fromRow.has(R + 1 + edge[1])) continue;
    const fromColumn = reach(R + 1 + edge[1], edge);
    let best: Pos | undefined;
    for (let i = 0; i <= R; i += 1) {
      for (let j = 0; j <= C; j += 1) {
        if (isHidden(i, j)) continue;
        const col = R + 1 + j;
        const joins =
          (fromRow.has(i) && fromColumn.has(col)) || (fromColumn.has(i) && fromRow.has(col));
        if (joins && better([i, j], best)) best = [i, j];
      }
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * Shares from a suppressed table: each cell over its row total, its column total or
 * the grand total. A share is suppressed when its count or its total is (a share of a
 * hidden count would reveal it); `null` when the total is 0.
 *
 * @example
 * ```ts
 * suppressedShares(suppress(table), 'row')[0]; // [{ value: 0.8 }, { suppressed: true }, { suppressed: true }]
 * ```
 */
export function suppressedShares(
  table: SuppressedTable,
  of: 'row' | 'column' | 'total',
): Cell<number | null>[][] {
  return table.cells.map((row, i) =>
    row.map((cell, j) => {
      const total =
        of === 'row' ? table.rowTotals[i] : of === 'column' ? table.columnTotals[j] : table.total;
      return shareOf(cell, total ?? { suppressed: true });
    }),
  );
}
