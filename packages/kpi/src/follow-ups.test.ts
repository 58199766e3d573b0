import { deadlines, defaultFollowUpRules } from '@trappen/caseload';
import { addDays, fromDayNumber, toDayNumber } from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDates, followUpsOnTime } from './follow-ups';
import { quarterPeriod, yearPeriod } from './period';
import { makeInput } from './test-helpers';

// Family treatment (cadence 91 days) from 1 Jan 2019, case open all year.
// Day offsets from 1 Jan 2019 (offset 0):
//   first due: 0 + 91 = 91 = 2 Apr.  Follow-up 15 Mar (73): met; next due 73 + 91 = 164 = 14 Jun.
//   No follow-up until 1 Jul (181): 14 Jun is late; next due 181 + 91 = 272 = 30 Sep.
//   Follow-up on 30 Sep itself: met; next due 272 + 91 = 363 = 30 Dec.
//   No further follow-up: 30 Dec is late.
// 2019: 4 due, 2 on time. Q2 (1 Apr - 30 Jun): 2 Apr (met), 14 Jun (late).
const followUps = [
  { interventionId: 'i1', date: '2019-03-15' },
  { interventionId: 'i1', date: '2019-07-01' },
  { interventionId: 'i1', date: '2019-09-30' },
];
const input = makeInput({
  children: [{ id: 'a' }],
  cases: [{ id: 'case-a', childId: 'a', opened: '2018-12-01' }],
  interventions: [{ id: 'i1', childId: 'a', code: 'family-treatment', start: '2019-01-01' }],
  followUps,
});

describe('followUpsOnTime', () => {
  it('counts due dates in the period and those met on or before the due date', () => {
    expect(followUpsOnTime(input, yearPeriod(2019)).value).toEqual({
      due: 4,
      onTime: 2,
      late: 2,
      share: 0.5,
    });
    expect(followUpsOnTime(input, quarterPeriod(2019, 2)).value).toEqual({
      due: 2,
      onTime: 1,
      late: 1,
      share: 0.5,
    });
    // Q1 2019: nothing due (first due 2 Apr).
    expect(followUpsOnTime(input, quarterPeriod(2019, 1)).value.share).toBeNull();
  });

  it('skips due dates on which the case is closed and steps the rules exempt', () => {
    // Case closed on 1 Jun: open up to 31 May, so only 2 Apr counts (met).
    const closed = makeInput({
      ...input,
      cases: [{ id: 'case-a', childId: 'a', opened: '2018-12-01', closed: '2019-06-01' }],
    });
    expect(followUpsOnTime(closed, yearPeriod(2019)).value).toEqual({
      due: 1,
      onTime: 1,
      late: 0,
      share: 1,
    });
    const exempt = {
      version: 't',
      rules: [{ kind: 'followUp' as const, exemptSteps: ['home-based'] }],
    };
    expect(followUpsOnTime(input, yearPeriod(2019), exempt).value.due).toBe(0);
    const none = { version: 't', rules: [] };
    expect(followUpsOnTime(input, yearPeriod(2019), none).value.due).toBe(0);
  });

  it('counts no due date after the intervention ended', () => {
    // Ends 1 Apr, before the first due date (2 Apr).
    const ended = makeInput({
      ...input,
      interventions: [
        {
          id: 'i1',
          childId: 'a',
          code: 'family-treatment',
          start: '2019-01-01',
          end: '2019-04-01',
        },
      ],
    });
    expect(followUpsOnTime(ended, yearPeriod(2019)).value.due).toBe(0);
  });

  it('agrees with caseload deadlines day by day (property)', () => {
    // Oracle: caseload's `deadlines` on every day. A due date d exists when some day's
    // follow-up deadline is d; it is met when on day d itself the deadline is later.
    const start = '2019-01-01';
    const s = toDayNumber(start);
    const horizon = s + 300;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -10, max: 300 }), { maxLength: 8 }),
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        (offsets, endOffset) => {
          const end = endOffset === undefined ? null : fromDayNumber(s + endOffset);
          const data = makeInput({
            children: [{ id: 'a' }],
            cases: [{ id: 'case-a', childId: 'a', opened: '2018-01-01' }],
            interventions: [{ id: 'i1', childId: 'a', code: 'contact-person', start, end }],
            followUps: offsets.map((o) => ({ interventionId: 'i1', date: addDays(start, o) })),
          });
          const dueOn = (day: number): number | undefined => {
            const found = deadlines(data, defaultFollowUpRules, fromDayNumber(day)).find(
              (d) => d.kind === 'followUp',
            );
            return found ? toDayNumber(found.dueDate) : undefined;
          };
          const expected = new Map<number, boolean>();
          const last = Math.min(horizon, endOffset === undefined ? horizon : s + endOffset);
          for (let day = s; day <= last; day += 1) {
            const due = dueOn(day);
            if (due !== undefined && due <= last && !expected.has(due)) expected.set(due, false);
          }
          for (const due of expected.keys()) expected.set(due, (dueOn(due) ?? due) > due);
          const actual = dueDates(
            s,
            end === null ? Number.POSITIVE_INFINITY : toDayNumber(end),
            91,
            91,
            offsets.map((o) => s + o),
            horizon,
          );
          expect(new Map(actual.map((d) => [d.day, d.met]))).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
