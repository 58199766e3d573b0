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

/** Rows of a per-period list, in the order of `labels` (missing periods stay undefined). */
export function inOrder<T extends { label: string }>(
  rows: readonly T[],
  labels: readonly string[],
): (T | undefined)[] {
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  return labels.map((label) => byLabel.get(label));
}
