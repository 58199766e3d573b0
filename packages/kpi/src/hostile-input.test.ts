import { describe, expect, it } from 'vitest';
import { describeHostileInput, type ExportCase } from '../../../test-support/hostile-input';
import * as api from './index';
import * as testing from './testing/index';

const input = () => testing.generateKpiInput({ seed: 3, children: testing.GENERATOR_SIZES.tiny });
const year = () => ({ from: '2018-01-01', to: '2018-12-31' });
const table = () => ({
  rows: ['pilot', 'comparison'],
  columns: ['fosterFamily', 'institution', 'other'],
  counts: [
    [12, 3, 0],
    [7, 9, 2],
  ],
});
const suppressed = api.suppress(table());
/** Real disclosed cells, as the boundary makes them: 12 and its row total 42, both shown. */
const shown = api.suppress({
  rows: ['Syd'],
  columns: ['family', 'institution'],
  counts: [[12, 30]],
});
const shownCell = () => structuredClone(shown.cells[0]?.[0]);
const rowTotal = () => structuredClone(shown.rowTotals[0]);
const linked = () => ({
  values: [14, 1, 1, 16],
  sums: [{ total: 3, parts: [0, 1, 2] }],
  costs: [0, 0, 0, 1],
});
/** A small board as the API's SQL returns it: one year with its fourth quarter. */
const boardRows = (): api.BoardRows => ({
  periods: [
    { label: '2018', kind: 'year', from: '2018-01-01', to: '2018-12-31' },
    { label: '2018-Q4', kind: 'quarter', from: '2018-10-01', to: '2018-12-31' },
  ],
  placed: ['2018', '2018-Q4'].flatMap((label) => [
    { label, team: 't1', placementType: 'fosterFamily', group: 'family', children: 12 },
    { label, team: 't2', placementType: 'institution', group: 'institution', children: 7 },
  ]),
  mix: [
    {
      label: '2018',
      level: 'type',
      placementType: 'fosterFamily',
      group: 'family',
      days: 3650,
      children: 12,
    },
    {
      label: '2018',
      level: 'group',
      placementType: null,
      group: 'family',
      days: 3650,
      children: 12,
    },
    { label: '2018', level: 'total', placementType: null, group: null, days: 5000, children: 19 },
  ],
  steps: [
    { label: '2018', rank: 1, children: 9 },
    { label: '2018', rank: 2, children: 6 },
  ],
  movement: [{ label: '2018', down: 6, up: 2, unchanged: 10, entered: 5, exited: 7 }],
  caseload: [
    {
      label: '2018',
      team: null,
      caseworkers: 4,
      availableFte: 3.5,
      children: 40,
      weightedLoad: 42.5,
      overMax: 1,
    },
    {
      label: '2018',
      team: 't1',
      caseworkers: 2,
      availableFte: 2,
      children: 22,
      weightedLoad: 24,
      overMax: 1,
    },
  ],
  followUps: [
    { label: '2018', due: 20, onTime: 15 },
    { label: '2018-Q4', due: 6, onTime: 5 },
  ],
  notifications: [
    { label: '2018', source: 'school', underEight: 10, eightAndOver: 14 },
    { label: '2018-Q4', source: 'school', underEight: 3, eightAndOver: 6 },
  ],
  spend: [{ year: 2018, account: null, spend: 4_200_000, budget: 4_000_000 }],
});
const boardContext = (): api.BoardContext => ({
  ranks: [1, 2, 3],
  teamNames: new Map([['t1', 'Team Nord']]),
  norms: { target: 25, max: 30, teams: { t1: { target: 20, max: 28 } } },
  threshold: 5,
});
/** The published board as a reader receives it (after JSON). */
const storyBoard = () => ({
  municipality: { reformStart: '2017-01-01' },
  periods: [
    { label: '2016', kind: 'year' },
    { label: '2017-Q4', kind: 'quarter' },
    { label: '2018-Q4', kind: 'quarter' },
    { label: '2018', kind: 'year' },
  ],
  placed: [
    { label: '2016', total: { kind: 'value', value: 80 } },
    { label: '2017-Q4', total: { kind: 'value', value: 50 } },
    { label: '2018-Q4', total: { kind: 'value', value: 60 } },
    { label: '2018', total: { kind: 'value', value: 60 } },
  ],
  mix: [
    { label: '2016', byGroup: [{ group: 'family', share: { kind: 'value', value: 0.4 } }] },
    { label: '2018', byGroup: [{ group: 'family', share: { kind: 'value', value: 0.55 } }] },
  ],
});
const norms = () => ({ municipality: { target: 25, max: 30 } });
const rules = () => ({ version: 'kpi-1', rules: [{ kind: 'followUp' }] });

/** How to call every export; the type fails to compile when an export has no entry. */
const cases = {
  averageCaseload: { args: () => [input(), year(), norms()] },
  beforeAfter: {
    args: () => ['2017-01-01', 12],
    call: (fn, [start, months]) =>
      (fn as typeof api.beforeAfter)(start as string, months as number, (period) =>
        api.periodDays(period),
      ),
  },
  reformPeriods: { args: () => ['2017-01-01', 24] },
  formatCell: { args: () => [shownCell(), { suppressed: '<5', hidden: 'skjult' }] },
  isPublished: { args: () => [shownCell()] },
  alongside: { args: () => [shownCell(), 0.25] },
  shareOf: { args: () => [shownCell(), rowTotal()] },
  intervalOf: {
    args: () => [linked(), ['value', 'suppressed', 'suppressed', 'value'], 1, 5],
    // The documented upper end when nothing bounds the entry.
    openEnded: ['1'],
  },
  protectTables: { args: () => [linked(), 5] },
  TableSet: {
    args: () => [
      [
        [3, 10],
        [7, 2],
      ],
      1,
      [0, 1],
    ],
    call: (fn, [counts, cost, parts]) => {
      const set = new (fn as unknown as typeof api.TableSet)();
      const entries = set.table(counts as number[][], cost as number);
      set.link(set.entry(13, cost as number), parts as number[]);
      return { entries, status: api.protectTables(set), values: set.values };
    },
  },
  discloseBoard: { args: () => [boardRows(), boardContext()] },
  discloseTimeliness: {
    args: () => [
      [
        {
          year: 2024,
          notifications: 40,
          assessedWithin24Hours: 37,
          childAssessmentsConcluded: 12,
          concludedWithinDeadline: 3,
        },
        {
          year: 2025,
          notifications: 20,
          assessedWithin24Hours: 20,
          childAssessmentsConcluded: 0,
          concludedWithinDeadline: 0,
        },
      ],
      '2025-06-30',
      5,
    ],
  },
  boardStory: { args: () => [storyBoard()] },
  storyYears: { args: () => [storyBoard()] },
  realisedSavings: {
    args: () => [
      {
        years: [2015, 2016, 2017, 2018].map((year, i) => ({
          year,
          childYears: { institution: [10, 12, 14, 11][i], fosterFamily: 20 },
        })),
        reformYear: 2017,
        ratePerChildYear: { institution: 1_200_000, fosterFamily: 300_000 },
      },
      [2_000_000, 1_000_000],
    ],
    call: (fn, [input, costs]) =>
      (fn as typeof api.realisedSavings)({
        ...(input as Omit<api.RealisedSavingsInput, 'investment'>),
        investment: (year) => (costs as number[])[year - 2017] ?? 0,
      }),
  },
  suppress: { args: () => [table(), { threshold: 5 }] },
  suppressedShares: { args: () => [structuredClone(suppressed), 'row'] },
  crossTabulate: {
    args: () => [
      [
        { district: 'pilot', type: 'fosterFamily' },
        { district: 'comparison', type: 'institution' },
      ],
      { rows: ['pilot', 'comparison'], columns: ['fosterFamily', 'institution'] },
    ],
    call: (fn, [records, labels]) =>
      (fn as typeof api.crossTabulate<{ district: string; type: string }>)(
        records as { district: string; type: string }[],
        (r) => r.district,
        (r) => r.type,
        labels as { rows: string[]; columns: string[] },
      ),
  },
  followUpsOnTime: { args: () => [input(), year(), rules()] },
  groupInput: { args: () => [input(), 'district'] },
  parseKpiInput: { args: () => [input()] },
  notifications: { args: () => [input(), year()] },
  asPercent: { args: () => [0.1234, 1] },
  formatChange: { args: () => [0.1234, 1] },
  percentChange: { args: () => [80, 100] },
  roundHalfAwayFromZero: { args: () => [2.345, 2] },
  definePeriod: { args: () => [year()] },
  periodDays: { args: () => [year()] },
  periodLabel: { args: () => [{ from: '2018-04-01', to: '2018-06-30' }] },
  quarterPeriod: { args: () => [2018, 2] },
  quartersOf: { args: () => [2018] },
  yearPeriod: { args: () => [2018] },
  yearsBetween: { args: () => [2014, 2018] },
  placedChildren: { args: () => [input(), year()] },
  placedChildrenTrend: { args: () => [input(), api.quartersOf(2018)] },
  placementMix: { args: () => [input(), year()] },
  spendAgainstBudget: { args: () => [input(), 2018] },
  staircaseMovement: { args: () => [input(), year()] },
  stepDistribution: { args: () => [input(), year()] },
  KpiError: { value: 'an error class' },
  REVERSAL_SHARE: { value: 'a constant' },
  KPI_DEFINITIONS: { value: 'a frozen constant' },
  DAYS_PER_CHILD_YEAR: { value: 'a constant' },
  EARLY_AGE_LIMIT: { value: 'a constant' },
  PLACEMENT_GROUPS: { value: 'a frozen constant' },
  KpiInputSchema: { value: 'a zod schema' },
  PeriodSchema: { value: 'a zod schema' },
} satisfies Record<keyof typeof api, ExportCase>;

const testingCases = {
  generateKpiInput: { args: () => [{ seed: 1, children: 12 }] },
  GENERATOR_SIZES: { value: 'a frozen constant' },
  seededRandom: { value: "@trappen/staircase's, tested there" },
} satisfies Record<keyof typeof testing, ExportCase>;

const isKpiError = (error: unknown) => error instanceof api.KpiError;
describeHostileInput('@trappen/kpi', api, cases, isKpiError, 40);
describeHostileInput('@trappen/kpi/testing', testing, testingCases, isKpiError, 40);

describe('the schemas', () => {
  it('reject NaN and impossible dates', () => {
    expect(api.PeriodSchema.safeParse({ from: '2018-02-30', to: '2018-12-31' }).success).toBe(
      false,
    );
    expect(
      api.KpiInputSchema.safeParse({
        ...input(),
        spend: [{ account: 'x', year: 2018, amount: Number.NaN }],
      }).success,
    ).toBe(false);
  });
});
