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
export { DEFAULT_DISCOUNT_RATE, DiscountRateSchema, presentValue } from './discount';
export { SavingsError } from './errors';
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
