import { describe, expect, it } from 'vitest';
import { type HistoryPeriod, moveInto } from './movement';

const period = (rank: number, from: string, to: string | null): HistoryPeriod => ({
  step: `step-${rank}`,
  rank,
  from,
  to,
});

describe('moveInto', () => {
  const history = [
    period(5, '2024-01-01', '2024-03-31'),
    period(3, '2024-04-01', '2024-06-30'),
    period(4, '2024-07-01', '2024-08-31'),
    period(2, '2024-10-01', null),
  ];

  it('describes the start, moves down and up, and a restart after a break', () => {
    expect(moveInto(history, 0)).toEqual({ kind: 'start' });
    expect(moveInto(history, 1)).toEqual({ kind: 'down', count: 2 });
    expect(moveInto(history, 2)).toEqual({ kind: 'up', count: 1 });
    expect(moveInto(history, 3)).toEqual({ kind: 'afterBreak' });
  });

  it('calls back-to-back periods on the same step "same"', () => {
    const same = [period(3, '2024-01-01', '2024-01-31'), period(3, '2024-02-01', null)];
    expect(moveInto(same, 1)).toEqual({ kind: 'same' });
  });
});
