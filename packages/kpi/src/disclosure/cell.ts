import { KpiError } from '../errors';

declare const disclosed: unique symbol;

/**
 * A figure as the disclosure boundary publishes it:
 *
 * - `value`: shown as it is;
 * - `suppressed`: it describes 1 to `threshold − 1` children (shown as "<5");
 * - `hidden`: it describes `threshold` or more children, but is hidden so that no
 *   suppressed figure can be worked out from the totals (shown as "skjult" / "hidden").
 *
 * Only the boundary (`suppress`, `protectTables`, `discloseBoard`) constructs one: the
 * brand makes an undisclosed number a type error where a published cell is expected.
 *
 * @example
 * ```ts
 * const cells: DisclosedCell[] = suppress(table).cells[0];
 * cells.map((c) => c.kind); // ['value', 'suppressed', 'hidden']
 * ```
 */
export type DisclosedCell<V = number> = (
  | { readonly kind: 'value'; readonly value: V }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'hidden' }
) & { readonly [disclosed]: true };

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

/** Throws unless `value` is a finite number (a figure derived from counts). Internal. */
export function checkFinite(value: unknown, path: (string | number)[]): void {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new KpiError(
      [{ path, message: 'must be a finite number', value }],
      'Invalid published figure',
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

/** A published value. Internal to the boundary. */
export function valueCell<V>(value: V): DisclosedCell<V> {
  return { kind: 'value', value } as DisclosedCell<V>;
}

/** A suppressed ("<5") cell. Internal to the boundary. */
export function suppressedCell<V = number>(): DisclosedCell<V> {
  return { kind: 'suppressed' } as DisclosedCell<V>;
}

/** A cell hidden to protect another ("skjult"). Internal to the boundary. */
export function hiddenCell<V = number>(): DisclosedCell<V> {
  return { kind: 'hidden' } as DisclosedCell<V>;
}

/**
 * True when a cell shows its value.
 *
 * @example
 * ```ts
 * isPublished(suppress(table).total); // true unless the grand total had to be hidden
 * ```
 */
export function isPublished<V>(
  cell: DisclosedCell<V>,
): cell is DisclosedCell<V> & { kind: 'value'; value: V } {
  return cell.kind === 'value';
}

/**
 * A figure derived from a published count (a share, child-years, an average): shown
 * only where the count is, and hidden the same way it is.
 *
 * @example
 * ```ts
 * alongside(count, days / 365.25); // hidden exactly when `count` is
 * ```
 *
 * @throws {KpiError} when `value` is a number that is NaN or infinite.
 */
export function alongside<V>(count: DisclosedCell<unknown>, value: V): DisclosedCell<V> {
  checkFinite(value, ['value']);
  if (count.kind === 'value') return valueCell(value);
  return count.kind === 'suppressed' ? suppressedCell() : hiddenCell();
}

/**
 * A share computed from two published counts: not shown when either is not (marked
 * like the numerator, or hidden when only the denominator is), `null` when the
 * denominator is 0.
 *
 * @example
 * ```ts
 * shareOf(table.cells[0][0], table.rowTotals[0]); // { kind: 'value', value: 0.36 }
 * ```
 *
 * @throws {KpiError} when a shown count is negative, a fraction, NaN or infinite.
 */
export function shareOf(
  numerator: DisclosedCell,
  denominator: DisclosedCell,
): DisclosedCell<number | null> {
  if (numerator.kind !== 'value') return alongside(numerator, null);
  checkCount(numerator.value, ['numerator', 'value']);
  if (denominator.kind !== 'value') return hiddenCell();
  checkCount(denominator.value, ['denominator', 'value']);
  return valueCell(denominator.value === 0 ? null : numerator.value / denominator.value);
}

/**
 * Text for a cell: the value (formatted by `format`), "<5" when suppressed, and the
 * hidden mark ("skjult" unless `hidden` says otherwise) when hidden to protect another.
 *
 * @example
 * ```ts
 * formatCell(cell, { format: (n) => n.toLocaleString('da-DK'), hidden: 'hidden' });
 * ```
 *
 * @throws {KpiError} when a shown value is a number that is NaN or infinite.
 */
export function formatCell<V>(
  cell: DisclosedCell<V>,
  options: { suppressed?: string; hidden?: string; format?: (value: V) => string } = {},
): string {
  if (cell.kind === 'suppressed') return options.suppressed ?? '<5';
  if (cell.kind === 'hidden') return options.hidden ?? 'skjult';
  checkFinite(cell.value, ['cell', 'value']);
  return options.format ? options.format(cell.value) : String(cell.value);
}
