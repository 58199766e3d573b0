import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { defineStaircase } from './define-staircase';
import { StaircaseError } from './errors';
import type { InterventionRecord } from './history';
import { overdueReassessments, type Reassessment } from './overdue-reassessments';

const fosterFrom2024: InterventionRecord[] = [{ code: 'foster-family', start: '2024-01-01' }];
const on = (...dates: string[]): Reassessment[] => dates.map((date) => ({ date }));
const check = (records: InterventionRecord[], reassessments: Reassessment[], asOf: string) =>
  overdueReassessments(defaultStaircase, records, reassessments, asOf);

describe('overdueReassessments', () => {
  it('is not overdue on the due date itself (due today)', () => {
    expect(check(fosterFrom2024, [], '2024-07-01')).toEqual([]);
  });

  it('is overdue the day after the due date (due yesterday)', () => {
    expect(check(fosterFrom2024, [], '2024-07-02')).toEqual([
      {
        step: 'foster-care',
        periodFrom: '2024-01-01',
        periodTo: null,
        since: '2024-01-01',
        dueDate: '2024-07-01',
        daysOverdue: 1,
        current: true,
      },
    ]);
  });

  it('matches the TSDoc example', () => {
    expect(check(fosterFrom2024, [], '2024-08-01')).toMatchObject([
      {
        step: 'foster-care',
        since: '2024-01-01',
        dueDate: '2024-07-01',
        daysOverdue: 31,
        current: true,
      },
    ]);
  });

  it('restarts the clock at a reassessment', () => {
    const reassessed = on('2024-06-15');
    expect(check(fosterFrom2024, reassessed, '2024-12-15')).toEqual([]);
    expect(check(fosterFrom2024, reassessed, '2024-12-16')).toMatchObject([
      { since: '2024-06-15', dueDate: '2024-12-15', daysOverdue: 1, current: true },
    ]);
  });

  it('accepts a reassessment on the due date as on time', () => {
    expect(check(fosterFrom2024, on('2024-07-01'), '2024-12-31')).toEqual([]);
  });

  it('reports a late reassessment as a closed lapse, then restarts the clock', () => {
    expect(check(fosterFrom2024, on('2024-08-01'), '2024-12-31')).toEqual([
      {
        step: 'foster-care',
        periodFrom: '2024-01-01',
        periodTo: null,
        since: '2024-01-01',
        dueDate: '2024-07-01',
        daysOverdue: 31,
        current: false,
      },
    ]);
  });

  it('reports every lapse when reassessments keep running late', () => {
    expect(check(fosterFrom2024, on('2024-09-01'), '2025-04-01')).toMatchObject([
      { since: '2024-01-01', dueDate: '2024-07-01', daysOverdue: 62, current: false },
      { since: '2024-09-01', dueDate: '2025-03-01', daysOverdue: 31, current: true },
    ]);
  });

  it('ignores the order of reassessments, duplicates, and ones after asOf', () => {
    expect(
      check(fosterFrom2024, on('2024-10-01', '2024-05-01', '2024-05-01'), '2024-12-31'),
    ).toEqual([]);
    // The reassessment on 2024-09-01 has not happened yet on 2024-08-01.
    expect(check(fosterFrom2024, on('2024-09-01'), '2024-08-01')).toMatchObject([
      { since: '2024-01-01', daysOverdue: 31, current: true },
    ]);
  });

  it('does not count a reassessment made before the period started', () => {
    expect(check(fosterFrom2024, on('2023-12-31'), '2024-07-02')).toMatchObject([
      { since: '2024-01-01', daysOverdue: 1 },
    ]);
  });

  it('reports past periods that lapsed, separately from the current one', () => {
    const records: InterventionRecord[] = [
      { code: 'foster-family', start: '2023-01-01', end: '2023-12-31' },
      { code: 'family-treatment', start: '2024-01-01' },
    ];
    expect(check(records, [], '2024-03-01')).toEqual([
      {
        step: 'foster-care',
        periodFrom: '2023-01-01',
        periodTo: '2023-12-31',
        since: '2023-01-01',
        dueDate: '2023-07-01',
        daysOverdue: 183,
        current: false,
      },
    ]);
    expect(check(records, [], '2024-07-02')).toMatchObject([
      { step: 'foster-care', current: false },
      { step: 'home-based', since: '2024-01-01', daysOverdue: 1, current: true },
    ]);
  });

  it('does not flag a period that ended on its due date', () => {
    const records: InterventionRecord[] = [
      { code: 'foster-family', start: '2024-01-01', end: '2024-07-01' },
    ];
    expect(check(records, [], '2025-01-01')).toEqual([]);
    records[0] = { code: 'foster-family', start: '2024-01-01', end: '2024-07-02' };
    expect(check(records, [], '2025-01-01')).toMatchObject([{ daysOverdue: 1, current: false }]);
  });

  it('counts a period ending after asOf only up to asOf, and calls it current', () => {
    const records: InterventionRecord[] = [
      { code: 'foster-family', start: '2024-01-01', end: '2024-12-31' },
    ];
    expect(check(records, [], '2024-08-01')).toEqual([
      {
        step: 'foster-care',
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        since: '2024-01-01',
        dueDate: '2024-07-01',
        daysOverdue: 31,
        current: true,
      },
    ]);
  });

  it('starts a new clock when the child changes step', () => {
    const records: InterventionRecord[] = [
      { code: 'contact-person', start: '2024-01-01' },
      { code: 'acute-placement', start: '2024-05-01', end: '2024-05-31' },
    ];
    // home-based 01-01..04-30, institution in May, home-based again from 06-01 (due 12-01).
    expect(check(records, [], '2024-12-01')).toEqual([]);
    expect(check(records, [], '2024-12-02')).toMatchObject([
      { step: 'home-based', periodFrom: '2024-06-01', dueDate: '2024-12-01', daysOverdue: 1 },
    ]);
  });

  it('keeps the clock running across interventions on the same step', () => {
    const records: InterventionRecord[] = [
      { code: 'foster-family', start: '2024-01-01', end: '2024-03-31' },
      { code: 'youth-flat', start: '2024-04-01' },
    ];
    expect(check(records, [], '2024-07-02')).toMatchObject([
      { step: 'foster-care', since: '2024-01-01', daysOverdue: 1 },
    ]);
  });

  it('clamps the due date at month ends (31 August + 6 months = 28 February)', () => {
    const records: InterventionRecord[] = [{ code: 'foster-family', start: '2024-08-31' }];
    expect(check(records, [], '2025-02-28')).toEqual([]);
    expect(check(records, [], '2025-03-01')).toMatchObject([
      { dueDate: '2025-02-28', daysOverdue: 1 },
    ]);
  });

  it('uses maxStayMonths from the step', () => {
    const staircase = defineStaircase({
      id: 'short',
      name: { da: 'Kort', en: 'Short' },
      steps: [
        { id: 'home', rank: 1, name: { da: 'h', en: 'h' }, description: { da: 'h', en: 'h' } },
        {
          id: 'acute',
          rank: 2,
          name: { da: 'a', en: 'a' },
          description: { da: 'a', en: 'a' },
          isPlacement: true,
          maxStayMonths: 3,
        },
      ],
      interventions: [
        { code: 'support', step: 'home', name: { da: 's', en: 's' } },
        { code: 'acute', step: 'acute', name: { da: 'a', en: 'a' } },
      ],
    });
    const records: InterventionRecord[] = [
      { code: 'support', start: '2024-01-01' },
      { code: 'acute', start: '2024-01-01' },
    ];
    expect(overdueReassessments(staircase, records, [], '2024-04-01')).toEqual([]);
    expect(overdueReassessments(staircase, records, [], '2024-04-02')).toMatchObject([
      { step: 'acute', dueDate: '2024-04-01', daysOverdue: 1 },
    ]);
  });

  it('is empty when asOf is before any intervention', () => {
    expect(check(fosterFrom2024, [], '2023-12-31')).toEqual([]);
    expect(check(fosterFrom2024, on('2023-06-01'), '2020-01-01')).toEqual([]);
    expect(check([], [], '2024-01-01')).toEqual([]);
  });

  it('is empty on the first day of a period', () => {
    expect(check(fosterFrom2024, [], '2024-01-01')).toEqual([]);
  });

  it('rejects invalid reassessment dates with their paths', () => {
    try {
      check(fosterFrom2024, on('2024-02-01', '2023-02-29', 'soon'), '2024-12-31');
      expect.unreachable('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(StaircaseError);
      expect((error as StaircaseError).issues.map((issue) => issue.path)).toEqual([
        [1, 'date'],
        [2, 'date'],
      ]);
    }
  });

  it('rejects an invalid asOf and an invalid history', () => {
    expect(() => check(fosterFrom2024, [], '2024-02-30')).toThrow(RangeError);
    expect(() => check([{ code: 'x', start: '2024-01-01' }], [], '2024-12-31')).toThrow(
      StaircaseError,
    );
  });
});
