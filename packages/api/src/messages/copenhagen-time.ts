import { danishDate } from '@trappen/caseload';

/** Danish municipalities plan and remind in Danish local time. */
const ZONE = 'Europe/Copenhagen';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function localParts(instant: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
}

/**
 * The local date (`YYYY-MM-DD`) in Copenhagen at `instant`: `@trappen/caseload`'s
 * `danishDate`, the one owner of the Danish calendar day.
 */
export const copenhagenDate = danishDate;

/** The local wall-clock time (`HH:MM`) in Copenhagen at `instant`. */
export function copenhagenTime(instant: Date): string {
  const p = localParts(instant);
  return `${p.hour}:${p.minute}`;
}

/**
 * The instant of a Copenhagen wall-clock time on a date, across daylight-saving changes:
 * the UTC guess is corrected by the zone's offset at that moment (twice, for the hour
 * the clocks change). A time skipped by the spring change resolves to the hour after.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 2; i += 1) {
    const p = localParts(new Date(guess));
    const shown = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`);
    guess += wanted - shown;
  }
  return new Date(guess);
}
