import { IsoDateSchema, type ValidationIssue } from '@trappen/staircase';
import { KpiError } from '../errors';

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

type Path = (string | number)[];

function checkCell(
  cell: ShownCell<unknown>,
  path: Path,
  share: boolean,
  issues: ValidationIssue[],
) {
  if (cell.kind === 'suppressed' || cell.kind === 'hidden') return;
  if (cell.kind !== 'value') {
    issues.push({
      path: [...path, 'kind'],
      message: 'must be value, suppressed or hidden',
      value: (cell as { kind: unknown }).kind,
    });
    return;
  }
  const v = cell.value;
  if (share) {
    if (v !== null && (typeof v !== 'number' || !(v >= 0 && v <= 1)))
      issues.push({
        path: [...path, 'value'],
        message: 'must be a share from 0 to 1, or null',
        value: v,
      });
  } else if (!Number.isSafeInteger(v) || (v as number) < 0)
    issues.push({
      path: [...path, 'value'],
      message: 'must be a count: a whole number of at least 0',
      value: v,
    });
}

/**
 * Checks a published board as a reader received it (JSON): a real reform date, known
 * period kinds, counts and shares that are counts and shares. O(rows). Internal.
 */
function checkStoryBoard(board: StoryBoard): void {
  const issues: ValidationIssue[] = [];
  const start = board.municipality.reformStart;
  if (start !== null && !IsoDateSchema.safeParse(start).success)
    issues.push({
      path: ['municipality', 'reformStart'],
      message: 'must be a date (YYYY-MM-DD) or null',
      value: start,
    });
  board.periods.forEach((p, i) => {
    if (p.kind !== 'year' && p.kind !== 'quarter')
      issues.push({
        path: ['periods', i, 'kind'],
        message: 'must be year or quarter',
        value: p.kind,
      });
    if (p.kind === 'year' && !/^\d{4}$/.test(p.label))
      issues.push({
        path: ['periods', i, 'label'],
        message: 'must be a year (YYYY)',
        value: p.label,
      });
  });
  board.placed.forEach((p, i) => {
    checkCell(p.total, ['placed', i, 'total'], false, issues);
  });
  board.mix.forEach((m, i) => {
    m.byGroup.forEach((g, j) => {
      checkCell(g.share, ['mix', i, 'byGroup', j, 'share'], true, issues);
    });
  });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid published board');
}

/**
 * The last complete year before the reform, and the latest complete year, of a board.
 *
 * @example
 * ```ts
 * storyYears(board); // { baseline: '2016', latest: '2025' }
 * ```
 *
 * @throws {KpiError} for a reform start that is not a date, or a year label that is not a year.
 */
export function storyYears(board: StoryBoard): { baseline: string | null; latest: string | null } {
  checkStoryBoard(board);
  return yearsOf(board);
}

function yearsOf(board: StoryBoard): { baseline: string | null; latest: string | null } {
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
 *
 * @throws {KpiError} listing every cell that is not a count (placed) or a share from
 * 0 to 1 (mix), an unknown kind, or a reform start that is not a date.
 */
export function boardStory(board: StoryBoard): BoardStory {
  checkStoryBoard(board);
  const { baseline, latest } = yearsOf(board);
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
