import {
  type CellValue,
  formatNumber,
  HIDDEN,
  HIDDEN_TEXT,
  type Lang,
  SUPPRESSED,
  SUPPRESSED_TEXT,
} from '@trappen/ui';
import type { Cell, ShareCell } from '../api/client';

/** A published cell as the charts read it: a number, not shown (a gap), or no data. */
export function cellValue(cell: Cell | ShareCell | undefined): CellValue | null {
  if (!cell) return null;
  if (cell.kind === 'suppressed') return SUPPRESSED;
  if (cell.kind === 'hidden') return HIDDEN;
  return cell.value;
}

/** The number behind a cell, or `null` when not shown or empty. */
export function numberOf(cell: Cell | ShareCell | undefined): number | null {
  return cell?.kind === 'value' ? cell.value : null;
}

/** The mark of a cell that is not shown: "<5" (small) or "skjult" (hidden to protect another). */
function markOf(cell: Cell | ShareCell, lang: Lang): string | null {
  if (cell.kind === 'suppressed') return SUPPRESSED_TEXT;
  if (cell.kind === 'hidden') return HIDDEN_TEXT[lang];
  return null;
}

/** A count as text: "<5" when suppressed, "skjult" when hidden. */
export function countText(cell: Cell | ShareCell | undefined, lang: Lang, digits = 0): string {
  if (!cell) return '–';
  const mark = markOf(cell, lang);
  if (mark !== null) return mark;
  const value = numberOf(cell);
  return value === null ? '–' : formatNumber(value, lang, digits);
}

/** A share (0-1) as a percentage with one decimal: "<5" / "skjult" when not shown. */
export function shareText(cell: ShareCell | Cell | undefined, lang: Lang): string {
  if (!cell) return '–';
  const mark = markOf(cell, lang);
  if (mark !== null) return mark;
  const value = numberOf(cell);
  return value === null ? '–' : `${formatNumber(value * 100, lang, 1)} %`;
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
