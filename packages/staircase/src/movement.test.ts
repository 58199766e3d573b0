import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { StaircaseError } from './errors';
import type { InterventionRecord } from './history';
import { type Movement, movement } from './movement';

/** Institution in the first half of 2023, foster family after, home-based support from 2025. */
const history: InterventionRecord[] = [
  { code: 'residential-institution', start: '2023-01-01', end: '2023-06-30' },
  { code: 'foster-family', start: '2023-07-01', end: '2024-12-31' },
  { code: 'family-treatment', start: '2025-01-01', end: '2025-06-30' },
];

const move = (from: string, to: string, records = history) =>
  movement(defaultStaircase, records, from, to);

describe('movement', () => {
  it.each<[string, string, Movement]>([
    ['2023-03-01', '2024-01-01', 'down'],
    ['2024-01-01', '2025-03-01', 'down'],
    ['2024-01-01', '2023-03-01', 'up'],
    ['2023-08-01', '2024-12-31', 'unchanged'],
    ['2023-07-01', '2023-07-01', 'unchanged'],
    ['2022-06-01', '2023-03-01', 'entered'],
    ['2025-03-01', '2025-07-01', 'exited'],
    ['2022-06-01', '2026-01-01', 'none'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(move(from, to)).toBe(expected);
  });

  it('is decided at the two dates only, ignoring detours in between', () => {
    const records: InterventionRecord[] = [
      { code: 'contact-person', start: '2024-01-01', end: '2024-12-31' },
      { code: 'acute-placement', start: '2024-04-01', end: '2024-05-31' },
    ];
    expect(move('2024-02-01', '2024-08-01', records)).toBe('unchanged');
    expect(move('2024-02-01', '2024-04-01', records)).toBe('up');
    expect(move('2024-05-31', '2024-06-01', records)).toBe('down');
  });

  it('is none for an empty history', () => {
    expect(move('2024-01-01', '2024-12-31', [])).toBe('none');
  });

  it('treats an open-ended intervention as still active', () => {
    expect(move('2024-01-01', '2030-01-01', [{ code: 'day-care', start: '2023-08-01' }])).toBe(
      'unchanged',
    );
  });

  it('rejects invalid histories and dates', () => {
    expect(() => move('2024-01-01', '2024-02-01', [{ code: 'nope', start: '2024-01-01' }])).toThrow(
      StaircaseError,
    );
    expect(() => move('2023-02-29', '2024-01-01')).toThrow(RangeError);
  });
});
