/**
 * A figure hidden by disclosure control because it describes fewer than 5 children.
 * The API sends this marker instead of the number.
 */
export const SUPPRESSED = 'suppressed' as const;

/** What is shown in place of a suppressed figure. */
export const SUPPRESSED_TEXT = '<5';

/** A figure that may have been suppressed. */
export type CellValue = number | typeof SUPPRESSED;

/** True when the figure was suppressed. */
export function isSuppressed(value: CellValue | null | undefined): value is typeof SUPPRESSED {
  return value === SUPPRESSED;
}

/**
 * Text for a figure: `<5` when suppressed, `–` when missing, else the formatted number.
 */
export function formatCell(
  value: CellValue | null | undefined,
  format: (value: number) => string,
): string {
  if (value === null || value === undefined) return '–';
  if (isSuppressed(value)) return SUPPRESSED_TEXT;
  return format(value);
}

/** The number to draw for a figure, or `null` when there is nothing to draw. */
export function drawable(value: CellValue | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
