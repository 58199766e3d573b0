import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DisclosedCell, formatCell, shareOf } from './cell';
import { intervalOf, protectTables } from './protect';
import { gridSums, readerInterval } from './reader.test-support';
import { type SuppressedTable, suppress, suppressedShares } from './suppress';
import { crossTabulate } from './table';

const kinds = (cells: readonly DisclosedCell[]) => cells.map((c) => c.kind);

/** The published table as the reader sees it: every cell by name (see `gridSums`). */
function readerCells(t: SuppressedTable): Map<string, DisclosedCell> {
  const cells = new Map<string, DisclosedCell>();
  t.cells.forEach((row, i) => {
    row.forEach((cell, j) => {
      cells.set(`t:${i}:${j}`, cell);
    });
  });
  t.rowTotals.forEach((cell, i) => {
    cells.set(`t:${i}:*`, cell);
  });
  t.columnTotals.forEach((cell, j) => {
    cells.set(`t:*:${j}`, cell);
  });
  cells.set('t:*:*', t.total);
  return cells;
}

/** Every not-shown entry with the width of the interval a reader can work out for it. */
function widths(t: SuppressedTable): [string, number][] {
  const cells = readerCells(t);
  const sums = gridSums('t', t.rows.length, t.columns.length);
  return [...cells]
    .filter(([, c]) => c.kind !== 'value')
    .map(([name]) => {
      const [low, high] = readerInterval(cells, sums, name, t.threshold);
      return [name, high - low];
    });
}

describe('suppress', () => {
  it('does not let Team Syd 14 + <5 + <5 = 16 give both small cells away (zeros are published)', () => {
    // The reported case: a row with one visible cell, two small ones and its total
    // visible; with zeros published, both small cells are ≥ 1, so both must be 1.
    const t = suppress({
      rows: ['Nord', 'Syd'],
      columns: ['family', 'independent', 'institution'],
      counts: [
        [20, 0, 31],
        [14, 1, 1],
      ],
    });
    expect(kinds(t.cells[1] ?? [])).toContain('suppressed');
    expect(t.cells[0]?.[1]).toEqual({ kind: 'value', value: 0 });
    for (const [name, width] of widths(t)) expect([name, width >= 5]).toEqual([name, true]);
    // Hidden to protect, not small: labelled differently from "<5".
    const hidden = [...readerCells(t).values()].filter((c) => c.kind === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    expect(formatCell(hidden[0] as DisclosedCell)).toBe('skjult');
    expect(formatCell(t.cells[1]?.[1] as DisclosedCell)).toBe('<5');
  });

  it('the interval a reader works out: exactly 1 for 14 + <5 + <5 = 16', () => {
    const tables = {
      values: [14, 1, 1, 16],
      sums: [{ total: 3, parts: [0, 1, 2] }],
      costs: [0, 0, 0, 1],
    };
    expect(intervalOf(tables, ['value', 'suppressed', 'suppressed', 'value'], 1, 5)).toEqual([
      1, 1,
    ]);
    const status = protectTables(tables);
    // Hiding the 14 (then ≥ 5) leaves a + b + c = 16: a anywhere in 1…10.
    expect(status).toEqual(['hidden', 'suppressed', 'suppressed', 'value']);
    const [low, high] = intervalOf(tables, status, 1, 5);
    expect(high - low).toBeGreaterThanOrEqual(5);
  });

  it('publishes zeros and leaves a table with nothing small alone; threshold 1 suppresses nothing', () => {
    const t = suppress({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      counts: [
        [5, 0],
        [7, 9],
      ],
    });
    expect(t.cells.flat().every((c) => c.kind === 'value')).toBe(true);
    const ones = suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[1, 2]] }, { threshold: 1 });
    expect(ones.cells).toEqual([
      [
        { kind: 'value', value: 1 },
        { kind: 'value', value: 2 },
      ],
    ]);
    expect(() => suppress({ rows: ['a'], columns: ['x'], counts: [[-1]] })).toThrow(
      'Invalid count table',
    );
    expect(() =>
      suppress({ rows: ['a'], columns: ['x'], counts: [[1]] }, { threshold: 0 }),
    ).toThrow(RangeError);
  });

  it('does not show shares of counts that are not shown', () => {
    const t = suppress({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      counts: [
        [3, 10],
        [8, 12],
      ],
    });
    const shares = suppressedShares(t, 'row');
    t.cells.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell.kind !== 'value') expect(shares[i]?.[j]?.kind).not.toBe('value');
      });
    });
    const open = suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[0, 0]] });
    expect(suppressedShares(open, 'row')).toEqual([
      [
        { kind: 'value', value: null },
        { kind: 'value', value: null },
      ],
    ]);
    const shown = open.cells[0]?.[0] as DisclosedCell;
    const small = suppress({ rows: ['a'], columns: ['x'], counts: [[2]] }).total;
    expect(shareOf(small, shown).kind).toBe('suppressed');
    expect(shareOf(shown, small).kind).toBe('hidden');
  });
});

describe('suppress (properties)', () => {
  const rows = ['r0', 'r1', 'r2', 'r3'];
  const columns = ['c0', 'c1', 'c2'];
  const microdata = fc.array(
    fc.record({ row: fc.constantFrom(...rows), column: fc.constantFrom(...columns) }),
    { maxLength: 70 },
  );
  const tableOf = (records: { row: string; column: string }[]) =>
    crossTabulate(
      records,
      (r) => r.row,
      (r) => r.column,
      { rows, columns },
    );

  it('suppresses every 1-4, shows zeros and every shown entry as it is', () => {
    fc.assert(
      fc.property(microdata, (records) => {
        const table = tableOf(records);
        const t = suppress(table);
        table.counts.forEach((row, i) => {
          row.forEach((v, j) => {
            const cell = t.cells[i]?.[j];
            if (v > 0 && v < 5) expect(cell?.kind).toBe('suppressed');
            if (v === 0) expect(cell).toEqual({ kind: 'value', value: 0 });
            if (cell?.kind === 'value') expect(cell.value).toBe(v);
            if (cell?.kind === 'hidden') expect(v).toBeGreaterThanOrEqual(5);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it('leaves every hidden entry an interval at least the threshold wide, as a reader works it out', () => {
    fc.assert(
      fc.property(microdata, (records) => {
        for (const [name, width] of widths(suppress(tableOf(records))))
          expect([name, width >= 5]).toEqual([name, true]);
      }),
      { numRuns: 60 },
    );
  });

  it('holds on tables dense with small counts', () => {
    const dense = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([r, c]) =>
        fc.array(
          fc.array(fc.constantFrom(0, 1, 2, 3, 4, 6, 14, 30), { minLength: c, maxLength: c }),
          {
            minLength: r,
            maxLength: r,
          },
        ),
      );
    fc.assert(
      fc.property(dense, (counts) => {
        const t = suppress({
          rows: counts.map((_, i) => `r${i}`),
          columns: (counts[0] ?? []).map((_, j) => `c${j}`),
          counts,
        });
        for (const [name, width] of widths(t)) expect([name, width >= 5]).toEqual([name, true]);
      }),
      { numRuns: 80 },
    );
  });
});
