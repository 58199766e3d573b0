/** A cell as a reader receives it (a `DisclosedCell` after JSON): shown, "<5" or "skjult". */
export type ShownCell<V = number> =
  | { readonly kind: 'value'; readonly value: V }
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'hidden' };

/** What the story reads from the published board. */
export interface StoryBoard {
  municipality: { reformStart: string | null };
  periods: readonly { label: string; kind: 'year' | 'quarter' }[];
  placed: readonly { label: string; total: ShownCell }[];
  mix: readonly {
    label: string;
    byGroup: readonly { group: string; share: ShownCell<number | null> }[];
  }[];
}

/** One figure compared between the baseline and the latest complete year. */
export interface StoryFigure<V> {
  baseline: ShownCell<V> | null;
  latest: ShownCell<V> | null;
  /** `(latest − baseline) / baseline` for counts, `latest − baseline` for shares; `null` when either is not shown. */
  change: number | null;
}

/** The latest quarters moving against the long-run change. */
export interface Reversal {
  /** The quarter a year before `to`. */
  from: string;
  to: string;
  fromValue: number;
  toValue: number;
  /** `(toValue − fromValue) / fromValue`. */
  change: number;
}

/** The reform in a minute, as numbers: every sentence of the story is made from these. */
export interface BoardStory {
  /** The last complete year before the reform started (`null` without a reform or such a year). */
  baseline: string | null;
  /** The latest complete year. */
  latest: string | null;
  /** Placed children on 31 December (a stock: the year's figure is its fourth quarter's). */
  placed: StoryFigure<number>;
  /** Shares of placement days in family care and institutions (change in points as a fraction). */
  familyShare: StoryFigure<number | null>;
  institutionShare: StoryFigure<number | null>;
  /**
   * When the latest quarter's placed children moved against the long-run change by at
   * least {@link REVERSAL_SHARE} compared with a year earlier; else `null`.
   */
  reversal: Reversal | null;
}

/** How far the latest quarter must move against the trend (vs. a year earlier) to be told. */
export const REVERSAL_SHARE = 0.1;

const shown = <V>(cell: ShownCell<V> | null | undefined): V | null =>
  cell && cell.kind === 'value' ? cell.value : null;

/** The last complete year before the reform, and the latest complete year, of a board. */
export function storyYears(board: StoryBoard): { baseline: string | null; latest: string | null } {
  const years = board.periods.filter((p) => p.kind === 'year').map((p) => p.label);
  const start = board.municipality.reformStart;
  const reformYear = start ? Number(start.slice(0, 4)) : null;
  const baseline =
    reformYear === null ? null : (years.filter((y) => Number(y) < reformYear).at(-1) ?? null);
  return { baseline, latest: years.at(-1) ?? null };
}

function countFigure(cells: ReadonlyMap<string, ShownCell>, a: string | null, b: string | null) {
  const baseline = a ? (cells.get(a) ?? null) : null;
  const latest = b ? (cells.get(b) ?? null) : null;
  const x = shown(baseline);
  const y = shown(latest);
  return { baseline, latest, change: x === null || y === null || x === 0 ? null : (y - x) / x };
}

function shareFigure(board: StoryBoard, group: string, a: string | null, b: string | null) {
  const share = (label: string | null) =>
    label
      ? (board.mix.find((m) => m.label === label)?.byGroup.find((g) => g.group === group)?.share ??
        null)
      : null;
  const baseline = share(a);
  const latest = share(b);
  const x = shown(baseline);
  const y = shown(latest);
  return { baseline, latest, change: x === null || y === null ? null : y - x };
}

/**
 * The one-minute story of a published board: the stated baseline (the last complete
 * year before the reform) against the latest complete year, from the same published
 * cells the charts draw, and a recent reversal when the latest quarter of placed
 * children moved against the long-run change (by at least 10 % against the same
 * quarter a year earlier).
 *
 * @example
 * ```ts
 * const story = boardStory(board);
 * story.placed.change; // −0.35: 35 % fewer placed children in 2025 than in 2016
 * story.reversal; // { from: '2025-Q3', to: '2026-Q3', fromValue: 45, toValue: 60, change: 0.33 }
 * ```
 */
export function boardStory(board: StoryBoard): BoardStory {
  const { baseline, latest } = storyYears(board);
  const totals = new Map(board.placed.map((p) => [p.label, p.total]));
  const placed = countFigure(totals, baseline, latest);
  const quarters = board.periods.filter((p) => p.kind === 'quarter').map((p) => p.label);
  const to = quarters.at(-1);
  const from = quarters.at(-5);
  let reversal: Reversal | null = null;
  const fromValue = from ? shown(totals.get(from)) : null;
  const toValue = to ? shown(totals.get(to)) : null;
  if (from && to && fromValue !== null && toValue !== null && fromValue > 0 && placed.change) {
    const change = (toValue - fromValue) / fromValue;
    if (Math.sign(change) === -Math.sign(placed.change) && Math.abs(change) >= REVERSAL_SHARE)
      reversal = { from, to, fromValue, toValue, change };
  }
  return {
    baseline,
    latest,
    placed,
    familyShare: shareFigure(board, 'family', baseline, latest),
    institutionShare: shareFigure(board, 'institution', baseline, latest),
    reversal,
  };
}
