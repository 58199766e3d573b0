/** A period on a step, as in the parent view's history. */
export interface HistoryPeriod {
  step: string;
  rank: number;
  from: string;
  to: string | null;
}

/** How the child came to a period, relative to the one before. */
export type Move =
  | { kind: 'start' }
  | { kind: 'afterBreak' }
  | { kind: 'down'; count: number }
  | { kind: 'up'; count: number }
  | { kind: 'same' };

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);

/** The move into period `i` of a history ordered oldest first. */
export function moveInto(periods: readonly HistoryPeriod[], i: number): Move {
  const period = periods[i];
  const previous = periods[i - 1];
  if (!period || !previous) return { kind: 'start' };
  if (previous.to && dayOf(period.from) > dayOf(previous.to) + 1) return { kind: 'afterBreak' };
  const delta = period.rank - previous.rank;
  if (delta < 0) return { kind: 'down', count: -delta };
  if (delta > 0) return { kind: 'up', count: delta };
  return { kind: 'same' };
}
