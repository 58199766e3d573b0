import { type CellValue, formatNumber, type Lang, SUPPRESSED, SUPPRESSED_TEXT } from '@trappen/ui';
import type { Cell, ShareCell } from '../api/client';

/** A published cell as the charts read it: a number, suppressed, or no data. */
export function cellValue(cell: Cell | ShareCell | undefined): CellValue | null {
  if (!cell) return null;
  if ('suppressed' in cell) return SUPPRESSED;
  return cell.value;
}

/** The number behind a cell, or `null` when hidden or empty. */
export function numberOf(cell: Cell | ShareCell | undefined): number | null {
  return cell && 'value' in cell ? cell.value : null;
}

/** A count as text: `<5` when suppressed. */
export function countText(cell: Cell | ShareCell | undefined, lang: Lang, digits = 0): string {
  const value = cellValue(cell);
  if (value === null) return '–';
  if (value === SUPPRESSED) return SUPPRESSED_TEXT;
  return formatNumber(value, lang, digits);
}

/** A share (0-1) as a percentage with one decimal: `<5` when suppressed. */
export function shareText(cell: ShareCell | Cell | undefined, lang: Lang): string {
  const value = cellValue(cell);
  if (value === null) return '–';
  if (value === SUPPRESSED) return SUPPRESSED_TEXT;
  return `${formatNumber(value * 100, lang, 1)} %`;
}

/** `(new − old) / old` with sign, as the council documents write it, e.g. `+50,6 %`. */
export function changeText(old: number | null, now: number | null, lang: Lang): string {
  if (old === null || now === null || old === 0) return '–';
  const change = ((now - old) / old) * 100;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(change), lang, 1)} %`;
}

/** The change between two shares in percentage points, with sign, e.g. `+40,3 pp`. */
export function pointsText(
  old: number | null,
  now: number | null,
  lang: Lang,
  unit: string,
): string {
  if (old === null || now === null) return '–';
  const change = (now - old) * 100;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(change), lang, 1)} ${unit}`;
}
