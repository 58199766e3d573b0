/**
 * Today as `YYYY-MM-DD` in Danish time. The console takes "today" from the browser;
 * the server checks every date again.
 */
export function todayIso(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}

/** Adds whole days to an ISO date. */
export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days as a short duration: "12 dage", "4 mdr.", "1 år 3 mdr." (or English). */
export function formatDuration(days: number, lang: 'da' | 'en'): string {
  if (days < 45) return lang === 'da' ? `${days} dage` : `${days} days`;
  const months = Math.floor(days / (365 / 12));
  if (months < 12) return lang === 'da' ? `${months} mdr.` : `${months} mo`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = lang === 'da' ? `${years} år` : `${years} yr`;
  return rest === 0 ? y : `${y} ${rest} ${lang === 'da' ? 'mdr.' : 'mo'}`;
}
