import { describe, expect, it } from 'vitest';
import { caseloadStatus } from './caseload-status';
import { caseloads } from './caseloads';
import { deadlines } from './deadlines';
import { CaseloadError } from './errors';
import { defaultFollowUpRules } from './follow-up-rules';
import { makeInput, manyChildren, oneChild } from './test-helpers';

const norm = { target: 25, max: 30 };

describe('caseloadStatus', () => {
  it('classifies against target and max, boundaries included', () => {
    expect(caseloadStatus(24.99, norm)).toBe('under');
    expect(caseloadStatus(25, norm)).toBe('atTarget');
    expect(caseloadStatus(25.01, norm)).toBe('overTarget');
    expect(caseloadStatus(30, norm)).toBe('overTarget');
    expect(caseloadStatus(30.01, norm)).toBe('overMax');
    expect(caseloadStatus(0.1 + 0.2 + 24.7, norm)).toBe('atTarget'); // float noise
  });
});

describe('caseloads', () => {
  it('counts children with an open case assigned on asOf', () => {
    const report = caseloads(
      makeInput({
        caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
        ...manyChildren(25, 'anna'),
      }),
      '2024-06-01',
    );
    expect(report.caseworkers).toEqual([
      expect.objectContaining({
        caseworkerId: 'anna',
        children: 25,
        weightedLoad: 25,
        loadPerFte: 25,
        status: 'atTarget',
        onLeave: false,
      }),
    ]);
    expect(report.caseworkers[0]?.childIds).toHaveLength(25);
  });

  it('counts a half-time caseworker’s children double (FTE 0.5)', () => {
    const report = caseloads(
      makeInput({
        caseworkers: [{ id: 'anna', team: 'north', fte: 0.5 }],
        ...manyChildren(14, 'anna'),
      }),
      '2024-06-01',
    );
    const anna = report.caseworkers[0];
    expect(anna?.children).toBe(14);
    expect(anna?.childrenPerFte).toBe(28);
    expect(anna?.loadPerFte).toBe(28);
    expect(anna?.status).toBe('overTarget');
    expect(report.municipality.availableFte).toBe(0.5);
    expect(report.municipality.averagePerFte).toBe(28);
  });

  it('flags 31 children for one full-time caseworker as over max', () => {
    const report = caseloads(
      makeInput({
        caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
        ...manyChildren(31, 'anna'),
      }),
      '2024-06-01',
    );
    expect(report.caseworkers[0]?.status).toBe('overMax');
    expect(report.municipality.distribution).toEqual({
      '0-9': 0,
      '10-19': 0,
      '20-29': 0,
      '30+': 1,
    });
  });

  it('excludes a caseworker on leave from capacity and flags the children', () => {
    const input = makeInput({
      caseworkers: [
        { id: 'anna', team: 'north', fte: 1 },
        { id: 'bo', team: 'north', fte: 1, leave: [{ from: '2024-05-01', to: '2024-06-01' }] },
      ],
      children: [{ id: 'c1' }, { id: 'c2' }],
      cases: [
        { id: 'k1', childId: 'c1', opened: '2024-01-01' },
        { id: 'k2', childId: 'c2', opened: '2024-01-01' },
      ],
      assignments: [
        { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01' },
        { childId: 'c2', caseworkerId: 'bo', from: '2024-01-01' },
      ],
    });
    const onLastLeaveDay = caseloads(input, '2024-06-01');
    expect(onLastLeaveDay.caseworkers[1]).toMatchObject({
      onLeave: true,
      status: 'onLeave',
      children: 1,
    });
    expect(onLastLeaveDay.childrenWithCaseworkerOnLeave).toEqual(['c2']);
    expect(onLastLeaveDay.teams[0]).toMatchObject({
      caseworkers: 2,
      onLeave: 1,
      availableFte: 1,
      children: 2,
      averagePerFte: 2,
    });
    expect(onLastLeaveDay.municipality.distribution['0-9']).toBe(1);

    const back = caseloads(input, '2024-06-02');
    expect(back.caseworkers[1]).toMatchObject({ onLeave: false, status: 'under' });
    expect(back.childrenWithCaseworkerOnLeave).toEqual([]);
    expect(back.municipality.averagePerFte).toBe(1);
  });

  it('counts a case until the day before it is closed (closed mid-period)', () => {
    const input = makeInput({
      caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
      children: [{ id: 'c1' }],
      cases: [{ id: 'k1', childId: 'c1', opened: '2024-01-01', closed: '2024-03-15' }],
      assignments: [{ childId: 'c1', caseworkerId: 'anna', from: '2024-01-01' }],
    });
    expect(caseloads(input, '2023-12-31').caseworkers[0]?.children).toBe(0);
    expect(caseloads(input, '2024-01-01').caseworkers[0]?.children).toBe(1);
    expect(caseloads(input, '2024-03-14').caseworkers[0]?.children).toBe(1);
    expect(caseloads(input, '2024-03-15').caseworkers[0]?.children).toBe(0);
  });

  it('moves a reassigned child from the old caseworker to the new one', () => {
    const input = makeInput({
      caseworkers: [
        { id: 'anna', team: 'north', fte: 1 },
        { id: 'bo', team: 'south', fte: 1 },
      ],
      children: [{ id: 'c1' }],
      cases: [{ id: 'k1', childId: 'c1', opened: '2024-01-01' }],
      assignments: [
        { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01', to: '2024-03-31' },
        { childId: 'c1', caseworkerId: 'bo', from: '2024-04-01' },
      ],
    });
    const before = caseloads(input, '2024-03-31');
    expect(before.caseworkers.map((c) => c.children)).toEqual([1, 0]);
    const after = caseloads(input, '2024-04-01');
    expect(after.caseworkers.map((c) => c.children)).toEqual([0, 1]);
    expect(after.teams.map((t) => [t.team, t.children])).toEqual([
      ['north', 0],
      ['south', 1],
    ]);
  });

  it('lists children with an open case but no caseworker, and counts a child once per caseworker', () => {
    const input = makeInput({
      caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
      children: [{ id: 'c1' }, { id: 'c2' }],
      cases: [
        { id: 'k1', childId: 'c1', opened: '2024-01-01' },
        { id: 'k1b', childId: 'c1', opened: '2024-02-01' },
        { id: 'k2', childId: 'c2', opened: '2024-01-01' },
      ],
      assignments: [
        { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01' },
        { childId: 'c1', caseworkerId: 'anna', from: '2024-02-01' },
        { childId: 'c2', caseworkerId: 'anna', from: '2023-01-01', to: '2023-12-31' },
      ],
    });
    const report = caseloads(input, '2024-06-01');
    expect(report.caseworkers[0]?.childIds).toEqual(['c1']);
    expect(report.unassignedChildren).toEqual(['c2']);
  });

  it('weights placement cases and steps by the norm', () => {
    const input = makeInput({
      caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
      ...manyChildren(3, 'anna'),
      interventions: [
        { id: 'i0', childId: 'c0', code: 'foster-family', start: '2024-01-01' },
        { id: 'i0b', childId: 'c0', code: 'family-treatment', start: '2024-01-01' },
        { id: 'i1', childId: 'c1', code: 'family-treatment', start: '2024-01-01' },
        { id: 'i2', childId: 'c2', code: 'foster-family', start: '2024-01-01', end: '2024-05-31' },
      ],
    });
    const weighted = caseloads(input, '2024-06-01', {
      municipality: { weights: { placement: 1.5 } },
    });
    expect(weighted.caseworkers[0]?.weightedLoad).toBe(3.5); // 1.5 + 1 + 1 (c2's placement ended)
    expect(weighted.caseworkers[0]?.children).toBe(3);
    const byStep = caseloads(input, '2024-06-01', {
      municipality: { weights: { placement: 1.5, byStep: { 'home-based': 1.2 } } },
    });
    expect(byStep.caseworkers[0]?.weightedLoad).toBeCloseTo(1.5 + 1.2 + 1);
    const teamOverride = caseloads(input, '2024-06-01', {
      municipality: { weights: { placement: 1.5 } },
      teams: { north: { target: 2, max: 3 } },
    });
    expect(teamOverride.caseworkers[0]).toMatchObject({ loadPerFte: 3.5, status: 'overMax' });
    expect(teamOverride.teams[0]?.norm).toEqual({ target: 2, max: 3, weights: { placement: 1.5 } });
    expect(teamOverride.municipality.status).toBe('under');
  });

  it('summarises teams and the municipality with a distribution by children per FTE', () => {
    const workers = [
      { id: 'a', team: 'north', fte: 1 },
      { id: 'b', team: 'north', fte: 1 },
      { id: 'c', team: 'south', fte: 0.5 },
      { id: 'd', team: 'south', fte: 1 },
    ];
    const groups = [
      manyChildren(9, 'a', 'a'),
      manyChildren(10, 'b', 'b'),
      manyChildren(10, 'c', 'c'),
      manyChildren(30, 'd', 'd'),
    ];
    const input = makeInput({
      caseworkers: workers,
      children: groups.flatMap((g) => g.children),
      cases: groups.flatMap((g) => g.cases),
      assignments: groups.flatMap((g) => g.assignments),
    });
    const report = caseloads(input, '2024-06-01');
    expect(report.teams.map((t) => [t.team, t.children, t.availableFte, t.averagePerFte])).toEqual([
      ['north', 19, 2, 9.5],
      ['south', 40, 1.5, 40 / 1.5],
    ]);
    expect(report.teams[1]?.status).toBe('overTarget');
    expect(report.municipality).toMatchObject({
      team: null,
      caseworkers: 4,
      children: 59,
      availableFte: 3.5,
      averagePerFte: 59 / 3.5,
      status: 'under',
      distribution: { '0-9': 1, '10-19': 1, '20-29': 1, '30+': 1 },
    });
  });

  it('has no average without capacity', () => {
    const report = caseloads(
      makeInput({
        caseworkers: [{ id: 'anna', team: 'north', fte: 1, leave: [{ from: '2024-01-01' }] }],
        ...oneChild('c1', 'anna'),
      }),
      '2024-06-01',
    );
    expect(report.municipality.averagePerFte).toBeNull();
    expect(report.municipality.status).toBeNull();
  });

  it('reports every problem in the input at once', () => {
    const bad = {
      caseworkers: [
        { id: 'anna', team: 'north', fte: 0 },
        { id: 'anna', team: '', fte: 1.5, leave: [{ from: '2024-02-01', to: '2024-01-01' }] },
      ],
      children: [{ id: 'c1' }, { id: 'c1' }, 7],
      cases: [{ id: 'k1', childId: 'nobody', opened: '2024-02-30', closed: 'soon' }],
      assignments: [{ childId: 'c1', caseworkerId: 'ghost', from: '2024-01-01' }],
      interventions: [
        { id: 'i1', childId: 'c1', code: 'no-such-code', start: '2024-01-01' },
        { id: 'i2', childId: 'c1', code: 'foster-family', start: '2024-05-01', end: '2024-04-01' },
      ],
      followUps: [{ interventionId: 'i9', date: '2024-01-01' }],
      actionPlans: [{ childId: 'c1', date: '2024-01-01', interventionId: 'i9' }],
      childAssessments: [{ childId: 'c1', started: '2024-05-01', completed: '2024-01-01' }],
      reassessments: 'none',
    };
    const paths = (fn: () => unknown): string[] => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(CaseloadError);
        expect((error as Error).message).toMatch(/^Invalid caseload input: \d+ problem\(s\)/);
        return (error as CaseloadError).issues.map((i) => i.path.join('.'));
      }
      throw new Error('expected a CaseloadError');
    };
    const caseloadTables = [
      'children.1.id',
      'children.2',
      'caseworkers.0.fte',
      'caseworkers.1.team',
      'caseworkers.1.fte',
      'caseworkers.1.leave.0.to',
      'caseworkers.1.id',
      'cases.0.childId',
      'cases.0.opened',
      'cases.0.closed',
      'assignments.0.caseworkerId',
    ];
    // Without weights, caseloads read (and check) only the tables they need.
    expect(paths(() => caseloads(bad as never, '2024-06-01'))).toEqual(caseloadTables);
    expect(
      paths(() =>
        caseloads(bad as never, '2024-06-01', { municipality: { weights: { placement: 2 } } }),
      ),
    ).toEqual([...caseloadTables, 'interventions.0.code', 'interventions.1.end']);
    // Deadlines read everything.
    expect(paths(() => deadlines(bad as never, defaultFollowUpRules, '2024-06-01'))).toEqual([
      ...caseloadTables,
      'interventions.0.code',
      'interventions.1.end',
      'followUps.0.interventionId',
      'actionPlans.0.interventionId',
      'childAssessments.0.completed',
      'reassessments',
    ]);
  });

  it('rejects an invalid asOf and missing tables', () => {
    expect(() => caseloads(makeInput(), '2024-02-30')).toThrow(CaseloadError);
    expect(() => caseloads({} as never, '2024-01-01')).toThrow(/children: must be an array/);
  });
});

describe('caseloadStatus of a load that is not a number', () => {
  it('is a CaseloadError naming the field, never "under"', () => {
    const norm = { target: 25, max: 30 };
    expect(() => caseloadStatus(Number.NaN, norm)).toThrow(CaseloadError);
    expect(() => caseloadStatus(Number.NaN, norm)).toThrow(/loadPerFte: .*\(got NaN\)/);
    expect(() => caseloadStatus(-1, norm)).toThrow(CaseloadError);
    expect(() => caseloadStatus(10, { target: Number.NaN, max: 30 })).toThrow(/norm.target/);
    expect(() => caseloadStatus(10, { target: 25, max: 20 })).toThrow(/norm.max/);
  });
});
