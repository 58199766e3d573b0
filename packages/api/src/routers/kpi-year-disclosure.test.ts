import type { Cell } from '@trappen/kpi';
import { describe, expect, it } from 'vitest';
import { protectYearsFromQuarters } from './kpi-year-disclosure';

const v = (value: number): Cell => ({ value });
const hidden: Cell = { suppressed: true };
const entry = (label: string, due: Cell, onTime: Cell) => ({
  label,
  due,
  onTime,
  bySource: [{ source: 'school', count: due }],
});

describe('protectYearsFromQuarters', () => {
  it('hides every cell of a year when one of its quarters hides a cell, so the quarter cannot be derived', () => {
    const protectedEntries = protectYearsFromQuarters([
      entry('2024', v(40), v(30)),
      entry('2024-Q1', v(10), v(8)),
      entry('2024-Q2', v(12), v(9)),
      entry('2024-Q3', hidden, hidden),
      entry('2024-Q4', v(15), v(11)),
    ]);
    expect(protectedEntries[0]).toEqual({
      label: '2024',
      due: hidden,
      onTime: hidden,
      bySource: [{ source: 'school', count: hidden }],
    });
    expect(protectedEntries.slice(1)).toEqual([
      entry('2024-Q1', v(10), v(8)),
      entry('2024-Q2', v(12), v(9)),
      entry('2024-Q3', hidden, hidden),
      entry('2024-Q4', v(15), v(11)),
    ]);
  });

  it('leaves a year alone when all its quarters are fully published, and other years unaffected', () => {
    const entries = [
      entry('2023', v(40), v(30)),
      entry('2023-Q1', v(10), v(8)),
      entry('2024', v(20), v(10)),
      entry('2024-Q2', hidden, v(5)),
    ];
    const result = protectYearsFromQuarters(entries);
    expect(result[0]).toEqual(entries[0]);
    expect(result[2]?.due).toEqual(hidden);
    expect(result[2]?.onTime).toEqual(hidden);
  });
});
