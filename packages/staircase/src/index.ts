export { type CsvCell, type CsvOptions, neutralizeFormula, toCsv } from './csv';
export {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  parseDayNumber,
  toDayNumber,
} from './dates';
export { defaultStaircase } from './default-staircase';
export { defineStaircase } from './define-staircase';
export {
  formatIssues,
  fromZodIssues,
  StaircaseError,
  ValidationError,
  type ValidationIssue,
} from './errors';
export {
  type InterventionRecord,
  InterventionRecordSchema,
  type ResolvedIntervention,
  resolveHistory,
} from './history';
export { type LocalizedText, LocalizedTextSchema } from './localized-text';
export { type Movement, movement } from './movement';
export {
  type OverdueReassessment,
  overdueReassessments,
  type Reassessment,
} from './overdue-reassessments';
export {
  PLACEMENT_TYPES,
  type PlacementGroup,
  type PlacementType,
  PlacementTypeSchema,
  placementTypeInfo,
} from './placement-types';
export { type SeededRandom, seededRandom } from './random';
export {
  type CatalogueEntry,
  type CatalogueEntryInput,
  CatalogueEntrySchema,
  type Staircase,
  StaircaseDefinitionSchema,
  type StaircaseInput,
  type Step,
  type StepInput,
  StepSchema,
} from './schema';
export { indexStaircase, type StaircaseIndex } from './staircase-index';
export { stepOf } from './step-of';
export { type TimelinePeriod, timeline } from './timeline';
