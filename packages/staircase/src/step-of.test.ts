import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { defineStaircase } from './define-staircase';
import { StaircaseError } from './errors';
import type { InterventionRecord } from './history';
import { stepOf } from './step-of';

const history: InterventionRecord[] = [
  { code: 'family-treatment', start: '2024-01-01' },
  { code: 'foster-family', start: '2024-03-01', end: '2024-06-30' },
];

const idOn = (records: readonly InterventionRecord[], date: string) =>
  stepOf(defaultStaircase, records, date)?.id ?? null;

describe('stepOf', () => {
  it('is null with no interventions (universal services only)', () => {
    expect(stepOf(defaultStaircase, [], '2024-01-01')).toBeNull();
  });

  it('returns the step object of the highest active intervention', () => {
    const step = stepOf(defaultStaircase, history, '2024-04-15');
    expect(step).toBe(defaultStaircase.steps[4]);
    expect(step).toMatchObject({ id: 'foster-care', rank: 5, isPlacement: true });
  });

  it('treats start and end as inclusive', () => {
    expect(idOn(history, '2023-12-31')).toBeNull();
    expect(idOn(history, '2024-01-01')).toBe('home-based');
    expect(idOn(history, '2024-02-29')).toBe('home-based');
    expect(idOn(history, '2024-03-01')).toBe('foster-care');
    expect(idOn(history, '2024-06-30')).toBe('foster-care');
    expect(idOn(history, '2024-07-01')).toBe('home-based');
  });

  it('treats a missing or null end as still active, forever', () => {
    expect(idOn([{ code: 'contact-person', start: '2020-01-01' }], '2099-12-31')).toBe(
      'home-based',
    );
    expect(idOn([{ code: 'contact-person', start: '2020-01-01', end: null }], '2099-12-31')).toBe(
      'home-based',
    );
  });

  it('is null in a gap between interventions and after everything ended', () => {
    const records: InterventionRecord[] = [
      { code: 'group-offer', start: '2024-01-01', end: '2024-01-31' },
      { code: 'group-offer', start: '2024-03-01', end: '2024-03-31' },
    ];
    expect(idOn(records, '2024-02-15')).toBeNull();
    expect(idOn(records, '2024-04-01')).toBeNull();
    expect(idOn(records, '2024-03-15')).toBe('prevention');
  });

  it('handles a same-day intervention and a leap day', () => {
    const records: InterventionRecord[] = [
      { code: 'acute-placement', start: '2024-02-29', end: '2024-02-29' },
    ];
    expect(idOn(records, '2024-02-28')).toBeNull();
    expect(idOn(records, '2024-02-29')).toBe('institution');
    expect(idOn(records, '2024-03-01')).toBeNull();
  });

  it('ranks by the step, not by input order or cost', () => {
    const records: InterventionRecord[] = [
      { code: 'network-foster-care', start: '2024-01-01' },
      { code: 'day-treatment', start: '2024-01-01' },
      { code: 'day-care', start: '2024-01-01' },
    ];
    expect(idOn(records, '2024-01-01')).toBe('network-care');
    expect(idOn([...records].reverse(), '2024-01-01')).toBe('network-care');
  });

  it('includes the lowest step when it is the only one', () => {
    expect(idOn([{ code: 'ppr', start: '2024-01-01' }], '2024-01-02')).toBe('universal');
  });

  it('uses the ranks of the staircase it is given', () => {
    const custom = defineStaircase({
      id: 'flipped',
      name: { da: 'Omvendt', en: 'Flipped' },
      steps: [
        { id: 'low', rank: 2, name: { da: 'l', en: 'l' }, description: { da: 'l', en: 'l' } },
        { id: 'high', rank: 1, name: { da: 'h', en: 'h' }, description: { da: 'h', en: 'h' } },
      ],
      interventions: [
        { code: 'a', step: 'low', name: { da: 'a', en: 'a' } },
        { code: 'b', step: 'high', name: { da: 'b', en: 'b' } },
      ],
    });
    const records = [
      { code: 'a', start: '2024-01-01' },
      { code: 'b', start: '2024-01-01' },
    ];
    expect(stepOf(custom, records, '2024-01-01')?.id).toBe('low');
  });

  it('rejects an unknown code, an invalid record date and an end before the start', () => {
    expect(() =>
      stepOf(defaultStaircase, [{ code: 'magic', start: '2024-01-01' }], '2024-01-01'),
    ).toThrow(StaircaseError);
    expect(() =>
      stepOf(defaultStaircase, [{ code: 'day-care', start: '2023-02-29' }], '2024-01-01'),
    ).toThrow(StaircaseError);
    expect(() =>
      stepOf(
        defaultStaircase,
        [{ code: 'day-care', start: '2024-02-01', end: '2024-01-31' }],
        '2024-01-01',
      ),
    ).toThrow(/ends before it starts/);
  });

  it('rejects an invalid date to ask about', () => {
    expect(() => stepOf(defaultStaircase, history, '2024-02-30')).toThrow(RangeError);
  });
});
