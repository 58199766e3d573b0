import type { Cell } from '@trappen/kpi';

const QUARTER = /^(\d{4})-Q[1-4]$/;
const hidden: Cell = { suppressed: true };

const isCell = (value: unknown): value is Cell =>
  typeof value === 'object' &&
  value !== null &&
  (('value' in value && Object.keys(value).length === 1) ||
    ('suppressed' in value && Object.keys(value).length === 1));

function containsHidden(value: unknown): boolean {
  if (isCell(value)) return 'suppressed' in value;
  if (Array.isArray(value)) return value.some(containsHidden);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsHidden);
  return false;
}

function hideCells<T>(value: T): T {
  if (isCell(value)) return hidden as T;
  if (Array.isArray(value)) return value.map(hideCells) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, hideCells(inner)]),
    ) as T;
  }
  return value;
}

/**
 * For figures that add up over a year (notifications, follow-ups due, child-years),
 * each period's table is suppressed on its own, so a published year figure minus its
 * three visible quarters would give back a hidden quarter. Every year with a hidden
 * cell in any of its quarters therefore has all its cells hidden too.
 *
 * @example
 * ```ts
 * protectYearsFromQuarters(board.notifications); // '2024' fully hidden if '2024-Q3' hides a cell
 * ```
 */
export function protectYearsFromQuarters<T extends { label: string }>(entries: readonly T[]): T[] {
  const years = new Set<string>();
  for (const entry of entries) {
    const year = QUARTER.exec(entry.label)?.[1];
    if (year && containsHidden(entry)) years.add(year);
  }
  return entries.map((entry) =>
    years.has(entry.label) ? { ...hideCells(entry), label: entry.label } : entry,
  );
}
