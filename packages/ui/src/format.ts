import type { Lang } from './i18n/dictionary';

/** The Intl locale used for each UI language. */
export const LOCALES: Readonly<Record<Lang, string>> = { da: 'da-DK', en: 'en-GB' };

/** How much of a date to show: `03.03.2025`, `3. mar. 2025` or `3. marts 2025`. */
export type DateStyle = 'short' | 'medium' | 'long';

const isoDateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date for the UI language (Danish `da-DK` by default). A plain ISO date
 * (`2025-03-03`) is a calendar day and is shown as that day in every time zone;
 * a `Date` or timestamp is shown in Danish time.
 *
 * @example formatDate('2025-03-03') // '3. marts 2025'
 */
export function formatDate(
  value: string | Date,
  lang: Lang = 'da',
  style: DateStyle = 'long',
): string {
  const dateOnly = typeof value === 'string' && isoDateOnly.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: style,
    timeZone: dateOnly ? 'UTC' : 'Europe/Copenhagen',
  }).format(date);
}

/**
 * Formats an amount in Danish kroner, whole kroner by default.
 *
 * @example formatDKK(1095000) // '1.095.000 kr.'
 */
export function formatDKK(amount: number, lang: Lang = 'da', fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

/** Formats a plain number with the language's separators (`1.234,5` in Danish). */
export function formatNumber(value: number, lang: Lang = 'da', maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

/**
 * The relative change from `previous` to `current`, computed as the documents do:
 * (new − old) / old. `null` when the old value is zero (no meaningful change).
 *
 * @example percentChange(524, 1023) // 0.9522…
 */
export function percentChange(previous: number, current: number): number | null {
  if (previous === 0 || !Number.isFinite(previous) || !Number.isFinite(current)) return null;
  return (current - previous) / previous;
}

/**
 * Formats the change from `previous` to `current` as a signed percentage with one
 * decimal; `–` when it cannot be computed (old value zero).
 *
 * @example formatPercentChange(524, 1023) // '+95,2 %' (Danish), '+95.2%' (English)
 */
export function formatPercentChange(previous: number, current: number, lang: Lang = 'da'): string {
  const change = percentChange(previous, current);
  if (change === null) return '–';
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change);
}
