import { describe, expect, it } from 'vitest';
import { caseworkerChanges } from './caseworker-changes';
import { CaseloadError } from './errors';

describe('caseworkerChanges', () => {
  it('counts changes per child and the share who kept one caseworker', () => {
    const report = caseworkerChanges(
      [
        { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01', to: '2024-03-31' },
        { childId: 'c1', caseworkerId: 'bo', from: '2024-04-01' },
        { childId: 'c2', caseworkerId: 'anna', from: '2023-05-01' },
      ],
      '2024-01-01',
      '2024-12-31',
    );
    expect(report).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      children: [
        { childId: 'c1', changes: 1, caseworkers: ['anna', 'bo'] },
        { childId: 'c2', changes: 0, caseworkers: ['anna'] },
      ],
      totalChanges: 1,
      childrenWithOneCaseworker: 1,
      shareWithOneCaseworker: 0.5,
    });
  });

  it('does not count the intake, counts a change back, and ignores re-assignment to the same caseworker', () => {
    const report = caseworkerChanges(
      [
        { childId: 'c1', caseworkerId: 'anna', from: '2024-02-01', to: '2024-02-29' },
        { childId: 'c1', caseworkerId: 'bo', from: '2024-03-01', to: '2024-03-31' },
        { childId: 'c1', caseworkerId: 'anna', from: '2024-04-01', to: '2024-04-30' },
        { childId: 'c2', caseworkerId: 'cai', from: '2024-01-01', to: '2024-05-31' },
        { childId: 'c2', caseworkerId: 'cai', from: '2024-06-01' },
      ],
      '2024-01-01',
      '2024-12-31',
    );
    expect(report.children).toEqual([
      { childId: 'c1', changes: 2, caseworkers: ['anna', 'bo', 'anna'] },
      { childId: 'c2', changes: 0, caseworkers: ['cai'] },
    ]);
  });

  it('counts a change on the first day of the period against the assignment before it', () => {
    const report = caseworkerChanges(
      [
        { childId: 'c1', caseworkerId: 'bo', from: '2024-01-01' },
        { childId: 'c1', caseworkerId: 'anna', from: '2023-01-01', to: '2023-12-31' },
      ],
      '2024-01-01',
      '2024-06-30',
    );
    expect(report.children).toEqual([{ childId: 'c1', changes: 1, caseworkers: ['bo'] }]);
  });

  it('leaves out children without an assignment in the period, and changes after it', () => {
    const report = caseworkerChanges(
      [
        { childId: 'old', caseworkerId: 'anna', from: '2022-01-01', to: '2023-12-31' },
        { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01', to: '2024-12-31' },
        { childId: 'c1', caseworkerId: 'bo', from: '2025-01-01' },
      ],
      '2024-01-01',
      '2024-12-31',
    );
    expect(report.children).toEqual([{ childId: 'c1', changes: 0, caseworkers: ['anna'] }]);
    expect(caseworkerChanges([], '2024-01-01', '2024-12-31').shareWithOneCaseworker).toBeNull();
  });

  it('reports every invalid row and period bound at once', () => {
    try {
      caseworkerChanges(
        [
          { childId: '', caseworkerId: 'anna', from: '2024-13-01' },
          { childId: 'c1', caseworkerId: 'bo', from: '2024-05-01', to: '2024-04-01' },
        ],
        '2024-12-31',
        '2024-01-01',
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseloadError);
      expect((error as CaseloadError).issues.map((i) => i.path.join('.'))).toEqual([
        'to',
        '0.childId',
        '0.from',
        '1.to',
      ]);
    }
  });
});
