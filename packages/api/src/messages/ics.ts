/** What a calendar entry for a meeting says; no names or case details. */
export interface MeetingCalendarEntry {
  /** Stable per meeting, so a moved meeting replaces the old entry. */
  uid: string;
  /** Grows with each change (the meeting's version). */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  place: string;
  videoLink: string | null;
  cancelled: boolean;
}

const stamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

// RFC 5545 text: backslash, semicolon, comma and newlines are escaped.
const text = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line);
  if (bytes.length <= 75) return line;
  const pieces: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + (start === 0 ? 75 : 74), bytes.length);
    // Never split a UTF-8 sequence: step back over continuation bytes.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    pieces.push(bytes.subarray(start, end).toString());
    start = end;
  }
  return pieces.join('\r\n ');
}

/**
 * An iCalendar file (RFC 5545) with one event, to put a meeting in a calendar; times in
 * UTC, which every calendar shows in its own zone. A cancelled meeting gives a
 * cancellation of the same event.
 */
export function meetingIcs(entry: MeetingCalendarEntry): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//trappen//meetings//DA',
    `METHOD:${entry.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `SEQUENCE:${entry.sequence}`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(entry.startsAt)}`,
    `DTEND:${stamp(entry.endsAt)}`,
    `SUMMARY:${text(entry.summary)}`,
    `LOCATION:${text(entry.videoLink ? `${entry.place} (${entry.videoLink})` : entry.place)}`,
    ...(entry.videoLink ? [`URL:${entry.videoLink}`] : []),
    `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
