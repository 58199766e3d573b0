/**
 * A figure hidden by disclosure control because it describes fewer than 5 children.
 * The API sends this marker instead of the number.
 */
export const SUPPRESSED = 'suppressed' as const;

/** What is shown in place of a suppressed figure. */
export const SUPPRESSED_TEXT = '<5';

/**
 * A figure about 5 children or more, hidden so that a suppressed figure cannot be
 * worked out from the totals (secondary suppression).
 */
export const HIDDEN = 'hidden' as const;

/** What is shown in place of a hidden figure, by language. */
export const HIDDEN_TEXT = { da: 'skjult', en: 'hidden' } as const;

/** A figure that may have been suppressed or hidden. */
export type CellValue = number | typeof SUPPRESSED | typeof HIDDEN;

/** True when the figure is not shown (suppressed or hidden). */
export function isSuppressed(
  value: CellValue | null | undefined,
): value is typeof SUPPRESSED | typeof HIDDEN {
  return value === SUPPRESSED || value === HIDDEN;
}

/** The mark shown in place of a figure that is not shown. */
export function markText(
  value: typeof SUPPRESSED | typeof HIDDEN,
  lang: 'da' | 'en' = 'da',
): string {
  return value === HIDDEN ? HIDDEN_TEXT[lang] : SUPPRESSED_TEXT;
}

/**
 * Text for a figure: `<5` when suppressed, `skjult` / `hidden` when hidden, `–` when
 * missing, else the formatted number.
 */
export function formatCell(
  value: CellValue | null | undefined,
  format: (value: number) => string,
  lang: 'da' | 'en' = 'da',
): string {
  if (value === null || value === undefined) return '–';
  if (isSuppressed(value)) return markText(value, lang);
  return format(value);
}

/** The number to draw for a figure, or `null` when there is nothing to draw. */
export function drawable(value: CellValue | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
