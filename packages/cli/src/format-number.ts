import type { Language } from './language';

/**
 * Formats a number for a table in the output language: `4,620` / `-9,266.204` in English,
 * `4.620` / `-9.266,204` in Danish (always an ASCII minus, so scripts can parse it).
 *
 * @example
 * ```ts
 * formatNumber(-9266.204, 'en', 3); // '-9,266.204'
 * ```
 */
export function formatNumber(value: number, lang: Language, maxFractionDigits = 0): string {
  const text = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-US', {
    maximumFractionDigits: maxFractionDigits,
  }).format(value === 0 ? 0 : value);
  return text.replace(/\u2212/g, '-');
}
