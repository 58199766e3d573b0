import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DisclosedCell } from '../disclosure/cell';
import { gridSums, type ReaderSum, readerInterval } from '../disclosure/reader.test-support';
import { type DisclosedBoard, discloseBoard } from './disclose';
import type { BoardRows } from './rows';

const YEARS = [2021, 2022];
const PERIODS: BoardRows['periods'] = [
  ...YEARS.flatMap((y) => [
    { label: String(y), kind: 'year' as const, from: `${y}-01-01`, to: `${y}-12-31` },
    ...[1, 2, 3, 4].map((q) => ({
      label: `${y}-Q${q}`,
      kind: 'quarter' as const,
      from: '',
      to: '',
    })),
  ]),
  { label: '2023-Q1', kind: 'quarter', from: '2023-01-01', to: '2023-03-31' },
];
const QUARTERS = PERIODS.filter((p) => p.kind === 'quarter').map((p) => p.label);
const TEAMS = ['nord', 'syd', 'vest'];
const GROUPS = ['family', 'independent', 'institution'] as const;
const SOURCES = ['school', 'police', 'health'];
const ctx = {
  ranks: [1, 2, 3, 4, 5, 6],
  teamNames: new Map([['syd', 'Team Syd']]),
  norms: { target: 25, max: 30, teams: {} },
};

/** Counts as microdata gives them: mostly small, some large. */
const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 }));

const rows = fc
  .record({
    placed: fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), {
      minLength: 3,
      maxLength: 3,
    }),
    notes: fc.array(fc.array(fc.tuple(count, count), { minLength: 3, maxLength: 3 }), {
      minLength: QUARTERS.length,
      maxLength: QUARTERS.length,
    }),
    follow: fc.array(fc.tuple(count, count), {
      minLength: QUARTERS.length,
      maxLength: QUARTERS.length,
    }),
  })
  .map(({ placed, notes, follow }): BoardRows => {
    const sumOver = (label: string, f: (q: number) => [number, number]) => {
      const year = /^\d{4}$/.test(label);
      const qs = QUARTERS.map((q, k) => [q, k] as const).filter(([q]) =>
        year ? q.startsWith(`${label}-Q`) : q === label,
      );
      return qs.reduce<[number, number]>(
        (acc, [, k]) => {
          const [a, b] = f(k);
          return [acc[0] + a, acc[1] + b];
        },
        [0, 0],
      );
    };
    return {
      periods: PERIODS,
      // A stock: the same table on each period's last day (varied by period below).
      placed: PERIODS.flatMap((p, k) =>
        TEAMS.flatMap((team, i) =>
          GROUPS.map((group, j) => ({
            label: p.label,
            team,
            placementType: group,
            group,
            children: ((placed[i]?.[j] ?? 0) + k * (i + j)) % 41,
          })),
        ),
      ),
      mix: [],
      steps: [],
      movement: [],
      caseload: [],
      followUps: PERIODS.map((p) => {
        const [onTime, late] = sumOver(p.label, (k) => follow[k] ?? [0, 0]);
        return { label: p.label, due: onTime + late, onTime };
      }),
      notifications: PERIODS.flatMap((p) =>
        SOURCES.map((source, s) => {
          const [underEight, eightAndOver] = sumOver(p.label, (k) => notes[k]?.[s] ?? [0, 0]);
          return { label: p.label, source, underEight, eightAndOver };
        }),
      ),
      spend: [],
    };
  });

/** Every published table of the board with the sums a reader knows hold between them. */
function readerView(board: DisclosedBoard): {
  cells: Map<string, DisclosedCell<unknown>>;
  sums: ReaderSum[];
} {
  const cells = new Map<string, DisclosedCell<unknown>>();
  const sums: ReaderSum[] = [];
  for (const p of board.placed) {
    const name = `p:${p.label}`;
    p.byTeam.forEach((t, i) => {
      cells.set(`${name}:${i}:*`, t.total);
      GROUPS.forEach((g, j) => {
        cells.set(`${name}:${i}:${j}`, t.byGroup[g]);
      });
    });
    GROUPS.forEach((g, j) => {
      cells.set(`${name}:*:${j}`, p.byGroup[g]);
    });
    cells.set(`${name}:*:*`, p.total);
    sums.push(...gridSums(name, p.byTeam.length, GROUPS.length));
  }
  for (const n of board.notifications) {
    const name = `n:${n.label}`;
    // Published: the count, the under-8 total and each source's total. The source × age
    // cells and the 8-and-over total are never shown: the reader does not know them.
    cells.set(`${name}:*:*`, n.count);
    cells.set(`${name}:0:*`, n.underEight);
    n.bySource.forEach((s, j) => {
      cells.set(`${name}:*:${j}`, s.count);
    });
    sums.push(...gridSums(name, 2, n.bySource.length));
  }
  for (const f of board.followUps) {
    cells.set(`f:${f.label}:due`, f.due);
    cells.set(`f:${f.label}:onTime`, f.onTime);
    cells.set(`f:${f.label}:late`, f.late);
    sums.push({ total: `f:${f.label}:due`, parts: [`f:${f.label}:onTime`, `f:${f.label}:late`] });
  }
  // A year of a flow is the sum of its quarters, cell by cell.
  for (const y of YEARS) {
    const qs = [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
    for (const key of ['due', 'onTime', 'late'])
      sums.push({ total: `f:${y}:${key}`, parts: qs.map((q) => `f:${q}:${key}`) });
    for (const i of [0, 1, '*'])
      for (const j of [...SOURCES.keys(), '*'])
        sums.push({ total: `n:${y}:${i}:${j}`, parts: qs.map((q) => `n:${q}:${i}:${j}`) });
  }
  return { cells, sums };
}

const shownValue = (cell: DisclosedCell | undefined) =>
  cell?.kind === 'value' ? cell.value : null;

describe('discloseBoard (all linked tables together)', () => {
  it('leaves no hidden cell narrower than the threshold, against everything the board publishes', () => {
    fc.assert(
      fc.property(rows, (raw) => {
        const board = discloseBoard(raw, ctx);
        const { cells, sums } = readerView(board);
        for (const [name, cell] of cells) {
          if (cell.kind === 'value') continue;
          const [low, high] = readerInterval(cells, sums, name, board.threshold);
          expect([name, high - low >= board.threshold]).toEqual([name, true]);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('publishes a flow year as the sum of its published quarters, and whenever all quarters are', () => {
    fc.assert(
      fc.property(rows, (raw) => {
        const board = discloseBoard(raw, ctx);
        for (const y of YEARS) {
          const quarters = [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
          const series: [string, (label: string) => DisclosedCell | undefined][] = [
            ['notifications', (l) => board.notifications.find((n) => n.label === l)?.count],
            ['underEight', (l) => board.notifications.find((n) => n.label === l)?.underEight],
            ['due', (l) => board.followUps.find((f) => f.label === l)?.due],
            ['onTime', (l) => board.followUps.find((f) => f.label === l)?.onTime],
          ];
          for (const [name, cellOf] of series) {
            const parts = quarters.map((q) => shownValue(cellOf(q)));
            const year = shownValue(cellOf(String(y)));
            if (parts.every((v) => v !== null)) {
              expect([name, y, year]).toEqual([
                name,
                y,
                parts.reduce((a, b) => (a ?? 0) + (b ?? 0), 0),
              ]);
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('publishes the reported yearly notifications whose quarters are public (53 + 84 + 47 + 66)', () => {
    const quarterly = [53, 84, 47, 66];
    const raw: BoardRows = {
      periods: PERIODS.slice(0, 5),
      placed: [],
      mix: [],
      steps: [],
      movement: [],
      caseload: [],
      followUps: [],
      // One source has 2 children under 8 in Q1: an inner cell never shown on its own.
      notifications: PERIODS.slice(0, 5).flatMap((p, k) => {
        const total = k === 0 ? 250 : (quarterly[k - 1] as number);
        const under = k === 0 ? 2 : k === 1 ? 2 : 0;
        return [
          {
            label: p.label,
            source: 'school',
            underEight: under,
            eightAndOver: total - under - (k === 0 ? 80 : 20),
          },
          { label: p.label, source: 'police', underEight: 0, eightAndOver: 20 * (k === 0 ? 4 : 1) },
        ];
      }),
      spend: [],
    };
    const board = discloseBoard(raw, ctx);
    expect(board.notifications.map((n) => shownValue(n.count))).toEqual([250, ...quarterly]);
  });
});
