export { type BusinessCaseCsvInput, businessCaseCsv } from './business-case/csv';
export {
  type BusinessCaseEvaluation,
  type BusinessCaseYear,
  type EvaluatedLine,
  type EvaluateOptions,
  evaluateBusinessCase,
} from './business-case/evaluate';
export {
  aarhusModelABusinessCase,
  aarhusModelBBusinessCase,
  herningBusinessCase,
} from './business-case/examples';
export {
  type BusinessCase,
  type BusinessCaseLine,
  BusinessCaseLineSchema,
  BusinessCaseSchema,
} from './business-case/schema';
export {
  comparePlacements,
  type PlacementComparison,
  type PricedPhase,
  type PricedPractice,
} from './compare-placements';
export {
  type BandPosition,
  compareRealised,
  type RealisedComparison,
  type RealisedYear,
} from './compare-realised';
export { DEFAULT_DISCOUNT_RATE, DiscountRateSchema, presentValue } from './discount';
export { SavingsError } from './errors';
export { type EstimateOptions, estimateTransitions } from './flow/estimate';
export { type GenerateOptions, generateHistories } from './flow/generate-histories';
export {
  ChildHistoriesSchema,
  type ChildHistory,
  ChildHistorySchema,
  type CostedInterventionRecord,
} from './flow/history';
export { type CostSource, type FlowModel, FlowModelSchema, type FlowStep } from './flow/model';
export {
  type CostPerStepMonth,
  type ProjectedMonth,
  type ProjectedYear,
  type Projection,
  type ProjectOptions,
  project,
} from './flow/project';
export {
  fromOre,
  type Ore,
  roundHalfAwayFromZero,
  roundKroner,
  toOre,
  type YearSeries,
  YearSeriesSchema,
} from './money';
export {
  DAYS_PER_MONTH,
  type PlacementDuration,
  type PlacementPhase,
  PlacementPhaseSchema,
  placementPrice,
} from './placement-price';
export type { Band } from './quantile';
export { projectReform, type ReformProjection, type ReformYear } from './scenario/project-reform';
export {
  type ReformScenario,
  ReformScenarioSchema,
  SCENARIO_PARAMETERS,
  type ScenarioParameter,
} from './scenario/schema';
export {
  type SensitivityBar,
  type SensitivityOptions,
  type SensitivityResult,
  sensitivity,
} from './scenario/sensitivity';
export {
  type SimulatedYear,
  type SimulateOptions,
  type SimulationResult,
  simulate,
} from './scenario/simulate';
export type { Percentile, Uncertain } from './scenario/uncertain';
