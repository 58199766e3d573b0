import { describe, expect, it } from 'vitest';
import { copenhagenDate, copenhagenInstant, copenhagenTime } from './copenhagen-time';
import { meetingIcs } from './ics';
import { digestMessage, formatWhen, parentMessage } from './texts';

describe('Copenhagen time', () => {
  it('turns local wall-clock times into instants on both sides of daylight saving', () => {
    expect(copenhagenInstant('2027-01-28', '10:00').toISOString()).toBe('2027-01-28T09:00:00.000Z');
    expect(copenhagenInstant('2027-07-28', '10:00').toISOString()).toBe('2027-07-28T08:00:00.000Z');
    // The night the clocks go forward (28 March 2027) and back (31 October 2027).
    expect(copenhagenInstant('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(copenhagenInstant('2027-03-28', '03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(copenhagenInstant('2027-10-31', '04:00').toISOString()).toBe('2027-10-31T03:00:00.000Z');
  });

  it('reads the local date and time of an instant', () => {
    const late = new Date('2027-06-30T22:30:00Z');
    expect(copenhagenDate(late)).toBe('2027-07-01');
    expect(copenhagenTime(late)).toBe('00:30');
  });
});

describe('message texts', () => {
  it('tells a parent there is news and where, never the plan itself', () => {
    const text = parentMessage('planPublished', 'da', 'https://trappen.eksempelby.dk/portal/');
    expect(text.subject).toBe('Nyt i forældreportalen');
    expect(text.body).toContain('https://trappen.eksempelby.dk/portal/');
    const english = parentMessage('planPublished', 'en', '/portal/');
    expect(english.subject).toBe('News in the parent portal');
  });

  it('dates meetings for Danish readers', () => {
    expect(formatWhen(new Date('2027-01-28T09:00:00Z'), 'da')).toBe('28. januar 2027 kl. 10:00');
    expect(formatWhen(new Date('2027-01-28T09:00:00Z'), 'en')).toBe('28 January 2027 at 10:00');
  });

  it('lists a digest by case reference and Danish dates', () => {
    const text = digestMessage(
      'da',
      [{ reference: 'B-00318', deadline: '2026-10-08', caseUrl: '/console/cases/1' }],
      [],
    );
    expect(text.subject).toBe('Dine frister: 1 overskredne, 0 de næste 7 dage');
    expect(text.body).toContain('- B-00318: 8. oktober 2026 /console/cases/1');
  });
});

describe('meetingIcs', () => {
  const entry = {
    uid: 'm1@trappen',
    sequence: 2,
    startsAt: new Date('2027-01-28T09:00:00Z'),
    endsAt: new Date('2027-01-28T10:00:00Z'),
    summary: 'Møde med kommunen',
    place: 'Rådhuset; lokale 2, stuen',
    videoLink: null,
    cancelled: false,
  };

  it('writes one event with escaped text and CRLF line ends', () => {
    const ics = meetingIcs(entry);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20270128T090000Z\r\n');
    expect(ics).toContain('LOCATION:Rådhuset\\; lokale 2\\, stuen\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 bytes without splitting a letter', () => {
    const ics = meetingIcs({ ...entry, place: 'Æblegården, '.repeat(12) });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
  });

  it('cancels the same event', () => {
    const ics = meetingIcs({ ...entry, cancelled: true });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('UID:m1@trappen');
  });
});
