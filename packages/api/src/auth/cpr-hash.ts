import { createHmac } from 'node:crypto';

/** A CPR number as written (`010203-1234` or `0102031234`); only the ten digits count. */
export const normalizeCpr = (cpr: string): string | null => {
  const digits = cpr.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
};

/**
 * The keyed hash trappen stores instead of a parent's CPR number: HMAC-SHA-256 under a
 * server secret, so the stored value can be matched at MitID login but neither read
 * back nor recomputed from a list of CPR numbers without the key.
 *
 * @example
 * ```ts
 * cprHash('server-secret', '010203-1234') === cprHash('server-secret', '0102031234'); // true
 * ```
 */
export function cprHash(key: string, cpr: string): string {
  const digits = normalizeCpr(cpr);
  if (!digits) throw new Error('not a CPR number');
  return createHmac('sha256', key).update(digits).digest('base64url');
}
