import { KpiError } from '../errors';

/**
 * A published figure: its value, or suppressed. Primary and secondary suppressions
 * look the same on purpose: marking them differently would tell the reader which
 * cells are small.
 *
 * @example
 * ```ts
 * const cells: Cell[] = [{ value: 12 }, { suppressed: true }];
 * ```
 */
export type Cell<V = number> = { value: V } | { suppressed: true };

/**
 * Disclosure options.
 *
 * @example
 * ```ts
 * const options: SuppressionOptions = { threshold: 5 };
 * ```
 */
export interface SuppressionOptions {
  /** Counts from 1 to `threshold − 1` are suppressed (default 5: "<5"). 0 is shown. */
  threshold?: number;
}

/** Throws unless `value` is a count: a whole number from 0 to 2^53 − 1. Internal. */
export function checkCount(value: unknown, path: (string | number)[]): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0)
    throw new KpiError(
      [{ path, message: 'must be a count: a whole number of at least 0', value }],
      'Invalid count',
    );
}

/** The validated threshold. Internal. */
export function thresholdOf(options: SuppressionOptions): number {
  const threshold = options.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new KpiError(
      [{ path: ['threshold'], message: 'must be a whole number of at least 1', value: threshold }],
      'Invalid suppression options',
    );
  }
  return threshold;
}

/**
 * True when a cell is suppressed.
 *
 * @example
 * ```ts
 * isSuppressed({ suppressed: true }); // true
 * ```
 */
export function isSuppressed<V>(cell: Cell<V>): cell is { suppressed: true } {
  return 'suppressed' in cell;
}

/**
 * One count on its own (not part of a table): suppressed when it describes 1 to
 * `threshold − 1` children. 0 is shown: it reveals nothing about any child.
 *
 * @example
 * ```ts
 * suppressCount(3); // { suppressed: true }
 * suppressCount(0); // { value: 0 }
 * suppressCount(12); // { value: 12 }
 * ```
 *
 * @throws {KpiError} for a count that is negative, a fraction, NaN or infinite.
 */
export function suppressCount(count: number, options: SuppressionOptions = {}): Cell {
  const threshold = thresholdOf(options);
  checkCount(count, ['count']);
  return count > 0 && count < threshold ? { suppressed: true } : { value: count };
}

/**
 * A share computed from two published counts: suppressed when either is, `null` when
 * the denominator is 0.
 *
 * @example
 * ```ts
 * shareOf({ value: 36 }, { value: 100 }); // { value: 0.36 }
 * shareOf({ suppressed: true }, { value: 100 }); // { suppressed: true }
 * ```
 */
export function shareOf(numerator: Cell, denominator: Cell): Cell<number | null> {
  if (!isSuppressed(numerator)) checkCount(numerator.value, ['numerator', 'value']);
  if (!isSuppressed(denominator)) checkCount(denominator.value, ['denominator', 'value']);
  if (isSuppressed(numerator) || isSuppressed(denominator)) return { suppressed: true };
  return { value: denominator.value === 0 ? null : numerator.value / denominator.value };
}

/**
 * Text for a cell: the value (formatted by `format`) or the suppression mark.
 *
 * @example
 * ```ts
 * formatCell({ suppressed: true }); // '<5'
 * formatCell({ value: 1234 }, { format: (n) => n.toLocaleString('da-DK') }); // '1.234'
 * ```
 */
export function formatCell<V>(
  cell: Cell<V>,
  options: { mark?: string; format?: (value: V) => string } = {},
): string {
  if (isSuppressed(cell)) return options.mark ?? '<5';
  if (typeof cell.value === 'number' && !Number.isFinite(cell.value))
    throw new KpiError(
      [{ path: ['cell', 'value'], message: 'must be a finite number', value: cell.value }],
      'Invalid cell',
    );
  return options.format ? options.format(cell.value) : String(cell.value);
}
