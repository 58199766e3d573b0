import { addDays } from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseloadError } from './errors';
import {
  canReopen,
  closeProblems,
  consentStatus,
  DEFAULT_RETENTION_POLICY,
  defineRetentionPolicy,
  mayAskForOwnData,
  type RetentionCase,
  retentionDecision,
  retentionEndsOn,
} from './retention';

const closed = (closedOn: string, legalHold = false): RetentionCase => ({
  status: 'closed',
  openedOn: '2015-01-01',
  closedOn,
  legalHold,
});
const policy = (retentionYears: number) => ({ ...DEFAULT_RETENTION_POLICY, retentionYears });

describe('retention period', () => {
  it('keeps a case closed on 31 March 2019 under the 5-year default until 31 March 2024', () => {
    expect(retentionEndsOn('2019-03-31', 5)).toBe('2024-03-31');
    expect(retentionDecision(closed('2019-03-31'), DEFAULT_RETENTION_POLICY, '2024-03-31')).toEqual(
      {
        status: 'retained',
        removableFrom: '2024-04-01',
      },
    );
    expect(
      retentionDecision(closed('2019-03-31'), DEFAULT_RETENTION_POLICY, '2024-04-01').status,
    ).toBe('due');
  });

  it('ends a period started on 29 February on 28 February', () => {
    expect(retentionEndsOn('2020-02-29', 5)).toBe('2025-02-28');
    expect(retentionEndsOn('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('never removes an open case, whatever the day', () => {
    const open: RetentionCase = {
      status: 'open',
      openedOn: '2000-01-01',
      closedOn: null,
      legalHold: false,
    };
    expect(retentionDecision(open, policy(1), '2099-01-01').status).toBe('open');
    expect(canReopen(open, policy(1), '2001-01-01')).toBe(false);
  });

  it('never removes a case under a legal hold, however old', () => {
    expect(retentionDecision(closed('2001-01-01', true), policy(1), '2099-01-01')).toEqual({
      status: 'legalHold',
      removableFrom: '2002-01-02',
    });
  });

  it('reopens only within the retention period', () => {
    expect(canReopen(closed('2019-03-31'), DEFAULT_RETENTION_POLICY, '2024-03-31')).toBe(true);
    expect(canReopen(closed('2019-03-31'), DEFAULT_RETENTION_POLICY, '2024-04-01')).toBe(false);
  });

  it('names field, value and reason for a bad closing day or period', () => {
    expect(() => retentionEndsOn('2019-02-30', 0)).toThrow(CaseloadError);
    try {
      retentionEndsOn('2019-02-30', 0);
    } catch (error) {
      expect((error as CaseloadError).issues.map((i) => i.path.join('.'))).toEqual([
        'closedOn',
        'retentionYears',
      ]);
    }
    expect(() =>
      defineRetentionPolicy({ retentionYears: 0, mode: 'shred', youngPersonAccessAge: 15 }),
    ).toThrow(/retentionYears[\s\S]*mode/);
  });

  const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));
  const aCase = fc.record({
    closedOn: day,
    legalHold: fc.boolean(),
    status: fc.constantFrom('open' as const, 'closed' as const),
  });

  it('property: due only for a closed case without a hold after the whole period', () => {
    fc.assert(
      fc.property(aCase, fc.integer({ min: 1, max: 30 }), day, (c, years, today) => {
        const input: RetentionCase = {
          ...c,
          openedOn: '1999-01-01',
          closedOn: c.status === 'closed' ? c.closedOn : null,
        };
        const decision = retentionDecision(input, policy(years), today);
        if (decision.status === 'due') {
          expect(input.status).toBe('closed');
          expect(input.legalHold).toBe(false);
          expect(today > retentionEndsOn(c.closedOn, years)).toBe(true);
          // Removal and reopening never overlap: a case due for removal cannot be reopened.
          expect(canReopen(input, policy(years), today)).toBe(false);
        }
      }),
    );
  });

  it('property: a clock moved back never makes a case due earlier (monotone in today)', () => {
    fc.assert(
      fc.property(aCase, fc.integer({ min: 1, max: 30 }), day, day, (c, years, a, b) => {
        const input: RetentionCase = {
          ...c,
          openedOn: '1999-01-01',
          closedOn: c.status === 'closed' ? c.closedOn : null,
        };
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        if (retentionDecision(input, policy(years), earlier).status === 'due')
          expect(retentionDecision(input, policy(years), later).status).toBe('due');
      }),
    );
  });

  it('property: a longer period never makes a case due sooner', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 29 }), day, (closedOn, years, today) => {
        if (retentionDecision(closed(closedOn), policy(years + 1), today).status === 'due')
          expect(retentionDecision(closed(closedOn), policy(years), today).status).toBe('due');
      }),
    );
  });
});

describe('closing a case', () => {
  const open: RetentionCase = {
    status: 'open',
    openedOn: '2024-01-10',
    closedOn: null,
    legalHold: false,
  };
  it('accepts a day between opening and today', () => {
    expect(closeProblems(open, '2024-01-10', '2024-06-01')).toEqual([]);
    expect(closeProblems(open, '2024-06-01', '2024-06-01')).toEqual([]);
  });
  it('refuses a day before opening, in the future, or an already closed case', () => {
    expect(closeProblems(open, '2024-06-02', '2024-06-01')).toEqual([
      { path: ['closedOn'], message: 'is in the future', value: '2024-06-02' },
    ]);
    expect(
      closeProblems(
        { ...open, status: 'closed', closedOn: '2024-02-01' },
        '2024-03-01',
        '2024-06-01',
      ),
    ).toEqual([{ path: ['caseId'], message: 'the case is already closed' }]);
  });
});

describe('access and consent', () => {
  it('lets a young person ask from their 15th birthday by default', () => {
    expect(mayAskForOwnData('2010-06-15', '2025-06-14', 15)).toBe(false);
    expect(mayAskForOwnData('2010-06-15', '2025-06-15', 15)).toBe(true);
  });
  it('shows a consent as pending, active, expired or revoked', () => {
    const c = { validFrom: '2025-01-01', validTo: '2025-12-31', revokedOn: null };
    expect(consentStatus(c, '2024-12-31')).toBe('pending');
    expect(consentStatus(c, '2025-12-31')).toBe('active');
    expect(consentStatus(c, '2026-01-01')).toBe('expired');
    expect(consentStatus({ ...c, revokedOn: '2025-03-01' }, '2025-06-01')).toBe('revoked');
  });
});

describe('hostile arguments to the retention rules', () => {
  const closed: RetentionCase = {
    status: 'closed',
    openedOn: '2018-01-01',
    closedOn: '2019-03-31',
    legalHold: false,
  };
  const pathsOf = (attempt: () => unknown): string[] => {
    try {
      attempt();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseloadError);
      return (error as CaseloadError).issues.map((issue) => issue.path.join('.'));
    }
    throw new Error('expected a CaseloadError');
  };

  it('names every bad field of the case, the policy and today in one error', () => {
    expect(
      pathsOf(() =>
        retentionDecision(
          { ...closed, closedOn: '2019-02-30' },
          { ...DEFAULT_RETENTION_POLICY, retentionYears: Number.NaN },
          'today',
        ),
      ),
    ).toEqual(['case.closedOn', 'policy.retentionYears', 'today']);
    expect(pathsOf(() => canReopen(closed, DEFAULT_RETENTION_POLICY, '2024-13-01'))).toEqual([
      'today',
    ]);
  });

  it('refuses retention periods beyond 100 years or past the year 9999', () => {
    expect(pathsOf(() => retentionEndsOn('2019-03-31', 2 ** 31))).toEqual(['retentionYears']);
    expect(pathsOf(() => retentionEndsOn('9990-01-01', 10))).toEqual(['retentionYears']);
    expect(retentionEndsOn('9989-01-01', 10)).toBe('9999-01-01');
  });

  it('refuses dates that are not dates instead of comparing them as text', () => {
    expect(
      pathsOf(() =>
        closeProblems(
          { ...closed, status: 'open', openedOn: 'NaN', closedOn: null },
          '2024-01-09',
          '',
        ),
      ),
    ).toEqual(['case.openedOn', 'today']);
    expect(
      pathsOf(() =>
        consentStatus(
          { validFrom: '2025-01-01', validTo: '2025-02-30', revokedOn: null },
          '2025-06-01',
        ),
      ),
    ).toEqual(['consent.validTo']);
  });

  it('refuses an access age that is not a whole age from 10 to 18', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 15.5, 9, 19])
      expect(pathsOf(() => mayAskForOwnData('2010-06-15', '2025-06-15', bad))).toEqual([
        'accessAge',
      ]);
    expect(mayAskForOwnData('9990-06-15', '9999-12-31', 15)).toBe(false);
  });
});
