import {
  alongside,
  type DisclosedCell,
  hiddenCell,
  shareOf,
  suppressedCell,
  thresholdOf,
  valueCell,
} from '../disclosure/cell';
import { protectTables, TableSet } from '../disclosure/protect';
import { cellOf, suppress } from '../disclosure/suppress';
import { DAYS_PER_CHILD_YEAR } from '../placements';
import { checkBoard } from './check';
import type { BoardContext, BoardRows } from './rows';

const GROUPS = ['family', 'independent', 'institution'] as const;
type Group = (typeof GROUPS)[number];
type Cell = DisclosedCell;
type GroupCells = Record<Group, Cell>;

/** One team's caseload (or the municipality's, `team` null) as published. */
export interface DisclosedCaseload {
  team: string | null;
  caseworkers: number;
  availableFte: number;
  children: Cell;
  /** Weighted load per available FTE, shown only beside a published head count. */
  averagePerFte: number | null;
  target: number;
  max: number;
  overMax: number;
}

/**
 * Everything the council board publishes about children, after the disclosure
 * boundary: every count is a {@link DisclosedCell}, and so is every figure derived
 * from one.
 */
export interface DisclosedBoard {
  threshold: number;
  placed: {
    label: string;
    total: Cell;
    byGroup: GroupCells;
    byTeam: { team: string; total: Cell; byGroup: GroupCells }[];
  }[];
  mix: {
    label: string;
    childYears: Cell;
    byGroup: { group: Group; childYears: Cell; share: DisclosedCell<number | null> }[];
  }[];
  stepDistribution: {
    label: string;
    onStep: Cell;
    steps: { rank: number; children: Cell; share: DisclosedCell<number | null> }[];
  }[];
  movement: {
    label: string;
    children: Cell;
    down: Cell;
    up: Cell;
    unchanged: Cell;
    entered: Cell;
    exited: Cell;
  }[];
  caseload: { label: string; municipality: DisclosedCaseload; teams: DisclosedCaseload[] }[];
  followUps: {
    label: string;
    due: Cell;
    onTime: Cell;
    late: Cell;
    share: DisclosedCell<number | null>;
  }[];
  notifications: {
    label: string;
    count: Cell;
    underEight: Cell;
    share: DisclosedCell<number | null>;
    bySource: { source: string; count: Cell }[];
  }[];
  /** Money, never about children: published as it is. */
  spend: {
    year: number;
    accounts: {
      account: string | null;
      spend: number;
      budget: number;
      difference: number;
      usedShare: number | null;
    }[];
  }[];
}

function byLabel<T extends { label: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.label, [...(map.get(row.label) ?? []), row]);
  return map;
}

/**
 * Tables that add up over a year (flows): each year's entries and its quarters' are
 * protected together, each year entry linked to the sum of the same entry of its
 * quarters, so a year is published whenever that is safe and a hidden quarter cannot
 * be worked out as the year minus the other quarters. Years still running have only
 * their quarters. `build` adds one period's entries (in the same order for every
 * period of a year) and returns them; the result gives each period's published cells.
 */
function protectFlow(
  periods: BoardRows['periods'],
  build: (set: TableSet, label: string, cost: number, labels: readonly string[]) => number[],
  threshold: number,
): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  const years = periods.filter((p) => p.kind === 'year').map((p) => p.label);
  const groups: string[][] = years.map((y) => [
    y,
    ...periods.filter((p) => p.label.startsWith(`${y}-Q`)).map((p) => p.label),
  ]);
  const grouped = new Set(groups.flat());
  for (const p of periods) if (!grouped.has(p.label)) groups.push([p.label]);
  for (const labels of groups) {
    const set = new TableSet();
    const [head, ...quarters] = labels;
    const isYear = quarters.length > 0;
    const entries = labels.map((label) =>
      build(set, label, isYear && label === head ? 3 : 0, labels),
    );
    if (isYear) {
      const [year, ...parts] = entries;
      for (const [k, entry] of (year ?? []).entries())
        set.link(
          entry,
          parts.map((q) => q[k] as number),
        );
    }
    const status = protectTables(set, threshold);
    labels.forEach((label, k) => {
      out.set(
        label,
        (entries[k] ?? []).map((i) => cellOf(set.values, status, i)),
      );
    });
  }
  return out;
}

function groupCells(cells: readonly Cell[]): GroupCells {
  return Object.fromEntries(GROUPS.map((g, i) => [g, cells[i] ?? hiddenCell()])) as GroupCells;
}

/** Placed children (a stock, on the period's last day) per team × group, as one table. */
function placed(raw: BoardRows, ctx: BoardContext, threshold: number): DisclosedBoard['placed'] {
  const rows = byLabel(raw.placed);
  const done = new Map<string, ReturnType<typeof suppress>>();
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const teams = [...new Set(list.map((r) => r.team ?? ''))].sort();
    if (teams.length === 0) {
      const zero = groupCells(GROUPS.map(() => valueCell(0)));
      return { label, total: valueCell(0), byGroup: zero, byTeam: [] };
    }
    const counts = teams.map((team) =>
      GROUPS.map((group) =>
        list
          .filter((r) => (r.team ?? '') === team && r.group === group)
          .reduce((sum, r) => sum + r.children, 0),
      ),
    );
    // A year's table is its fourth quarter's (the same day): protected once.
    const key = JSON.stringify([teams, counts]);
    const table =
      done.get(key) ?? suppress({ rows: teams, columns: [...GROUPS], counts }, { threshold });
    done.set(key, table);
    return {
      label,
      total: table.total,
      byGroup: groupCells(table.columnTotals),
      byTeam: teams.map((team, i) => ({
        team: ctx.teamNames.get(team) ?? (team === '' ? '–' : team),
        total: table.rowTotals[i] ?? hiddenCell(),
        byGroup: groupCells(table.cells[i] ?? []),
      })),
    };
  });
}

/** True when any cell of a published entry is not shown. */
function containsUnshown(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsUnshown);
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  if (kind === 'suppressed' || kind === 'hidden') return true;
  return Object.values(value).some(containsUnshown);
}

/** Every cell of an entry hidden (its label kept). */
function hideAll<T>(value: T): T {
  if (Array.isArray(value)) return value.map(hideAll) as T;
  if (typeof value !== 'object' || value === null) return value;
  const kind = (value as { kind?: unknown }).kind;
  if (kind === 'value' || kind === 'suppressed' || kind === 'hidden') return hiddenCell() as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideAll(v)])) as T;
}

/**
 * Child-years per group: days add up over a year, and they are published only beside
 * the children they describe; a year whose quarters hide any cell is hidden, so a
 * hidden quarter's days are not the year's minus the others'.
 */
function mix(raw: BoardRows, threshold: number): DisclosedBoard['mix'] {
  const rows = byLabel(raw.mix);
  const entries = raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const total = list.find((r) => r.level === 'total');
    const group = (g: Group) => list.find((r) => r.level === 'group' && r.group === g);
    const table = suppress(
      { rows: ['all'], columns: [...GROUPS], counts: [GROUPS.map((g) => group(g)?.children ?? 0)] },
      { threshold },
    );
    // A child placed in two groups counts in both: all hidden when the distinct total is small.
    const tooFew = total !== undefined && total.children > 0 && total.children < threshold;
    const totalCell: Cell = tooFew ? suppressedCell() : table.total;
    const days = total?.days ?? 0;
    return {
      label,
      childYears: alongside(totalCell, days / DAYS_PER_CHILD_YEAR),
      byGroup: GROUPS.map((g, i) => {
        const count = tooFew ? suppressedCell() : (table.cells[0]?.[i] ?? hiddenCell());
        const groupDays = group(g)?.days ?? 0;
        return {
          group: g,
          childYears: alongside(count, groupDays / DAYS_PER_CHILD_YEAR),
          share:
            count.kind !== 'value'
              ? alongside<number | null>(count, null)
              : totalCell.kind !== 'value'
                ? hiddenCell<number | null>()
                : valueCell(days > 0 ? groupDays / days : null),
        };
      }),
    };
  });
  const hiddenYears = new Set<string>();
  for (const entry of entries) {
    const year = /^(\d{4})-Q[1-4]$/.exec(entry.label)?.[1];
    if (year && containsUnshown(entry)) hiddenYears.add(year);
  }
  return entries.map((e) => (hiddenYears.has(e.label) ? { ...hideAll(e), label: e.label } : e));
}

function oneRow(columns: readonly string[], counts: readonly number[], threshold: number) {
  const table = suppress({ rows: ['all'], columns, counts: [counts] }, { threshold });
  return { cells: table.cells[0] ?? [], total: table.total };
}

/** Children per step (a stock, on the period's last day). */
function stepDistribution(
  raw: BoardRows,
  ranks: readonly number[],
  threshold: number,
): DisclosedBoard['stepDistribution'] {
  const rows = byLabel(raw.steps);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const counts = ranks.map((rank) => list.find((r) => r.rank === rank)?.children ?? 0);
    const { cells, total } = oneRow(ranks.map(String), counts, threshold);
    return {
      label,
      onStep: total,
      steps: ranks.map((rank, i) => {
        const children = cells[i] ?? hiddenCell();
        return { rank, children, share: shareOf(children, total) };
      }),
    };
  });
}

function movement(raw: BoardRows, threshold: number): DisclosedBoard['movement'] {
  const keys = ['down', 'up', 'unchanged', 'entered', 'exited'] as const;
  return raw.movement.map((row) => {
    const { cells, total } = oneRow(
      keys,
      keys.map((k) => row[k]),
      threshold,
    );
    const [down, up, unchanged, entered, exited] = keys.map((_, i) => cells[i] ?? hiddenCell());
    return {
      label: row.label,
      children: total,
      down: down as Cell,
      up: up as Cell,
      unchanged: unchanged as Cell,
      entered: entered as Cell,
      exited: exited as Cell,
    };
  });
}

function caseload(
  raw: BoardRows,
  ctx: BoardContext,
  threshold: number,
): DisclosedBoard['caseload'] {
  const rows = byLabel(raw.caseload);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const teams = list.filter((r) => r.team !== null);
    const municipal = list.find((r) => r.team === null);
    const { cells, total } = oneRow(
      teams.map((t) => t.team ?? ''),
      teams.map((t) => t.children),
      threshold,
    );
    const alone = oneRow(['all'], [municipal?.children ?? 0], threshold).total;
    const figures = (row: (typeof list)[number] | undefined, children: Cell): DisclosedCaseload => {
      const norm = row?.team ? ctx.norms.teams[row.team] : undefined;
      const fte = row?.availableFte ?? 0;
      return {
        team: row?.team ? (ctx.teamNames.get(row.team) ?? row.team) : null,
        caseworkers: row?.caseworkers ?? 0,
        availableFte: fte,
        children,
        averagePerFte:
          fte > 0 && children.kind === 'value' ? (row?.weightedLoad ?? children.value) / fte : null,
        target: norm?.target ?? ctx.norms.target,
        max: norm?.max ?? ctx.norms.max,
        overMax: row?.overMax ?? 0,
      };
    };
    return {
      label,
      municipality: figures(municipal, teams.length > 0 ? total : alone),
      teams: teams.map((t, i) => figures(t, cells[i] ?? hiddenCell())),
    };
  });
}

/** Follow-ups due (a flow): on time and late, each year protected with its quarters. */
function followUps(raw: BoardRows, threshold: number): DisclosedBoard['followUps'] {
  const rows = new Map(raw.followUps.map((r) => [r.label, r]));
  const published = protectFlow(
    raw.periods,
    (set, label, cost) => {
      const r = rows.get(label);
      const t = set.table([[r?.onTime ?? 0, (r?.due ?? 0) - (r?.onTime ?? 0)]], cost);
      return [t.cells[0]?.[0] as number, t.cells[0]?.[1] as number, t.total];
    },
    threshold,
  );
  return raw.periods
    .filter((p) => rows.has(p.label))
    .map(({ label }) => {
      const [onTime, late, due] = published.get(label) ?? [];
      const shown = (c: Cell | undefined) => c ?? hiddenCell();
      return {
        label,
        due: shown(due),
        onTime: shown(onTime),
        late: shown(late),
        share: shareOf(shown(onTime), shown(due)),
      };
    });
}

/**
 * Notifications (a flow): the count, each source's count and the count about children
 * under 8, each year protected with its quarters. The source × age cells are never
 * published, so only the margins are tables here: the sources add up to the count,
 * and so do under 8 and 8 and over (never shown on its own).
 */
function notifications(raw: BoardRows, threshold: number): DisclosedBoard['notifications'] {
  const rows = byLabel(raw.notifications);
  const sourcesOf = new Map<string, string[]>();
  const published = protectFlow(
    raw.periods,
    (set, label, cost, labels) => {
      let sources = sourcesOf.get(label);
      if (!sources) {
        sources = [
          ...new Set(labels.flatMap((l) => (rows.get(l) ?? []).map((r) => r.source))),
        ].sort();
        for (const l of labels) sourcesOf.set(l, sources);
      }
      const list = rows.get(label) ?? [];
      const of = (s: string) => list.find((r) => r.source === s);
      const bySource = set.table(
        [sources.map((s) => (of(s)?.underEight ?? 0) + (of(s)?.eightAndOver ?? 0))],
        cost,
      );
      const under = set.entry(
        list.reduce((sum, r) => sum + r.underEight, 0),
        cost + 1,
      );
      const over = set.entry(
        list.reduce((sum, r) => sum + r.eightAndOver, 0),
        cost + 1,
      );
      set.unpublish([over]);
      set.link(bySource.total, [under, over]);
      return [bySource.total, under, over, ...(bySource.cells[0] ?? [])];
    },
    threshold,
  );
  return raw.periods.map(({ label }) => {
    const sources = sourcesOf.get(label) ?? [];
    const cells = published.get(label);
    if (sources.length === 0 || !cells) {
      return {
        label,
        count: valueCell(0),
        underEight: valueCell(0),
        share: valueCell<number | null>(null),
        bySource: [],
      };
    }
    const [count, underEight] = [cells[0] ?? hiddenCell(), cells[1] ?? hiddenCell()];
    return {
      label,
      count,
      underEight,
      share: shareOf(underEight, count),
      bySource: sources.map((source, i) => ({ source, count: cells[3 + i] ?? hiddenCell() })),
    };
  });
}

function spend(raw: BoardRows): DisclosedBoard['spend'] {
  const years = [...new Set(raw.spend.map((r) => r.year))];
  return years.map((year) => ({
    year,
    accounts: raw.spend
      .filter((r) => r.year === year)
      .map((r) => ({
        account: r.account,
        spend: r.spend,
        budget: r.budget,
        difference: r.spend - r.budget,
        usedShare: r.budget === 0 ? null : r.spend / r.budget,
      })),
  }));
}

/**
 * The disclosure boundary of the council board: turns the raw aggregates into what
 * may be published. Counts of 1 to `threshold − 1` children are "<5"; zeros are shown;
 * further entries are hidden ("skjult") until no hidden entry can be narrowed to an
 * interval narrower than the threshold from what the board publishes together: each
 * table with its totals (team × placement group, the steps, movement, caseload per
 * team), and for figures that add up over a year (notifications, follow-ups) a year
 * with its four quarters. Stocks (placed children, steps, caseload) are counted on the
 * period's last day, so a year's figure is its fourth quarter's (31 December).
 *
 * @example
 * ```ts
 * const published = discloseBoard(rows, { ranks: [1, 2, 3, 4, 5, 6], teamNames, norms });
 * published.notifications[0].count; // { kind: 'value', value: 250 }
 * ```
 *
 * @throws {KpiError} listing every row or context field that is not a count, a
 * finite amount in range or a known kind (path, value and reason), before anything
 * is published.
 */
export function discloseBoard(raw: BoardRows, ctx: BoardContext): DisclosedBoard {
  const threshold = thresholdOf({ threshold: ctx.threshold ?? 5 });
  checkBoard(raw, ctx);
  return {
    threshold,
    placed: placed(raw, ctx, threshold),
    mix: mix(raw, threshold),
    stepDistribution: stepDistribution(raw, ctx.ranks, threshold),
    movement: movement(raw, threshold),
    caseload: caseload(raw, ctx, threshold),
    followUps: followUps(raw, threshold),
    notifications: notifications(raw, threshold),
    spend: spend(raw),
  };
}
