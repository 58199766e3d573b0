/**
 * fast-check generators for a child's intervention history against the default
 * staircase, over a bounded window of dates that contains the leap day 2024-02-29.
 * Test support only: not exported from the package.
 */
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../dates';
import { defaultStaircase } from '../default-staircase';
import type { InterventionRecord } from '../history';

/** First day interventions may start on. */
export const WINDOW_START = '2024-01-01';
/** Interventions start within this many days of `WINDOW_START`. */
const START_SPAN = 120;
/** A closed intervention lasts at most this many days. */
const MAX_LENGTH = 60;
/** Days to check: a margin before the first possible start and after the last possible end. */
export const CHECK_FROM = toDayNumber(WINDOW_START) - 3;
export const CHECK_TO = toDayNumber(WINDOW_START) + START_SPAN + MAX_LENGTH + 3;

/** Every day to check, as ISO dates. */
export const checkDays: readonly string[] = Array.from(
  { length: CHECK_TO - CHECK_FROM + 1 },
  (_, i) => fromDayNumber(CHECK_FROM + i),
);

/** Rank of each code in the default staircase: the test's own oracle, not the package's index. */
export const rankOf: ReadonlyMap<string, number> = new Map(
  defaultStaircase.interventions.map((entry) => [
    entry.code,
    defaultStaircase.steps.find((step) => step.id === entry.step)?.rank ?? 0,
  ]),
);

const codes = [...rankOf.keys()];

/** One intervention: any catalogue code, a start in the window, closed (0-60 days) or open. */
export const interventionArb: fc.Arbitrary<InterventionRecord> = fc
  .record({
    code: fc.constantFrom(...codes),
    offset: fc.integer({ min: 0, max: START_SPAN - 1 }),
    length: fc.option(fc.integer({ min: 0, max: MAX_LENGTH }), { freq: 4, nil: null }),
    endStyle: fc.constantFrom('missing', 'null'),
  })
  .map(({ code, offset, length, endStyle }) => {
    const start = addDays(WINDOW_START, offset);
    if (length !== null) return { code, start, end: addDays(start, length) };
    return endStyle === 'null' ? { code, start, end: null } : { code, start };
  });

/** A history of 0-8 interventions. */
export const historyArb: fc.Arbitrary<InterventionRecord[]> = fc.array(interventionArb, {
  maxLength: 8,
});

/** A day to check. */
export const dayArb: fc.Arbitrary<string> = fc.constantFrom(...checkDays);

/** The highest rank active on `date`, computed naively (0 = none). */
export function expectedRank(history: readonly InterventionRecord[], date: string): number {
  const day = toDayNumber(date);
  let best = 0;
  for (const record of history) {
    const start = toDayNumber(record.start);
    const end = record.end == null ? Number.POSITIVE_INFINITY : toDayNumber(record.end);
    if (start <= day && day <= end) best = Math.max(best, rankOf.get(record.code) ?? 0);
  }
  return best;
}
