import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from './dates';
import { defaultStaircase } from './default-staircase';
import { movement } from './movement';
import { stepOf } from './step-of';
import {
  checkDays,
  dayArb,
  expectedRank,
  historyArb,
  interventionArb,
} from './testing/arbitraries';
import { timeline } from './timeline';

const NUM_RUNS = 300;
const rankOn = (history: Parameters<typeof stepOf>[1], date: string) =>
  stepOf(defaultStaircase, history, date)?.rank ?? 0;

describe('property: timeline', () => {
  it('periods are sorted, never overlap, and same-step neighbours are merged', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const periods = timeline(defaultStaircase, history);
        periods.forEach((period, i) => {
          const from = toDayNumber(period.from);
          if (period.to !== null) expect(toDayNumber(period.to)).toBeGreaterThanOrEqual(from);
          else expect(i).toBe(periods.length - 1);
          const next = periods[i + 1];
          if (next) {
            expect(period.to).not.toBeNull();
            const gap = toDayNumber(next.from) - toDayNumber(period.to as string);
            expect(gap).toBeGreaterThanOrEqual(1);
            if (gap === 1) expect(next.rank).not.toBe(period.rank);
          }
          expect(defaultStaircase.steps[period.rank - 1]?.id).toBe(period.step);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('covers exactly the days some intervention is active, at the highest active step', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const periods = timeline(defaultStaircase, history);
        for (const date of checkDays) {
          const day = toDayNumber(date);
          const covering = periods.filter(
            (p) => toDayNumber(p.from) <= day && (p.to === null || day <= toDayNumber(p.to)),
          );
          expect(covering.length).toBeLessThanOrEqual(1);
          expect(covering[0]?.rank ?? 0, date).toBe(expectedRank(history, date));
        }
        const openEnded = history.some((record) => record.end == null);
        expect(periods.at(-1)?.to === null).toBe(openEnded);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('agrees with stepOf on every day', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const periods = timeline(defaultStaircase, history);
        for (const date of checkDays) {
          const period = periods.find((p) => p.from <= date && (p.to === null || date <= p.to));
          expect(period?.step ?? null, date).toBe(
            stepOf(defaultStaircase, history, date)?.id ?? null,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        historyArb.chain((history) =>
          fc.tuple(
            fc.constant(history),
            fc.shuffledSubarray(history, { minLength: history.length }),
          ),
        ),
        ([history, shuffled]) => {
          expect(timeline(defaultStaircase, shuffled)).toEqual(timeline(defaultStaircase, history));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('property: stepOf', () => {
  it('never decreases (by rank) when an intervention is added', () => {
    fc.assert(
      fc.property(
        historyArb,
        interventionArb,
        fc.nat(),
        dayArb,
        (history, added, position, date) => {
          const extended = [...history];
          extended.splice(position % (history.length + 1), 0, added);
          expect(rankOn(extended, date)).toBeGreaterThanOrEqual(rankOn(history, date));
        },
      ),
      { numRuns: NUM_RUNS * 3 },
    );
  });

  it('is the highest rank among interventions active that day', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (history, date) => {
        expect(rankOn(history, date)).toBe(expectedRank(history, date));
      }),
      { numRuns: NUM_RUNS * 3 },
    );
  });
});

describe('property: movement', () => {
  it('agrees with stepOf at both dates', () => {
    fc.assert(
      fc.property(historyArb, dayArb, dayArb, (history, from, to) => {
        const before = rankOn(history, from);
        const after = rankOn(history, to);
        const expected =
          before === 0 && after === 0
            ? 'none'
            : before === 0
              ? 'entered'
              : after === 0
                ? 'exited'
                : after < before
                  ? 'down'
                  : after > before
                    ? 'up'
                    : 'unchanged';
        expect(movement(defaultStaircase, history, from, to)).toBe(expected);
      }),
      { numRuns: NUM_RUNS * 3 },
    );
  });

  it('is the mirror image when the dates are swapped', () => {
    const mirror = {
      down: 'up',
      up: 'down',
      unchanged: 'unchanged',
      entered: 'exited',
      exited: 'entered',
      none: 'none',
    } as const;
    fc.assert(
      fc.property(historyArb, dayArb, dayArb, (history, from, to) => {
        expect(movement(defaultStaircase, history, to, from)).toBe(
          mirror[movement(defaultStaircase, history, from, to)],
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
