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
