import { addDays, daysBetween } from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskCpr, parseCpr } from './cpr';
import { CaseloadError } from './errors';
import {
  assessmentClock,
  assessmentDeadline,
  childAssessmentDeadline,
  danishDate,
  receiptDeadline,
} from './notification-clock';
import { danishLongDate, receiptText } from './receipt-text';
import {
  addWorkingDays,
  danishHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

const copenhagenHour = (d: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(d),
  );

describe('the 24-hour assessment clock', () => {
  it('is 24 real hours, so across the spring change the wall clock shows one hour later', () => {
    // Received Saturday 30 March 2024 10:00 winter time; clocks go forward that night.
    const received = new Date('2024-03-30T10:00:00+01:00');
    const deadline = assessmentDeadline(received);
    expect(deadline.getTime() - received.getTime()).toBe(24 * 3_600_000);
    expect(copenhagenHour(deadline)).toBe(11);
  });

  it('across the autumn change the wall clock shows one hour earlier', () => {
    const received = new Date('2024-10-26T10:00:00+02:00');
    expect(copenhagenHour(assessmentDeadline(received))).toBe(9);
  });

  it('counts minutes left, turns due soon in the last four hours and overdue after', () => {
    const received = new Date('2024-05-01T08:00:00Z');
    expect(assessmentClock(received, new Date('2024-05-01T09:00:00Z')).status).toBe('ok');
    expect(assessmentClock(received, new Date('2024-05-02T06:30:00Z'))).toMatchObject({
      minutesLeft: 90,
      status: 'dueSoon',
    });
    expect(assessmentClock(received, new Date('2024-05-02T08:01:00Z')).status).toBe('overdue');
    expect(
      assessmentClock(received, new Date('2024-05-03T00:00:00Z'), new Date('2024-05-02T07:00:00Z'))
        .status,
    ).toBe('assessed');
    expect(
      assessmentClock(received, new Date('2024-05-03T00:00:00Z'), new Date('2024-05-02T09:00:00Z'))
        .status,
    ).toBe('assessedLate');
  });

  it('property: the deadline is always exactly 86 400 000 ms later, and the hours left only fall', () => {
    const instant = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, fc.nat(48 * 60), fc.nat(48 * 60), (received, a, b) => {
        expect(assessmentDeadline(received).getTime() - received.getTime()).toBe(86_400_000);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const at = (m: number) => new Date(received.getTime() + m * 60_000);
        expect(assessmentClock(received, at(late)).minutesLeft).toBeLessThanOrEqual(
          assessmentClock(received, at(early)).minutesLeft,
        );
      }),
    );
  });

  it('reads the Danish day, not the UTC day', () => {
    expect(danishDate(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(danishDate(new Date('2024-01-31T23:30:00Z'))).toBe('2024-02-01');
    expect(() => danishDate(new Date('nope'))).toThrow(CaseloadError);
  });
});

describe('Danish public holidays', () => {
  it('finds Easter from the year alone', () => {
    expect([2019, 2024, 2025, 2026, 2038].map(easterSunday)).toEqual([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2038-04-25',
    ]);
  });

  it('lists the holidays of 2024 (no Great Prayer Day any more)', () => {
    expect(danishHolidays(2024)).toEqual([
      '2024-01-01',
      '2024-03-28',
      '2024-03-29',
      '2024-03-31',
      '2024-04-01',
      '2024-05-09',
      '2024-05-19',
      '2024-05-20',
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('kept Great Prayer Day before 2024 and adds the closed days a municipality chooses', () => {
    expect(danishHolidays(2023)).toContain('2023-05-05');
    expect(danishHolidays(2024)).not.toContain('2024-04-26');
    const closed = danishHolidays(2024, {
      constitutionDay: true,
      christmasEve: true,
      newYearsEve: true,
    });
    expect(closed).toEqual(expect.arrayContaining(['2024-06-05', '2024-12-24', '2024-12-31']));
    expect(closed).toHaveLength(13);
  });

  it('property: every holiday set has 10 days (11 before 2024) and Easter is a Sunday in March or April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1700, max: 2400 }), (year) => {
        const easter = easterSunday(year);
        expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        expect(danishHolidays(year)).toHaveLength(year < 2024 ? 11 : 10);
      }),
    );
  });
});

describe('working days', () => {
  it('skips weekends and the Easter holidays', () => {
    expect(isWorkingDay('2024-04-01')).toBe(false);
    expect(isWorkingDay('2024-04-02')).toBe(true);
    expect(isWorkingDay('2024-04-06')).toBe(false);
    expect(addWorkingDays('2024-03-27', 6)).toBe('2024-04-09');
    expect(workingDaysBetween('2024-12-20', '2024-12-30')).toBe(4);
    expect(workingDaysBetween('2024-12-20', '2024-12-30', { christmasEve: true })).toBe(3);
  });

  it('gives a receipt deadline 6 working days after the Danish day of receipt', () => {
    // Friday 20 December 2024: Christmas and New Year's Day are skipped.
    expect(receiptDeadline(new Date('2024-12-20T09:00:00+01:00'))).toBe('2025-01-02');
    // Received 00:30 Danish time on Monday 6 May is a Monday receipt, not a Sunday one.
    expect(receiptDeadline(new Date('2024-05-05T22:30:00Z'))).toBe('2024-05-15');
    expect(() => addWorkingDays('2024-02-30', 6)).toThrow(CaseloadError);
    expect(() => addWorkingDays('2024-02-01', -1)).toThrow(CaseloadError);
  });

  it('property: n working days later is a working day, n working days away, and monotone in n', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), fc.boolean(), (from, n, eve) => {
        const closed = { christmasEve: eve };
        const to = addWorkingDays(from, n, closed);
        expect(isWorkingDay(to, closed)).toBe(true);
        expect(workingDaysBetween(from, to, closed)).toBe(n);
        expect(addWorkingDays(from, n + 1, closed) > to).toBe(true);
        // Never more than n weekdays plus the weekends and holidays between: at most 2n + 10 days.
        expect(daysBetween(from, to)).toBeLessThanOrEqual(2 * n + 10);
      }),
    );
  });
});

describe('the child assessment deadline', () => {
  it('is four months by default, or what the rules say, clamped to the month end', () => {
    expect(childAssessmentDeadline('2024-07-01')).toBe('2024-11-01');
    expect(childAssessmentDeadline('2024-10-31')).toBe('2025-02-28');
    expect(childAssessmentDeadline('2024-07-01', 3)).toBe('2024-10-01');
    expect(() => childAssessmentDeadline('2024-07-01', 0)).toThrow(CaseloadError);
  });
});

describe('CPR numbers', () => {
  it('accept the date part and format and work out the century', () => {
    expect(parseCpr('150318-4321')).toEqual({
      ok: true,
      digits: '1503184321',
      birthDate: '2018-03-15',
    });
    expect(parseCpr('0101801234')).toMatchObject({ ok: true, birthDate: '1980-01-01' });
    expect(parseCpr('010158-5234')).toMatchObject({ ok: true, birthDate: '1858-01-01' });
  });

  it('refuse an impossible date or a wrong format with a Danish and English reason', () => {
    const bad = parseCpr('310218-4321');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problem.da).toContain('dato');
      expect(bad.problem.en).toContain('date');
    }
    expect(parseCpr('15031843').ok).toBe(false);
    expect(parseCpr('15-03-18-4321').ok).toBe(false);
  });

  it('masks the serial part', () => {
    expect(maskCpr('1503184321')).toBe('150318-xxxx');
  });
});

describe('the receipt text', () => {
  it('is Danish, dated in Danish, and names neither the child nor the concern', () => {
    const text = receiptText({
      reporterName: 'Skovby Skole',
      receivedOn: '2027-01-28',
      municipalityName: 'Eksempelby Kommune',
    });
    expect(text).toContain('Kære Skovby Skole');
    expect(text).toContain('underretning af 28. januar 2027');
    expect(danishLongDate('2024-05-02')).toBe('2. maj 2024');
  });
});

describe('hostile arguments to the clocks and the receipt', () => {
  const pathsOf = (attempt: () => unknown): string[] => {
    try {
      attempt();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseloadError);
      return (error as CaseloadError).issues.map((issue) => issue.path.join('.'));
    }
    throw new Error('expected a CaseloadError');
  };

  it('refuses a due-soon window that is not a whole number of minutes in a day', () => {
    const received = new Date('2024-05-01T08:00:00Z');
    const now = new Date('2024-05-01T09:00:00Z');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, 1441])
      expect(pathsOf(() => assessmentClock(received, now, null, bad))).toEqual(['dueSoonMinutes']);
    expect(assessmentClock(received, now, null, 1440).status).toBe('dueSoon');
  });

  it('names closed days that are not true or false', () => {
    expect(
      pathsOf(() =>
        workingDaysBetween('2024-12-20', '2024-12-30', { christmasEve: 'yes' as never }),
      ),
    ).toEqual(['closed.christmasEve']);
  });

  it('refuses a receipt without a municipality name or with a bad date, naming both', () => {
    expect(
      pathsOf(() => receiptText({ receivedOn: '2024-02-30', municipalityName: '  ' })),
    ).toEqual(['municipalityName', 'receivedOn']);
  });
});
