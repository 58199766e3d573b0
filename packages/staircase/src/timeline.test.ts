import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { StaircaseError } from './errors';
import type { InterventionRecord } from './history';
import { timeline } from './timeline';

const run = (records: InterventionRecord[]) =>
  timeline(defaultStaircase, records).map(({ from, to, step }) => [from, to, step]);

describe('timeline', () => {
  it('is empty for an empty history', () => {
    expect(timeline(defaultStaircase, [])).toEqual([]);
  });

  it('gives one period for one intervention, with the step rank', () => {
    expect(
      timeline(defaultStaircase, [
        { code: 'family-treatment', start: '2024-01-01', end: '2024-06-30' },
      ]),
    ).toEqual([{ from: '2024-01-01', to: '2024-06-30', step: 'home-based', rank: 3 }]);
  });

  it('splits an overlap: the higher step wins while it lasts (the TSDoc example)', () => {
    expect(
      timeline(defaultStaircase, [
        { code: 'family-treatment', start: '2024-01-01', end: '2024-12-31' },
        { code: 'residential-institution', start: '2024-03-01', end: '2024-05-31' },
      ]),
    ).toEqual([
      { from: '2024-01-01', to: '2024-02-29', step: 'home-based', rank: 3 },
      { from: '2024-03-01', to: '2024-05-31', step: 'institution', rank: 6 },
      { from: '2024-06-01', to: '2024-12-31', step: 'home-based', rank: 3 },
    ]);
  });

  it('hides a lower intervention that lies entirely inside a higher one', () => {
    expect(
      run([
        { code: 'foster-family', start: '2024-01-01', end: '2024-12-31' },
        { code: 'contact-person', start: '2024-02-01', end: '2024-03-01' },
      ]),
    ).toEqual([['2024-01-01', '2024-12-31', 'foster-care']]);
  });

  it('moves down when a placement ends while home-based support continues', () => {
    expect(
      run([
        { code: 'residential-home', start: '2023-01-01', end: '2023-06-30' },
        { code: 'foster-family', start: '2023-05-01', end: '2023-12-31' },
        { code: 'family-treatment', start: '2023-11-01' },
      ]),
    ).toEqual([
      ['2023-01-01', '2023-06-30', 'institution'],
      ['2023-07-01', '2023-12-31', 'foster-care'],
      ['2024-01-01', null, 'home-based'],
    ]);
  });

  it('leaves gaps out', () => {
    expect(
      run([
        { code: 'group-offer', start: '2024-01-01', end: '2024-01-31' },
        { code: 'group-offer', start: '2024-03-01', end: '2024-03-31' },
      ]),
    ).toEqual([
      ['2024-01-01', '2024-01-31', 'prevention'],
      ['2024-03-01', '2024-03-31', 'prevention'],
    ]);
  });

  it('merges adjacent and overlapping interventions on the same step', () => {
    expect(
      run([
        { code: 'foster-family', start: '2024-01-01', end: '2024-03-31' },
        { code: 'youth-flat', start: '2024-04-01', end: '2024-06-30' },
        { code: 'boarding-school-placement', start: '2024-06-01', end: '2024-08-31' },
      ]),
    ).toEqual([['2024-01-01', '2024-08-31', 'foster-care']]);
  });

  it('keeps open-ended interventions open (missing and null end)', () => {
    expect(run([{ code: 'contact-person', start: '2024-01-01' }])).toEqual([
      ['2024-01-01', null, 'home-based'],
    ]);
    expect(
      run([
        { code: 'contact-person', start: '2024-01-01', end: null },
        { code: 'acute-placement', start: '2024-05-01', end: '2024-07-31' },
      ]),
    ).toEqual([
      ['2024-01-01', '2024-04-30', 'home-based'],
      ['2024-05-01', '2024-07-31', 'institution'],
      ['2024-08-01', null, 'home-based'],
    ]);
  });

  it('lets an open-ended higher intervention take over for good', () => {
    expect(
      run([
        { code: 'contact-person', start: '2024-01-01', end: '2024-12-31' },
        { code: 'foster-family', start: '2024-06-01' },
      ]),
    ).toEqual([
      ['2024-01-01', '2024-05-31', 'home-based'],
      ['2024-06-01', null, 'foster-care'],
    ]);
  });

  it('handles same-day interventions (start = end)', () => {
    expect(run([{ code: 'cooperation-talks', start: '2024-05-05', end: '2024-05-05' }])).toEqual([
      ['2024-05-05', '2024-05-05', 'prevention'],
    ]);
    expect(
      run([
        { code: 'contact-person', start: '2024-05-01', end: '2024-05-31' },
        { code: 'acute-placement', start: '2024-05-10', end: '2024-05-10' },
      ]),
    ).toEqual([
      ['2024-05-01', '2024-05-09', 'home-based'],
      ['2024-05-10', '2024-05-10', 'institution'],
      ['2024-05-11', '2024-05-31', 'home-based'],
    ]);
  });

  it('handles the leap day 2024-02-29', () => {
    expect(
      run([
        { code: 'contact-person', start: '2024-02-01', end: '2024-02-28' },
        { code: 'foster-family', start: '2024-02-29', end: '2024-02-29' },
        { code: 'contact-person', start: '2024-03-01', end: '2024-03-31' },
      ]),
    ).toEqual([
      ['2024-02-01', '2024-02-28', 'home-based'],
      ['2024-02-29', '2024-02-29', 'foster-care'],
      ['2024-03-01', '2024-03-31', 'home-based'],
    ]);
    expect(
      run([
        { code: 'contact-person', start: '2024-02-28', end: '2024-02-29' },
        { code: 'family-treatment', start: '2024-03-01', end: '2024-03-02' },
      ]),
    ).toEqual([['2024-02-28', '2024-03-02', 'home-based']]);
  });

  it('does not depend on the order of the records', () => {
    const records: InterventionRecord[] = [
      { code: 'residential-home', start: '2023-01-01', end: '2023-06-30' },
      { code: 'foster-family', start: '2023-05-01', end: '2023-12-31' },
      { code: 'family-treatment', start: '2023-11-01' },
      { code: 'day-care', start: '2022-01-01', end: '2022-12-31' },
    ];
    expect(run([...records].reverse())).toEqual(run(records));
  });

  it('rejects an intervention that ends before it starts', () => {
    expect(() =>
      timeline(defaultStaircase, [
        { code: 'foster-family', start: '2024-03-01', end: '2024-02-29' },
      ]),
    ).toThrow(StaircaseError);
  });

  it('rejects an unknown code, reporting every bad record with its index', () => {
    try {
      timeline(defaultStaircase, [
        { code: 'foster-family', start: '2024-01-01' },
        { code: 'orphanage', start: '2024-01-01' },
        { code: 'day-care', start: '2024-05-01', end: '2024-04-01' },
        { code: 'day-care', start: '2023-02-29', end: '2024-13-01' },
      ]);
      expect.unreachable('timeline should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(StaircaseError);
      expect((error as StaircaseError).issues).toEqual([
        { path: [1, 'code'], message: 'unknown intervention code', value: 'orphanage' },
        { path: [2, 'end'], message: 'ends before it starts', value: '2024-04-01' },
        {
          path: [3, 'start'],
          message: 'must be a calendar date written as YYYY-MM-DD',
          value: '2023-02-29',
        },
        {
          path: [3, 'end'],
          message: 'must be a calendar date written as YYYY-MM-DD',
          value: '2024-13-01',
        },
      ]);
    }
  });
});
