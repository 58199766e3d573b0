import type { Board } from '../api/client';

/** Years or quarters. */
export type Granularity = 'year' | 'quarter';

/** The labels of the chosen granularity, oldest first. */
export function labelsOf(board: Board, granularity: Granularity): string[] {
  return board.periods.filter((p) => p.kind === granularity).map((p) => p.label);
}

/** The first and last period of a list, as text for "Periode". */
export function spanText(labels: readonly string[]): string {
  if (labels.length === 0) return '–';
  return labels.length === 1 ? (labels[0] as string) : `${labels[0]}–${labels[labels.length - 1]}`;
}

/** The last full year before the reform started, and the latest full year. */
export function beforeAfterYears(board: Board): { before: string | null; after: string | null } {
  const years = labelsOf(board, 'year');
  const start = board.municipality.reformStart;
  const reformYear = start ? Number(start.slice(0, 4)) : null;
  const before =
    reformYear === null ? null : (years.filter((y) => Number(y) < reformYear).at(-1) ?? null);
  return { before, after: years.at(-1) ?? null };
}

/** Rows of a per-period list, in the order of `labels` (missing periods stay undefined). */
export function inOrder<T extends { label: string }>(
  rows: readonly T[],
  labels: readonly string[],
): (T | undefined)[] {
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  return labels.map((label) => byLabel.get(label));
}
