import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discloseBoard } from './disclose';
import type { BoardRows } from './rows';
import { boardStory } from './story';

const ctx = {
  ranks: [1, 2, 3, 4, 5, 6],
  teamNames: new Map(),
  norms: { target: 25, max: 30, teams: {} },
};

/**
 * Raw rows for 2015 to the latest quarter: placed children (a stock) per quarter end,
 * the year being its fourth quarter; `level(q)` gives the count at quarter index q.
 */
function rowsOf(level: (q: number) => number, quarters: number): BoardRows {
  const periods: BoardRows['periods'][number][] = [];
  const placed: BoardRows['placed'][number][] = [];
  const add = (label: string, kind: 'year' | 'quarter', count: number) => {
    periods.push({ label, kind, from: '', to: '' });
    const family = Math.round(count * 0.4);
    placed.push(
      { label, team: 'nord', placementType: 'foster', group: 'family', children: family },
      {
        label,
        team: 'nord',
        placementType: 'home',
        group: 'institution',
        children: count - family,
      },
    );
  };
  for (let q = 0; q < quarters; q += 1) {
    const year = 2015 + Math.floor(q / 4);
    add(`${year}-Q${(q % 4) + 1}`, 'quarter', level(q));
    if (q % 4 === 3) add(String(year), 'year', level(q));
  }
  return {
    periods,
    placed,
    mix: [],
    steps: [],
    movement: [],
    caseload: [],
    followUps: [],
    notifications: [],
    spend: [],
  };
}

const boardOf = (raw: BoardRows) => ({
  ...discloseBoard(raw, ctx),
  periods: raw.periods,
  municipality: { reformStart: '2017-01-01' },
});

describe('boardStory', () => {
  it('compares the last complete year before the reform with the latest complete year, from the charts’ cells', () => {
    // 2015-2025 falling from 200 to 120, then 2026-Q1..Q3 rising to 180: a reversal.
    const level = (q: number) => (q < 44 ? 200 - Math.round((80 * q) / 43) : 120 + 20 * (q - 43));
    const board = boardOf(rowsOf(level, 47));
    const story = boardStory(board);
    expect(story.baseline).toBe('2016');
    expect(story.latest).toBe('2025');
    const cell = (label: string) => board.placed.find((p) => p.label === label)?.total;
    expect(story.placed.baseline).toEqual(cell('2016'));
    expect(story.placed.latest).toEqual(cell('2025'));
    // A stock: the year on the board is its fourth quarter.
    expect(cell('2025')).toEqual(cell('2025-Q4'));
    expect(story.placed.change).toBeCloseTo((120 - level(7)) / level(7), 10);
    expect(story.reversal).toEqual({
      from: '2025-Q3',
      to: '2026-Q3',
      fromValue: level(42),
      toValue: level(46),
      change: (level(46) - level(42)) / level(42),
    });
    expect(cell('2026-Q3')).toEqual({ kind: 'value', value: story.reversal?.toValue });
  });

  it('tells no reversal when the latest quarters keep to the trend', () => {
    const board = boardOf(rowsOf((q) => 200 - 2 * q, 47));
    expect(boardStory(board).reversal).toBeNull();
  });

  it('uses exactly the published cells for any history (story numbers = figure numbers)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 9, maxLength: 48 }),
        (levels) => {
          const board = boardOf(rowsOf((q) => levels[q] ?? 0, levels.length));
          const story = boardStory(board);
          const cell = (label: string | null) => board.placed.find((p) => p.label === label)?.total;
          if (story.baseline) expect(story.placed.baseline).toEqual(cell(story.baseline));
          if (story.latest) expect(story.placed.latest).toEqual(cell(story.latest));
          if (story.reversal) {
            expect(cell(story.reversal.from)).toEqual({
              kind: 'value',
              value: story.reversal.fromValue,
            });
            expect(cell(story.reversal.to)).toEqual({
              kind: 'value',
              value: story.reversal.toValue,
            });
            expect(Math.sign(story.reversal.change)).toBe(-Math.sign(story.placed.change ?? 0));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
