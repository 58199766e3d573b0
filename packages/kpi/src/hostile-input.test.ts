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
  formatCell: { args: () => [{ value: 12 }, { mark: '<5' }] },
  shareOf: { args: () => [{ value: 3 }, { value: 12 }] },
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
