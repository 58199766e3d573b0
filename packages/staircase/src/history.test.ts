import { describe, expect, it } from 'vitest';
import { toDayNumber } from './dates';
import { defaultStaircase } from './default-staircase';
import { StaircaseError } from './errors';
import { type InterventionRecord, InterventionRecordSchema, resolveHistory } from './history';

describe('resolveHistory', () => {
  it('resolves dates to day numbers and codes to step ranks, keeping the record', () => {
    const record: InterventionRecord = {
      id: 'r1',
      code: 'foster-family',
      start: '2024-01-01',
      end: '2024-02-29',
    };
    expect(resolveHistory(defaultStaircase, [record])).toEqual([
      { record, startDay: toDayNumber('2024-01-01'), endDay: toDayNumber('2024-02-29'), rank: 5 },
    ]);
    expect(resolveHistory(defaultStaircase, [record])[0]?.record).toBe(record);
  });

  it('resolves a missing or null end to Infinity', () => {
    const [open, nulled] = resolveHistory(defaultStaircase, [
      { code: 'day-care', start: '2024-01-01' },
      { code: 'day-care', start: '2024-01-01', end: null },
    ]);
    expect(open?.endDay).toBe(Number.POSITIVE_INFINITY);
    expect(nulled?.endDay).toBe(Number.POSITIVE_INFINITY);
  });

  it('accepts start = end', () => {
    const [item] = resolveHistory(defaultStaircase, [
      { code: 'ssp', start: '2024-02-29', end: '2024-02-29' },
    ]);
    expect(item?.startDay).toBe(item?.endDay);
  });

  it('returns an empty list for an empty history', () => {
    expect(resolveHistory(defaultStaircase, [])).toEqual([]);
  });

  it('reports every problem together, with the record index in the path', () => {
    try {
      resolveHistory(defaultStaircase, [
        { code: 'day-care', start: '2024-01-01' },
        { code: 'unknown', start: '2024-01-01' },
        { code: 'day-care', start: '2024-01-02', end: '2024-01-01' },
        { code: 'day-care', start: '01/01/2024' },
        { code: 'day-care', start: '2024-01-01', end: '2024-02-30' },
      ]);
      expect.unreachable('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(StaircaseError);
      const { issues, message } = error as StaircaseError;
      expect(issues.map((issue) => [...issue.path, issue.message])).toEqual([
        [1, 'code', 'unknown intervention code'],
        [2, 'end', 'ends before it starts'],
        [3, 'start', 'must be a calendar date written as YYYY-MM-DD'],
        [4, 'end', 'must be a calendar date written as YYYY-MM-DD'],
      ]);
      expect(message).toMatch(/^Invalid intervention history: 4 problem\(s\)/);
    }
  });

  it('rejects malformed records from untyped callers instead of crashing', () => {
    const records = [null, { code: 'day-care' }] as unknown as InterventionRecord[];
    expect(() => resolveHistory(defaultStaircase, records)).toThrow(StaircaseError);
    expect(() =>
      resolveHistory(defaultStaircase, 'nope' as unknown as InterventionRecord[]),
    ).toThrow(/interventions must be an array/);
  });
});

describe('InterventionRecordSchema', () => {
  it('accepts a record with or without an end', () => {
    expect(InterventionRecordSchema.parse({ code: 'day-care', start: '2024-01-01' })).toEqual({
      code: 'day-care',
      start: '2024-01-01',
    });
    expect(
      InterventionRecordSchema.safeParse({ id: 'a', code: 'x', start: '2024-01-01', end: null })
        .success,
    ).toBe(true);
  });

  it('rejects invalid dates and an empty code', () => {
    const result = InterventionRecordSchema.safeParse({
      code: '',
      start: '2023-02-29',
      end: '2024-1-1',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'code',
      'start',
      'end',
    ]);
  });
});
