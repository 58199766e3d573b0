import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { describeHostileInput, type ExportCase } from '../../../test-support/hostile-input';
import * as api from './index';

const probabilities = [
  [0.9, 0.03, 0.01, 0, 0, 0.002, 0.058],
  [0.05, 0.85, 0.03, 0.002, 0.003, 0.002, 0.063],
  [0.01, 0.04, 0.88, 0.005, 0.01, 0.005, 0.05],
  [0.002, 0.005, 0.02, 0.95, 0.005, 0.003, 0.015],
  [0.001, 0.004, 0.015, 0.005, 0.96, 0.005, 0.01],
  [0.002, 0.005, 0.04, 0.01, 0.05, 0.88, 0.013],
];
const generateOptions = () => ({
  probabilities: probabilities.map((row) => [...row]),
  inflowPerMonth: [4, 2.5, 1.5, 0.2, 0.3, 0.3],
  initialStock: [20, 10, 8, 2, 4, 2],
  from: '2019-01-01',
  months: 24,
  seed: 7,
  dailyRatePerStep: [0, 100, 500, 600, 1200, 3500],
});
const histories = api.generateHistories(defaultStaircase, generateOptions());
const window = () => ({ from: '2019-01-01', to: '2020-12-31' });
const model = api.estimateTransitions(defaultStaircase, histories, window());
const scenario = () => ({
  model: structuredClone(model),
  years: 3,
  firstYear: 2026,
  stepDown: { dist: 'triangular', min: 0, mode: 0.2, max: 0.4 },
  stepUp: { dist: 'uniform', min: -0.3, max: 0 },
  placementInflow: { dist: 'normal', mean: -0.1, sd: 0.05 },
  rampUpMonths: { dist: 'triangular', min: 6, mode: 12, max: 24 },
  staffCostPerYear: 4_620_000,
});
const simulation = api.simulate(scenario() as api.ReformScenario, { draws: 20, seed: 1 });
const businessCase = () => structuredClone(api.herningBusinessCase) as api.BusinessCase;
const phases = () => [
  { label: 'institution', dailyRate: 2000, months: 6 },
  { label: 'ambulatory follow-up', dailyRate: 500, days: 180 },
];

/** How to call every export; the type fails to compile when an export has no entry. */
const cases = {
  roundHalfAwayFromZero: { args: () => [2.5] },
  toOre: { args: () => [1234.56] },
  fromOre: { args: () => [123_456] },
  roundKroner: { args: () => [1234.5] },
  presentValue: { args: () => [[100, 200, 300], 0.035] },
  placementPrice: { args: () => [{ dailyRate: 2123.4567, days: 730 }] },
  comparePlacements: { args: () => [[{ dailyRate: 2000, months: 18 }], phases()] },
  businessCaseCsv: {
    args: () => [api.evaluateBusinessCase(businessCase())],
    // The file echoes the labels and budget areas it is given ('total <area>' included);
    // the cells it writes itself are checked.
    call: (fn, [evaluation]) =>
      (fn as typeof api.businessCaseCsv)(evaluation as api.BusinessCaseCsvInput)
        .split(/;|\r\n/)
        .map((cell) => cell.replace(/^total /, '')),
  },
  evaluateBusinessCase: { args: () => [businessCase(), { discountRate: 0.035 }] },
  generateHistories: { args: () => [defaultStaircase, generateOptions()], trusted: [0] },
  estimateTransitions: {
    args: () => [defaultStaircase, structuredClone(histories), window()],
    trusted: [0],
  },
  project: {
    args: () => [
      structuredClone(model),
      { months: 24, firstYear: 2026, costPerStepMonth: { 'foster-care': 40_000 } },
    ],
  },
  projectReform: { args: () => [scenario()] },
  simulate: { args: () => [scenario(), { draws: 20, seed: 3, transitionUncertainty: true }] },
  sensitivity: { args: () => [scenario(), { npvYears: 3 }] },
  compareRealised: {
    args: () => [structuredClone(simulation), { 2026: 3_400_000, 2027: -2_000_000 }],
  },
  SavingsError: { value: 'an error class' },
  DAYS_PER_MONTH: { value: 'a constant' },
  DEFAULT_DISCOUNT_RATE: { value: 'a constant' },
  SCENARIO_PARAMETERS: { value: 'a frozen constant' },
  aarhusModelABusinessCase: { value: 'a frozen constant' },
  aarhusModelBBusinessCase: { value: 'a frozen constant' },
  herningBusinessCase: { value: 'a frozen constant' },
  BusinessCaseLineSchema: { value: 'a zod schema' },
  BusinessCaseSchema: { value: 'a zod schema' },
  ChildHistoriesSchema: { value: 'a zod schema' },
  ChildHistorySchema: { value: 'a zod schema' },
  DiscountRateSchema: { value: 'a zod schema' },
  FlowModelSchema: { value: 'a zod schema' },
  PlacementPhaseSchema: { value: 'a zod schema' },
  ReformScenarioSchema: { value: 'a zod schema' },
  YearSeriesSchema: { value: 'a zod schema' },
} satisfies Record<keyof typeof api, ExportCase>;

describeHostileInput(
  '@trappen/savings',
  api,
  cases,
  (error) => error instanceof api.SavingsError,
  60,
);

describe('the schemas', () => {
  it('reject NaN and Infinity', () => {
    expect(api.PlacementPhaseSchema.safeParse({ dailyRate: Number.NaN, months: 1 }).success).toBe(
      false,
    );
    expect(api.YearSeriesSchema.safeParse({ 2026: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(api.DiscountRateSchema.safeParse(Number.NaN).success).toBe(false);
  });
});
