import {
  defaultStaircase,
  fromDayNumber,
  PLACEMENT_TYPES,
  stepOf,
  toDayNumber,
} from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notifications } from './notifications';
import { quarterPeriod, yearPeriod } from './period';
import { placedChildren, placementMix } from './placements';
import { staircaseMovement, stepDistribution } from './steps';
import { generateKpiInput } from './testing/generate';

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const periods = fc.oneof(
  fc.integer({ min: 2014, max: 2019 }).map(yearPeriod),
  fc
    .tuple(
      fc.integer({ min: 2014, max: 2019 }),
      fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    )
    .map(([y, q]) => quarterPeriod(y, q)),
);
const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};
const typeIndex = new Map(PLACEMENT_TYPES.map((t, i) => [t, i]));
const rankOf = new Map(
  defaultStaircase.interventions.map((e) => [
    e.code,
    defaultStaircase.steps.find((s) => s.id === e.step)?.rank ?? 0,
  ]),
);
const typeOf = new Map(defaultStaircase.interventions.map((e) => [e.code, e.placementType]));

describe('KPI properties on generated data', () => {
  it('shares sum to 1 within 1e-9 whenever any child counts; child-years are non-negative', () => {
    fc.assert(
      fc.property(seeds, periods, (seed, period) => {
        const input = generateKpiInput({ seed, children: 30 });
        const mix = placementMix(input, period).value;
        const typeRows = Object.values(mix.byType);
        const groupRows = Object.values(mix.byGroup);
        for (const row of [...typeRows, ...groupRows, mix])
          expect(row.childYears).toBeGreaterThanOrEqual(0);
        if (mix.days > 0) {
          expect(Math.abs(sum(typeRows.map((r) => r.share ?? Number.NaN)) - 1)).toBeLessThan(1e-9);
          expect(Math.abs(sum(groupRows.map((r) => r.share ?? Number.NaN)) - 1)).toBeLessThan(1e-9);
        } else {
          expect(typeRows.every((r) => r.share === null)).toBe(true);
        }
        const steps = stepDistribution(input, period).value;
        if (steps.onStep > 0) {
          expect(Math.abs(sum(steps.steps.map((s) => s.share ?? Number.NaN)) - 1)).toBeLessThan(
            1e-9,
          );
        }
        expect(steps.onStep + steps.onNoStep).toBe(input.children.length);
        const n = notifications(input, period).value;
        expect(n.underEight).toBeLessThanOrEqual(n.count);
        expect(sum(n.bySource.map((s) => s.count))).toBe(n.count);
      }),
      { numRuns: 40 },
    );
  });

  it('movement counts sum to the children on a step at either date', () => {
    fc.assert(
      fc.property(seeds, periods, (seed, period) => {
        const input = generateKpiInput({ seed, children: 30 });
        const m = staircaseMovement(input, period).value;
        const onEither = input.children.filter((child) => {
          const history = input.interventions.filter((i) => i.childId === child.id);
          return (
            stepOf(defaultStaircase, history, period.from) ||
            stepOf(defaultStaircase, history, period.to)
          );
        }).length;
        expect(m.down + m.up + m.unchanged + m.entered + m.exited).toBe(onEither);
        expect(m.children).toBe(onEither);
      }),
      { numRuns: 40 },
    );
  });

  it('placement days match a day-by-day count (brute-force oracle)', () => {
    fc.assert(
      fc.property(seeds, periods, (seed, period) => {
        const input = generateKpiInput({ seed, children: 12 });
        const expected = new Map<string, number>();
        const from = toDayNumber(period.from);
        const to = toDayNumber(period.to);
        for (const child of input.children) {
          const mine = input.interventions.filter(
            (i) => i.childId === child.id && typeOf.get(i.code),
          );
          for (let day = from; day <= to; day += 1) {
            const iso = fromDayNumber(day);
            let best: { rank: number; type: string } | undefined;
            for (const i of mine) {
              if (i.start > iso || (i.end && i.end < iso)) continue;
              const rank = rankOf.get(i.code) ?? 0;
              const type = typeOf.get(i.code) as string;
              const wins =
                !best ||
                rank > best.rank ||
                (rank === best.rank &&
                  (typeIndex.get(type as never) ?? 0) > (typeIndex.get(best.type as never) ?? 0));
              if (wins) best = { rank, type };
            }
            if (best) expected.set(best.type, (expected.get(best.type) ?? 0) + 1);
          }
        }
        const mix = placementMix(input, period).value;
        for (const type of PLACEMENT_TYPES)
          expect(mix.byType[type].days).toBe(expected.get(type) ?? 0);
        // Placed on the last day = children with a placement day on `to`.
        const lastDay = placementMix(input, { from: period.to, to: period.to }).value.children;
        expect(placedChildren(input, period).value.count).toBe(lastDay);
      }),
      { numRuns: 25 },
    );
  });

  it('the generator is deterministic for a seed and differs between seeds', () => {
    expect(generateKpiInput({ seed: 7, children: 50 })).toEqual(
      generateKpiInput({ seed: 7, children: 50 }),
    );
    expect(generateKpiInput({ seed: 7, children: 50 })).not.toEqual(
      generateKpiInput({ seed: 8, children: 50 }),
    );
  });
});
