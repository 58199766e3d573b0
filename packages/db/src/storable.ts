/**
 * What PostgreSQL can store: text without NUL characters and without halves of a UTF-16
 * surrogate pair (neither can be encoded in a UTF-8 database, so the insert fails), and
 * dates in the years the product works with.
 */

/** The first and last year a date in the product may have (PostgreSQL refuses year 0000). */
export const STORABLE_YEARS = { from: 1900, to: 2999 } as const;

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    }
  }
  return false;
}

/**
 * Why `text` cannot be stored, or `null` when it can.
 *
 * @example
 * ```ts
 * unstorableText('a\u0000b'); // 'contains a NUL character'
 * unstorableText('😀'); // null
 * ```
 */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (hasLoneSurrogate(text)) return 'contains half of a character (a lone UTF-16 surrogate)';
  return null;
}

/**
 * Whether the ISO date `date` (already a real day) lies in {@link STORABLE_YEARS}.
 *
 * @example
 * ```ts
 * isStorableYear('0000-01-01'); // false
 * ```
 */
export function isStorableYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= STORABLE_YEARS.from && year <= STORABLE_YEARS.to;
}
