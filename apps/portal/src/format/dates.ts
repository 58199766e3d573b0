import { formatDate, type Lang, LOCALES } from '@trappen/ui';

/** A meeting day with its weekday, e.g. "onsdag den 3. september 2025". */
export function formatMeetingDate(isoDate: string, lang: Lang): string {
  const day = isoDate.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A day as "3. marts 2025" (Danish) or "3 March 2025" (English). */
export const formatDay = (value: string, lang: Lang): string => formatDate(value, lang, 'long');

/**
 * A meeting's day and time in Danish local time, e.g. "onsdag den 10. juli 2024 kl.
 * 10.00–11.30" / "Wednesday, 10 July 2024, 10:00–11:30".
 */
export function formatMeetingTime(startsAt: string, endsAt: string, lang: Lang): string {
  const zone = { timeZone: 'Europe/Copenhagen' } as const;
  const day = new Intl.DateTimeFormat(LOCALES[lang], {
    ...zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    ...zone,
    hour: '2-digit',
    minute: '2-digit',
  });
  const span = `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
  return lang === 'da' ? `${day} kl. ${span}` : `${day}, ${span}`;
}
