import type { ValidationIssue } from '@trappen/staircase';
import { KpiError } from './errors';
/**
 * Relative change as the documents compute it: `(new − old) / old`, with sign, as a
 * fraction (0.952 = +95.2 %). `null` when `old` is 0 (no base to compare with).
 *
 * @example
 * ```ts
 * percentChange(524, 1023); // 0.95229… (Faxe's notifications: +95.2 %)
 * percentChange(0, 12); // null
 * ```
 */
export function percentChange(oldValue: number, newValue: number): number | null {
  const issues: ValidationIssue[] = [];
  if (!Number.isFinite(oldValue))
    issues.push({ path: ['oldValue'], message: 'must be a finite number', value: oldValue });
  if (!Number.isFinite(newValue))
    issues.push({ path: ['newValue'], message: 'must be a finite number', value: newValue });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid change');
  if (oldValue === 0) return null;
  const change = (newValue - oldValue) / oldValue;
  if (!Number.isFinite(change))
    throw new KpiError(
      [
        {
          path: ['oldValue'],
          message: 'is so close to 0 against newValue that the change is not a finite number',
          value: oldValue,
        },
      ],
      'Invalid change',
    );
  return change;
}

/**
 * Rounds half away from zero to a number of decimals (2.25 → 2.3, −2.25 → −2.3),
 * correcting for binary floating point (1.005 → 1.01).
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(50.5747, 1); // 50.6
 * ```
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  const issues: ValidationIssue[] = [];
  if (!Number.isFinite(value))
    issues.push({ path: ['value'], message: 'must be a finite number', value });
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10)
    issues.push({
      path: ['decimals'],
      message: 'must be a whole number from 0 to 10',
      value: decimals,
    });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid rounding');
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Beyond 2^53 a double has no fractional digits left to round.
  if (!(scaled < 2 ** 53)) return value === 0 ? 0 : value;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return value < 0 ? -rounded : rounded;
}

/**
 * A change as signed per cent with one decimal, rounded half away from zero
 * (`null` stays `null`).
 *
 * @example
 * ```ts
 * asPercent(percentChange(87, 131)); // 50.6
 * asPercent(percentChange(5.9, 2.0)); // -66.1
 * ```
 */
export function asPercent(change: number | null, decimals = 1): number | null {
  if (change === null) return null;
  if (!Number.isFinite(change) || !Number.isFinite(change * 100))
    throw new KpiError(
      [{ path: ['change'], message: 'must be a finite fraction or null', value: change }],
      'Invalid change',
    );
  return roundHalfAwayFromZero(change * 100, decimals);
}

/**
 * Formats a change with sign and one decimal: `+95.2 %`, `−66.1 %`, `0.0 %`, or `–`
 * when there is no base. Uses a true minus sign.
 *
 * @example
 * ```ts
 * formatChange(percentChange(524, 1023)); // '+95.2 %'
 * ```
 */
export function formatChange(change: number | null, decimals = 1): string {
  const points = asPercent(change, decimals);
  if (points === null) return '–';
  const text = Math.abs(points).toFixed(decimals);
  if (points > 0) return `+${text} %`;
  if (points < 0) return `\u2212${text} %`;
  return `${text} %`;
}
