import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, formatCell, isSuppressed, shareOf, suppressCount } from './cell';
import { type SuppressedTable, suppress, suppressedShares } from './suppress';
import { crossTabulate } from './table';

const S = { suppressed: true } as const;

/** The table as a grid with margins: row R = column totals, column C = row totals. */
function gridOf(t: SuppressedTable): Cell[][] {
  return [
    ...t.cells.map((row, i) => [...row, t.rowTotals[i] as Cell]),
    [...t.columnTotals, t.total],
  ];
}

/** Rank of a matrix over the rationals (small integer matrices: exact enough in doubles). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c += 1) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const p = m[r] as number[];
    for (let i = 0; i < m.length; i += 1) {
      if (i === r) continue;
      const row = m[i] as number[];
      const f = (row[c] ?? 0) / (p[c] ?? 1);
      if (f !== 0) for (let k = 0; k < cols; k += 1) row[k] = (row[k] ?? 0) - f * (p[k] ?? 0);
    }
    r += 1;
  }
  return r;
}

/**
 * Suppressed entries a reader can compute exactly from the published table: the
 * unknowns' coefficients in every row and column equation (cells sum to the total),
 * and an entry is determined when its unit vector lies in the equations' row space.
 */
function determined(t: SuppressedTable): [number, number][] {
  const grid = gridOf(t);
  const R = t.rows.length;
  const C = t.columns.length;
  const unknowns: [number, number][] = [];
  grid.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (isSuppressed(cell)) unknowns.push([i, j]);
    });
  });
  if (unknowns.length === 0) return [];
  const coefficient = (i: number, j: number, lineIsRow: boolean): number => {
    const isTotal = lineIsRow ? j === C : i === R;
    return isTotal ? -1 : 1;
  };
  const equations: number[][] = [];
  for (let i = 0; i <= R; i += 1)
    equations.push(unknowns.map(([a, b]) => (a === i ? coefficient(a, b, true) : 0)));
  for (let j = 0; j <= C; j += 1)
    equations.push(unknowns.map(([a, b]) => (b === j ? coefficient(a, b, false) : 0)));
  const base = rank(equations);
  return unknowns.filter(
    (_, k) => rank([...equations, unknowns.map((__, q) => (q === k ? 1 : 0))]) === base,
  );
}

describe('suppress', () => {
  it('hides 1-4, keeps 0, and protects the hidden cell with the next-smallest', () => {
    // counts      totals
    // [3, 10, 0]  13
    // [8, 12, 0]  20
    //  11 22  0   33
    // Primary: 3. Row a has one hidden → the smallest non-zero other cell: 10.
    // Column x has one hidden (3) → 8. Column y has one (10) → 12. Row b now has 8 and
    // 12. No line has exactly one; the four form a cycle. Zeros and totals stay.
    const t = suppress({
      rows: ['a', 'b'],
      columns: ['x', 'y', 'z'],
      counts: [
        [3, 10, 0],
        [8, 12, 0],
      ],
    });
    expect(t.cells).toEqual([
      [S, S, { value: 0 }],
      [S, S, { value: 0 }],
    ]);
    expect(t.rowTotals).toEqual([{ value: 13 }, { value: 20 }]);
    expect(t.columnTotals).toEqual([{ value: 11 }, { value: 22 }, { value: 0 }]);
    expect(t.total).toEqual({ value: 33 });
    expect(determined(t)).toEqual([]);
  });

  it('suppresses small totals and protects them in the margin', () => {
    // [2, 0] total 2 → cell and total hidden (both 1-4). The column of row totals
    // (2, 30 | 32) then has one hidden → 30 hidden too, and so on until stable.
    const t = suppress({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      counts: [
        [2, 0],
        [10, 20],
      ],
    });
    expect(t.cells[0]?.[0]).toEqual(S);
    expect(t.rowTotals[0]).toEqual(S);
    expect(t.rowTotals[1]).toEqual(S);
    expect(determined(t)).toEqual([]);
  });

  it('closes a chain of suppressions that would still give a cell away (bridge)', () => {
    // Two 2×2 blocks of small cells (rows a-b × columns v-w, rows c-d × columns x-y)
    // linked by one small cell (a, x); row e and column z are large. Every row and
    // column has 0 or ≥ 2 hidden entries, yet (a, x) = total(a) − 50 − 50 − (a,v) − (a,w),
    // and (a,v) + (a,w) = total(v) + total(w) − total(b) + (b,x) + (b,y) + (b,z) − …:
    // it is a bridge between the blocks. One more suppression closes a cycle through it.
    const counts = [
      [1, 1, 1, 50, 50],
      [1, 1, 50, 50, 50],
      [50, 50, 1, 1, 50],
      [50, 50, 1, 1, 50],
      [50, 50, 50, 50, 50],
    ];
    const t = suppress({
      rows: ['a', 'b', 'c', 'd', 'e'],
      columns: ['v', 'w', 'x', 'y', 'z'],
      counts,
    });
    expect(determined(t)).toEqual([]);
    // Exactly one extra cell beyond the 9 primary ones, joining the two blocks.
    expect(gridOf(t).flat().filter(isSuppressed)).toHaveLength(10);
  });

  it('leaves a table with nothing small alone, and threshold 1 suppresses nothing', () => {
    const counts = [
      [5, 0],
      [7, 9],
    ];
    expect(
      suppress({ rows: ['a', 'b'], columns: ['x', 'y'], counts })
        .cells.flat()
        .some(isSuppressed),
    ).toBe(false);
    const ones = suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[1, 2]] }, { threshold: 1 });
    expect(ones.cells).toEqual([[{ value: 1 }, { value: 2 }]]);
    expect(() => suppress({ rows: ['a'], columns: ['x'], counts: [[-1]] })).toThrow(
      'Invalid count table',
    );
    expect(() =>
      suppress({ rows: ['a'], columns: ['x'], counts: [[1]] }, { threshold: 0 }),
    ).toThrow(RangeError);
  });

  it('suppresses shares of hidden counts', () => {
    const t = suppress({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      counts: [
        [3, 10],
        [8, 12],
      ],
    });
    expect(suppressedShares(t, 'row').flat().every(isSuppressed)).toBe(true);
    const open = suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[0, 0]] });
    expect(suppressedShares(open, 'row')).toEqual([[{ value: null }, { value: null }]]);
    expect(shareOf({ value: 36 }, { value: 100 })).toEqual({ value: 0.36 });
    expect(suppressCount(4)).toEqual(S);
    expect(suppressCount(0)).toEqual({ value: 0 });
    expect(suppressCount(5)).toEqual({ value: 5 });
    expect(formatCell(S)).toBe('<5');
    expect(formatCell({ value: 0.36 }, { format: (v) => `${v * 100} %` })).toBe('36 %');
  });
});

describe('suppress (properties)', () => {
  // Microdata: one record per child with a district (row) and a placement group (column).
  const microdata = fc.array(
    fc.record({
      row: fc.constantFrom('r0', 'r1', 'r2', 'r3', 'r4'),
      column: fc.constantFrom('c0', 'c1', 'c2', 'c3'),
    }),
    { maxLength: 80 },
  );
  const tableOf = (records: { row: string; column: string }[]) =>
    crossTabulate(
      records,
      (r) => r.row,
      (r) => r.column,
      {
        rows: ['r0', 'r1', 'r2', 'r3', 'r4'],
        columns: ['c0', 'c1', 'c2', 'c3'],
      },
    );

  it('hides every 1-4 entry, shows every other entry as it is', () => {
    fc.assert(
      fc.property(microdata, (records) => {
        const table = tableOf(records);
        const t = suppress(table);
        const truth = [
          ...table.counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]),
          [
            ...table.columns.map((_, j) => table.counts.reduce((a, row) => a + (row[j] ?? 0), 0)),
            records.length,
          ],
        ];
        for (const [i, row] of gridOf(t).entries()) {
          for (const [j, cell] of row.entries()) {
            const v = truth[i]?.[j] ?? 0;
            if (v > 0 && v < 5) expect(cell).toEqual(S);
            if (!isSuppressed(cell)) expect(cell.value).toBe(v);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no row or column with exactly one hidden entry (totals included)', () => {
    // So no hidden cell is the line total minus the visible cells: each line with
    // hidden cells has at least two, one of which may be the line's own total.
    fc.assert(
      fc.property(microdata, (records) => {
        const grid = gridOf(suppress(tableOf(records)));
        const lines = [
          ...grid,
          ...(grid[0] ?? []).map((_, j) => grid.map((row) => row[j] as Cell)),
        ];
        for (const line of lines) expect(line.filter(isSuppressed).length).not.toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no hidden entry computable from all the equations together', () => {
    fc.assert(
      fc.property(microdata, (records) => {
        expect(determined(suppress(tableOf(records)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no hidden entry computable, on tables dense with small counts', () => {
    // Tables drawn directly, most counts small: chains of suppressions between blocks
    // are common here, which random microdata seldom produces.
    const table = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) =>
        fc.array(
          fc.array(fc.constantFrom(0, 1, 2, 3, 4, 5, 9, 30, 80), { minLength: c, maxLength: c }),
          {
            minLength: r,
            maxLength: r,
          },
        ),
      );
    fc.assert(
      fc.property(table, (counts) => {
        const rows = counts.map((_, i) => `r${i}`);
        const columns = (counts[0] ?? []).map((_, j) => `c${j}`);
        expect(determined(suppress({ rows, columns, counts }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses every share whose count or total is hidden', () => {
    fc.assert(
      fc.property(microdata, fc.constantFrom('row', 'column', 'total' as const), (records, of) => {
        const t = suppress(tableOf(records));
        const shares = suppressedShares(t, of as 'row' | 'column' | 'total');
        for (const [i, row] of t.cells.entries()) {
          for (const [j, cell] of row.entries()) {
            const total =
              of === 'row' ? t.rowTotals[i] : of === 'column' ? t.columnTotals[j] : t.total;
            const hidden = isSuppressed(cell) || isSuppressed(total as Cell);
            expect(isSuppressed(shares[i]?.[j] as Cell<number | null>)).toBe(hidden);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
