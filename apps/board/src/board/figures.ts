import { boardStory } from '@trappen/kpi';
import { formatDKK, formatNumber, type Lang, pick } from '@trappen/ui';
import type { Board, Cell, ShareCell } from '../api/client';
import type { T } from '../messages';
import { cellValue, changeText, countText, numberOf, shareText } from './cells';
import type { CsvTable } from './csv';
import { type Granularity, inOrder, labelsOf } from './periods';
import { reversalText } from './Story';

/** A series of published cells over the periods. */
export interface CellSeries {
  name: string;
  cells: (Cell | ShareCell | undefined)[];
}

/** What a trend section draws, tabulates and says. */
export interface Figure {
  x: string[];
  series: CellSeries[];
  summary: string;
  csv: CsvTable;
}

const GROUPS = ['family', 'independent', 'institution'] as const;

function csvOf(
  x: readonly string[],
  series: readonly CellSeries[],
  periodHeader: string,
  lang: Lang,
  share = false,
): CsvTable {
  return {
    headers: [periodHeader, ...series.map((s) => s.name)],
    rows: x.map((label, i) => [
      label,
      ...series.map((s) => (share ? shareText(s.cells[i], lang) : countText(s.cells[i], lang, 2))),
    ]),
  };
}

/**
 * Placed children per group and in total, on each period's last day (a stock: a year's
 * figure is its fourth quarter's). The summary is the story's: the baseline year
 * against the latest complete year, and a recent reversal when there is one.
 */
export function placedFigure(board: Board, g: Granularity, t: T, lang: Lang): Figure {
  const x = labelsOf(board, g);
  const rows = inOrder(board.placed, x);
  const series: CellSeries[] = [
    { name: t('total'), cells: rows.map((r) => r?.total) },
    ...GROUPS.map((group) => ({ name: t(group), cells: rows.map((r) => r?.byGroup[group]) })),
  ];
  const story = boardStory(board);
  const sentence = t('placedSummary', {
    first: countText(story.placed.baseline ?? undefined, lang),
    from: story.baseline ?? '–',
    last: countText(story.placed.latest ?? undefined, lang),
    to: story.latest ?? '–',
    change: changeText(
      numberOf(story.placed.baseline ?? undefined),
      numberOf(story.placed.latest ?? undefined),
      lang,
    ),
  });
  return {
    x,
    series,
    summary: story.reversal ? `${sentence} ${reversalText(story.reversal, t, lang)}` : sentence,
    csv: csvOf(x, series, t('period'), lang),
  };
}

/** Shares of placement days per group. */
export function mixFigure(
  board: Board,
  g: Granularity,
  t: T,
  lang: Lang,
): Figure & { childYears: CellSeries[] } {
  const x = labelsOf(board, g);
  const rows = inOrder(board.mix, x);
  const share = (group: (typeof GROUPS)[number]) =>
    rows.map((r) => r?.byGroup.find((b) => b.group === group)?.share);
  const years = (group: (typeof GROUPS)[number]) =>
    rows.map((r) => r?.byGroup.find((b) => b.group === group)?.childYears);
  const series = GROUPS.map((group) => ({ name: t(group), cells: share(group) }));
  const childYears = GROUPS.map((group) => ({
    name: `${t(group)} (${t('childYears')})`,
    cells: years(group),
  }));
  const fam = share('family');
  const inst = share('institution');
  return {
    x,
    series,
    childYears,
    summary: t('mixSummary', {
      before: shareText(fam[0], lang),
      after: shareText(fam.at(-1), lang),
      ibefore: shareText(inst[0], lang),
      iafter: shareText(inst.at(-1), lang),
      from: x[0] ?? '–',
      to: x.at(-1) ?? '–',
    }),
    csv: {
      headers: [
        t('period'),
        ...series.map((s) => `${s.name} (${t('share')})`),
        ...childYears.map((s) => s.name),
      ],
      rows: x.map((label, i) => [
        label,
        ...series.map((s) => shareText(s.cells[i], lang)),
        ...childYears.map((s) => countText(s.cells[i], lang, 2)),
      ]),
    },
  };
}

/** Movement down / up / unchanged / entered / exited. */
export function movementFigure(board: Board, g: Granularity, t: T, lang: Lang): Figure {
  const x = labelsOf(board, g);
  const rows = inOrder(board.movement, x);
  const keys = ['down', 'up', 'unchanged', 'entered', 'exited'] as const;
  const series = keys.map((k) => ({ name: t(k), cells: rows.map((r) => r?.[k]) }));
  const last = rows.at(-1);
  return {
    x,
    series,
    summary: t('movementSummary', {
      label: x.at(-1) ?? '–',
      down: countText(last?.down, lang),
      up: countText(last?.up, lang),
      unchanged: countText(last?.unchanged, lang),
    }),
    csv: csvOf(x, series, t('period'), lang),
  };
}

/** Children per step on the last day of each period. */
export function stepsFigure(board: Board, g: Granularity, t: T, lang: Lang): Figure {
  const x = labelsOf(board, g);
  const rows = inOrder(board.stepDistribution, x);
  const series = board.steps.map((step) => ({
    name: `${step.rank}. ${pick(step.name, lang)}`,
    cells: rows.map((r) => r?.steps.find((s) => s.rank === step.rank)?.children),
  }));
  const last = rows.at(-1);
  return {
    x,
    series,
    summary: t('stepsSummary', {
      label: x.at(-1) ?? '–',
      count: countText(last?.onStep, lang),
      top: countText(last?.steps.at(-1)?.children, lang),
    }),
    csv: csvOf(x, series, t('period'), lang),
  };
}

/** Average caseload against the norm. */
export function caseloadFigure(
  board: Board,
  g: Granularity,
  t: T,
  lang: Lang,
): Figure & { target: number; max: number } {
  const x = labelsOf(board, g);
  const rows = inOrder(board.caseload, x);
  const average = rows.map((r): Cell | undefined => {
    const value = r?.municipality.averagePerFte;
    if (!r) return undefined;
    return value === null || value === undefined
      ? { kind: 'suppressed' as const }
      : { kind: 'value' as const, value };
  });
  const last = rows.at(-1)?.municipality;
  const target = last?.target ?? 25;
  const max = last?.max ?? 30;
  const series = [{ name: t('average'), cells: average }];
  return {
    x,
    series,
    target,
    max,
    summary: t('caseloadSummary', {
      label: x.at(-1) ?? '–',
      average: last?.averagePerFte == null ? '–' : formatNumber(last.averagePerFte, lang, 1),
      target,
      max,
    }),
    csv: {
      headers: [
        t('period'),
        t('average'),
        t('caseworkers'),
        t('children'),
        t('overMax'),
        t('norm'),
      ],
      rows: x.map((label, i) => {
        const m = rows[i]?.municipality;
        return [
          label,
          m?.averagePerFte == null ? '–' : formatNumber(m.averagePerFte, lang, 1),
          String(m?.caseworkers ?? '–'),
          countText(m?.children, lang),
          String(m?.overMax ?? '–'),
          String(m?.target ?? '–'),
        ];
      }),
    },
  };
}

/** Share of follow-ups on time. */
export function followUpFigure(board: Board, g: Granularity, t: T, lang: Lang): Figure {
  const x = labelsOf(board, g);
  const rows = inOrder(board.followUps, x);
  const series = [{ name: t('onTime'), cells: rows.map((r) => r?.share) }];
  const last = rows.at(-1);
  return {
    x,
    series,
    summary: t('followUpsSummary', {
      label: x.at(-1) ?? '–',
      share: shareText(last?.share, lang),
      onTime: countText(last?.onTime, lang),
      due: countText(last?.due, lang),
    }),
    csv: {
      headers: [t('period'), t('due'), t('onTime'), t('late'), t('share')],
      rows: x.map((label, i) => [
        label,
        countText(rows[i]?.due, lang),
        countText(rows[i]?.onTime, lang),
        countText(rows[i]?.late, lang),
        shareText(rows[i]?.share, lang),
      ]),
    },
  };
}

/** Notifications and the share about children under 8. */
export function notificationFigure(
  board: Board,
  g: Granularity,
  t: T,
  lang: Lang,
): Figure & { share: CellSeries } {
  const x = labelsOf(board, g);
  const rows = inOrder(board.notifications, x);
  const series = [
    { name: t('count'), cells: rows.map((r) => r?.count) },
    { name: t('underEight'), cells: rows.map((r) => r?.underEight) },
  ];
  const share = { name: `${t('underEight')} (${t('share')})`, cells: rows.map((r) => r?.share) };
  const last = rows.at(-1);
  return {
    x,
    series,
    share,
    summary: t('notificationsSummary', {
      label: x.at(-1) ?? '–',
      count: countText(last?.count, lang),
      share: shareText(last?.share, lang),
    }),
    csv: {
      headers: [t('period'), t('count'), t('underEight'), t('share')],
      rows: x.map((label, i) => [
        label,
        countText(rows[i]?.count, lang),
        countText(rows[i]?.underEight, lang),
        shareText(rows[i]?.share, lang),
      ]),
    },
  };
}

/** Plain numbers as cells, for money figures (never about children). */
export const plain = (value: number | null | undefined): Cell | undefined =>
  value === null || value === undefined ? undefined : { kind: 'value', value };

/** Spend and budget per year, in total and per account. */
export function spendFigure(board: Board, t: T, lang: Lang): Figure {
  const x = board.spend.map((s) => String(s.year));
  const total = board.spend.map((s) => s.accounts.find((a) => a.account === null));
  const series = [
    { name: t('spend'), cells: total.map((a) => plain(a ? a.spend / 1e6 : null)) },
    { name: t('budget'), cells: total.map((a) => plain(a ? a.budget / 1e6 : null)) },
  ];
  const last = total.at(-1);
  const accountName = (account: string | null) =>
    account === null
      ? t('total')
      : account === 'measures'
        ? t('measures')
        : account === 'administration'
          ? t('administration')
          : account;
  return {
    x,
    series,
    summary: t('spendSummary', {
      label: x.at(-1) ?? '–',
      spend: last ? formatDKK(last.spend, lang) : '–',
      budget: last ? formatDKK(last.budget, lang) : '–',
      difference: last
        ? `${last.difference > 0 ? '+' : last.difference < 0 ? '−' : ''}${formatDKK(Math.abs(last.difference), lang)}`
        : '–',
    }),
    csv: {
      headers: [t('period'), t('account'), t('spend'), t('budget'), t('difference'), t('share')],
      rows: board.spend.flatMap((s) =>
        s.accounts.map((a) => [
          String(s.year),
          accountName(a.account),
          String(Math.round(a.spend)),
          String(Math.round(a.budget)),
          String(Math.round(a.difference)),
          a.usedShare === null ? '–' : `${formatNumber(a.usedShare * 100, lang, 1)} %`,
        ]),
      ),
    },
  };
}

/** Projected (P10-P90) against realised savings, in mio. DKK. */
export function savingsFigure(
  board: Board,
  t: T,
  lang: Lang,
): Figure & { band: { low: number[]; high: number[] } | undefined } {
  // From the reform on: before it there is nothing to project.
  const years = board.savings.years.filter((y) => y.projected !== null);
  const x = years.map((y) => String(y.year));
  const mio = (v: number | null | undefined) =>
    plain(v === null || v === undefined ? null : v / 1e6);
  const series = [
    { name: t('realised'), cells: years.map((y) => mio(y.realised)) },
    { name: t('projected'), cells: years.map((y) => mio(y.projected?.p50)) },
    { name: t('businessCase'), cells: years.map((y) => mio(y.businessCase)) },
  ];
  const withBand = years.length > 0;
  const latest = [...years].reverse().find((y) => y.realised !== null && y.projected !== null);
  const dkk = (v: number | undefined) => (v === undefined ? '–' : formatDKK(v, lang));
  return {
    x,
    series,
    band: withBand
      ? {
          low: years.map((y) => (y.projected?.p10 ?? 0) / 1e6),
          high: years.map((y) => (y.projected?.p90 ?? 0) / 1e6),
        }
      : undefined,
    summary: t('savingsSummary', {
      label: latest ? String(latest.year) : '–',
      realised: dkk(latest?.realised ?? undefined),
      counterfactual: dkk(latest?.counterfactual ?? undefined),
      p50: dkk(latest?.projected?.p50),
      p10: dkk(latest?.projected?.p10),
      p90: dkk(latest?.projected?.p90),
    }),
    csv: {
      headers: [
        t('period'),
        t('realised'),
        t('counterfactual'),
        'P10',
        'P50',
        'P90',
        t('businessCase'),
      ],
      rows: years.map((y) => [
        String(y.year),
        y.realised === null ? '–' : String(Math.round(y.realised)),
        y.counterfactual === null ? '–' : String(Math.round(y.counterfactual)),
        y.projected ? String(Math.round(y.projected.p10)) : '–',
        y.projected ? String(Math.round(y.projected.p50)) : '–',
        y.projected ? String(Math.round(y.projected.p90)) : '–',
        y.businessCase === null ? '–' : String(Math.round(y.businessCase)),
      ]),
    },
  };
}

/** Values of a cell series as the charts take them. */
export const chartValues = (series: CellSeries) => series.cells.map(cellValue);
