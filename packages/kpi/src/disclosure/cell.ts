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

/** The validated threshold. Internal. */
export function thresholdOf(options: SuppressionOptions): number {
  const threshold = options.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a whole number of at least 1, got ${threshold}`);
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
 */
export function suppressCount(count: number, options: SuppressionOptions = {}): Cell {
  const threshold = thresholdOf(options);
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
  return options.format ? options.format(cell.value) : String(cell.value);
}
