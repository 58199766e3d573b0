import {
  defaultStaircase,
  fromDayNumber,
  type InterventionRecord,
  resolveHistory,
  timeline,
} from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SegmentBuffers, stepSegments } from './flow/step-segments';

const codes = [
  'school',
  'group-offer',
  'family-treatment',
  'network-foster-care',
  'foster-family',
  'residential-home',
];

/** Segments merged like `timeline` merges adjacent days on one step. */
function mergedSegments(interventions: InterventionRecord[]) {
  const resolved = resolveHistory(defaultStaircase, interventions);
  const segments = stepSegments(
    resolved,
    resolved.map(() => 0),
    6,
    new SegmentBuffers(),
  );
  const periods: { from: string; to: string | null; rank: number }[] = [];
  for (let s = 0; s < segments.count; s += 1) {
    const from = segments.from[s] as number;
    const to = segments.to[s] as number;
    const rank = segments.rank[s] as number;
    const last = periods[periods.length - 1];
    const lastTo = last?.to ?? null;
    if (last && last.rank === rank && lastTo !== null && fromDayNumber(from - 1) === lastTo) {
      last.to = Number.isFinite(to) ? fromDayNumber(to) : null;
    } else {
      periods.push({
        from: fromDayNumber(from),
        to: Number.isFinite(to) ? fromDayNumber(to) : null,
        rank,
      });
    }
  }
  return periods;
}

const interventionArb = fc
  .record({
    code: fc.constantFrom(...codes),
    start: fc.integer({ min: 18_000, max: 18_400 }),
    length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  })
  .map(({ code, start, length }) => ({
    code,
    start: fromDayNumber(start),
    end: length === undefined ? null : fromDayNumber(start + length),
  }));

describe('stepSegments', () => {
  it('puts the child on the same steps as timeline() on every day', () => {
    fc.assert(
      fc.property(fc.array(interventionArb, { maxLength: 12 }), (interventions) => {
        const expected = timeline(defaultStaircase, interventions).map(({ from, to, rank }) => ({
          from,
          to,
          rank,
        }));
        expect(mergedSegments(interventions)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sums the daily rates of the active interventions exactly', () => {
    const interventions = [
      { code: 'family-treatment', start: '2024-01-01', end: '2024-01-10' },
      { code: 'contact-person', start: '2024-01-05', end: '2024-01-20' },
    ];
    const resolved = resolveHistory(defaultStaircase, interventions);
    const segments = stepSegments(resolved, [50_000, 10_000], 6, new SegmentBuffers());
    expect(Array.from(segments.rateOre.slice(0, segments.count))).toEqual([50_000, 60_000, 10_000]);
  });
});
