import { fieldError } from '../../api/errors';
import type { Outputs } from '../../api/types';

/** A notification as the queue shows it. */
export type QueueNotification = Outputs['notifications']['queue']['awaitingAssessment'][number];

/** The notification sources, in the order the form offers them. */
export const SOURCES = [
  'school',
  'dayCare',
  'health',
  'hospital',
  'police',
  'otherAuthority',
  'family',
  'anonymous',
  'child',
  'citizen',
  'other',
] as const;

/** The assessment outcomes, in the order the form offers them. */
export const OUTCOMES = [
  'noAction',
  'advice',
  'openCase',
  'childAssessment',
  'acuteMeasure',
] as const;

/** The API's field error in the UI language (the API sends "dansk / English"). */
export function localFieldError(
  error: unknown,
  field: string,
  lang: 'da' | 'en',
): string | undefined {
  const message = fieldError(error, field);
  if (!message) return undefined;
  const [da, en] = message.split(' / ');
  return lang === 'da' ? da : (en ?? da);
}

/** Hours and minutes of a count of minutes (absolute). */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  const abs = Math.abs(minutes);
  return { hours: Math.floor(abs / 60), minutes: abs % 60 };
}

/** An instant as "28. januar 2027 kl. 14.05" (or English), in Danish time. */
export function formatInstant(iso: string, lang: 'da' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'Europe/Copenhagen',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The value of a `datetime-local` input for an instant, in Danish time. */
export function localInputValue(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return parts.replace(' ', 'T');
}

/**
 * A `datetime-local` value read as Danish time, as an instant with its offset: the
 * offset is the one Copenhagen had then (found by asking Intl for that instant).
 */
export function danishInstant(local: string): string {
  const guess = new Date(`${local}:00Z`);
  if (Number.isNaN(guess.getTime())) return local;
  const shown = new Date(`${localInputValue(guess)}:00Z`);
  const offsetMinutes = Math.round((shown.getTime() - guess.getTime()) / 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}:00${sign}${hh}:${mm}`;
}
