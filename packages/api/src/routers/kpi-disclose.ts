import {
  type Cell,
  DAYS_PER_CHILD_YEAR,
  isSuppressed,
  shareOf,
  suppress,
  suppressCount,
} from '@trappen/kpi';
import type { RawKpis } from '../queries/kpi/compute-kpis';
import type { KpiBoard } from './kpi-schemas';
import { protectYearsFromQuarters } from './kpi-year-disclosure';

/** Cells describing fewer children than this are hidden (Statistics Denmark's rule of 5). */
export const THRESHOLD = 5;
const GROUPS = ['family', 'independent', 'institution'] as const;
type Group = (typeof GROUPS)[number];

const hidden: Cell = { suppressed: true };
/** A non-count figure published only where the count it describes is. */
const alongside = (count: Cell, value: number): Cell => (isSuppressed(count) ? hidden : { value });

function byLabel<T extends { label: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.label, [...(map.get(row.label) ?? []), row]);
  return map;
}

/** Placed children per team × group, suppressed as one table so totals cannot reveal a cell. */
function placed(raw: RawKpis, teamNames: Map<string, string>): KpiBoard['placed'] {
  const rows = byLabel(raw.placed);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const teams = [...new Set(list.map((r) => r.team ?? ''))].sort();
    const counts = teams.map((team) =>
      GROUPS.map((group) =>
        list
          .filter((r) => (r.team ?? '') === team && r.group === group)
          .reduce((sum, r) => sum + r.children, 0),
      ),
    );
    const table = suppress({ rows: teams, columns: [...GROUPS], counts }, { threshold: THRESHOLD });
    const groups = (cells: readonly Cell[]) =>
      Object.fromEntries(GROUPS.map((g, i) => [g, cells[i] ?? hidden])) as Record<Group, Cell>;
    return {
      label,
      total: teams.length === 0 ? { value: 0 } : table.total,
      byGroup:
        teams.length === 0 ? groups(GROUPS.map(() => ({ value: 0 }))) : groups(table.columnTotals),
      byTeam: teams.map((team, i) => ({
        team: teamNames.get(team) ?? (team === '' ? '–' : team),
        total: table.rowTotals[i] ?? hidden,
        byGroup: groups(table.cells[i] ?? []),
      })),
    };
  });
}

/** Child-years per group, published only where the children behind them may be. */
function mix(raw: RawKpis): KpiBoard['mix'] {
  const rows = byLabel(raw.mix);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const total = list.find((r) => r.level === 'total');
    const group = (g: Group) => list.find((r) => r.level === 'group' && r.group === g);
    const table = suppress(
      { rows: ['all'], columns: [...GROUPS], counts: [GROUPS.map((g) => group(g)?.children ?? 0)] },
      { threshold: THRESHOLD },
    );
    // A child placed in two groups counts in both columns: hide all when the distinct total is small.
    const tooFew = total !== undefined && total.children > 0 && total.children < THRESHOLD;
    const totalCell: Cell = tooFew ? hidden : table.total;
    const days = total?.days ?? 0;
    return {
      label,
      childYears: alongside(totalCell, days / DAYS_PER_CHILD_YEAR),
      byGroup: GROUPS.map((g, i) => {
        const count = tooFew ? hidden : (table.cells[0]?.[i] ?? hidden);
        const groupDays = group(g)?.days ?? 0;
        return {
          group: g,
          childYears: alongside(count, groupDays / DAYS_PER_CHILD_YEAR),
          share:
            isSuppressed(count) || isSuppressed(totalCell)
              ? hidden
              : { value: days > 0 ? groupDays / days : null },
        };
      }),
    };
  });
}

function oneRow(columns: readonly string[], counts: readonly number[]) {
  const table = suppress({ rows: ['all'], columns, counts: [counts] }, { threshold: THRESHOLD });
  return { cells: table.cells[0] ?? [], total: table.total };
}

function stepDistribution(raw: RawKpis, ranks: readonly number[]): KpiBoard['stepDistribution'] {
  const rows = byLabel(raw.steps);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const counts = ranks.map((rank) => list.find((r) => r.rank === rank)?.children ?? 0);
    const { cells, total } = oneRow(ranks.map(String), counts);
    return {
      label,
      onStep: total,
      steps: ranks.map((rank, i) => {
        const children = cells[i] ?? hidden;
        return { rank, children, share: shareOf(children, total) };
      }),
    };
  });
}

function movement(raw: RawKpis): KpiBoard['movement'] {
  const keys = ['down', 'up', 'unchanged', 'entered', 'exited'] as const;
  return raw.movement.map((row) => {
    const { cells, total } = oneRow(
      keys,
      keys.map((k) => row[k]),
    );
    const [down, up, unchanged, entered, exited] = keys.map((_, i) => cells[i] ?? hidden) as [
      Cell,
      Cell,
      Cell,
      Cell,
      Cell,
    ];
    return { label: row.label, children: total, down, up, unchanged, entered, exited };
  });
}

function caseload(
  raw: RawKpis,
  norms: { target: number; max: number; teams: Record<string, { target?: number; max?: number }> },
  teamNames: Map<string, string>,
): KpiBoard['caseload'] {
  const rows = byLabel(raw.caseload);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const teams = list.filter((r) => r.team !== null);
    const municipal = list.find((r) => r.team === null);
    const { cells, total } = oneRow(
      teams.map((t) => t.team ?? ''),
      teams.map((t) => t.children),
    );
    const figures = (row: (typeof list)[number] | undefined, children: Cell) => {
      const norm = row?.team ? norms.teams[row.team] : undefined;
      const fte = row?.availableFte ?? 0;
      return {
        team: row?.team ? (teamNames.get(row.team) ?? row.team) : null,
        caseworkers: row?.caseworkers ?? 0,
        availableFte: fte,
        children,
        // Weighted as the norm says (caseload's average); shown only beside a published head count.
        averagePerFte:
          fte > 0 && !isSuppressed(children) ? (row?.weightedLoad ?? children.value) / fte : null,
        target: norm?.target ?? norms.target,
        max: norm?.max ?? norms.max,
        overMax: row?.overMax ?? 0,
      };
    };
    return {
      label,
      municipality: figures(
        municipal,
        teams.length > 0 ? total : suppressCount(municipal?.children ?? 0),
      ),
      teams: teams.map((t, i) => figures(t, cells[i] ?? hidden)),
    };
  });
}

function followUps(raw: RawKpis): KpiBoard['followUps'] {
  return raw.followUps.map((row) => {
    const { cells, total } = oneRow(['onTime', 'late'], [row.onTime, row.due - row.onTime]);
    const onTime = cells[0] ?? hidden;
    return {
      label: row.label,
      due: total,
      onTime,
      late: cells[1] ?? hidden,
      share: shareOf(onTime, total),
    };
  });
}

function notifications(raw: RawKpis): KpiBoard['notifications'] {
  const rows = byLabel(raw.notifications);
  return raw.periods.map(({ label }) => {
    const list = rows.get(label) ?? [];
    const sources = list.map((r) => r.source);
    if (sources.length === 0) {
      return {
        label,
        count: { value: 0 },
        underEight: { value: 0 },
        share: { value: null },
        bySource: [],
      };
    }
    const table = suppress(
      {
        rows: ['underEight', 'eightAndOver'],
        columns: sources,
        counts: [list.map((r) => r.underEight), list.map((r) => r.eightAndOver)],
      },
      { threshold: THRESHOLD },
    );
    const underEight = table.rowTotals[0] ?? hidden;
    return {
      label,
      count: table.total,
      underEight,
      share: shareOf(underEight, table.total),
      bySource: sources.map((source, i) => ({ source, count: table.columnTotals[i] ?? hidden })),
    };
  });
}

function spend(raw: RawKpis): KpiBoard['spend'] {
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
 * Turns the SQL aggregates into what the board may publish: every count of children
 * (and every figure derived from one) goes through `@trappen/kpi`'s `suppress` with
 * secondary suppression, per table as it is shown, with its totals.
 */
export function disclose(
  raw: RawKpis,
  context: {
    ranks: readonly number[];
    teamNames: Map<string, string>;
    norms: {
      target: number;
      max: number;
      teams: Record<string, { target?: number; max?: number }>;
    };
  },
): Pick<
  KpiBoard,
  | 'placed'
  | 'mix'
  | 'stepDistribution'
  | 'movement'
  | 'caseload'
  | 'followUps'
  | 'notifications'
  | 'spend'
> {
  return {
    placed: placed(raw, context.teamNames),
    mix: protectYearsFromQuarters(mix(raw)),
    stepDistribution: stepDistribution(raw, context.ranks),
    movement: movement(raw),
    caseload: caseload(raw, context.norms, context.teamNames),
    followUps: protectYearsFromQuarters(followUps(raw)),
    notifications: protectYearsFromQuarters(notifications(raw)),
    spend: spend(raw),
  };
}
