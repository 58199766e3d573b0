export {
  type DisclosedBoard,
  type DisclosedCaseload,
  discloseBoard,
} from './board/disclose';
export type { BoardContext, BoardRows } from './board/rows';
export {
  type BoardStory,
  boardStory,
  REVERSAL_SHARE,
  type Reversal,
  type ShownCell,
  type StoryBoard,
  type StoryFigure,
  storyYears,
} from './board/story';
export {
  type DisclosedTimeliness,
  discloseTimeliness,
  type TimelinessRow,
} from './board/timeliness';
export { type AverageCaseload, averageCaseload, type CaseloadAverage } from './caseload';
export { type BeforeAfter, beforeAfter, reformPeriods } from './compare';
export {
  KPI_DEFINITIONS,
  type KpiDefinition,
  type KpiId,
  type KpiResult,
} from './definitions';
export {
  alongside,
  type DisclosedCell,
  formatCell,
  isPublished,
  type SuppressionOptions,
  shareOf,
} from './disclosure/cell';
export {
  type EntryStatus,
  intervalOf,
  type LinkedSum,
  type LinkedTables,
  protectTables,
  type TableEntries,
  TableSet,
} from './disclosure/protect';
export { type SuppressedTable, suppress, suppressedShares } from './disclosure/suppress';
export { type CountTable, crossTabulate } from './disclosure/table';
export { KpiError } from './errors';
export { type FollowUpsOnTime, followUpsOnTime } from './follow-ups';
export { groupInput, type InputGroup } from './group';
export {
  type AccountAmount,
  type KpiChild,
  type KpiInput,
  KpiInputSchema,
  type Notification,
  parseKpiInput,
} from './input';
export { EARLY_AGE_LIMIT, type NotificationCounts, notifications } from './notifications';
export { asPercent, formatChange, percentChange, roundHalfAwayFromZero } from './percent-change';
export {
  definePeriod,
  type Period,
  PeriodSchema,
  periodDays,
  periodLabel,
  quarterPeriod,
  quartersOf,
  yearPeriod,
  yearsBetween,
} from './period';
export {
  DAYS_PER_CHILD_YEAR,
  type MixRow,
  PLACEMENT_GROUPS,
  type PlacedChildren,
  type PlacedChildrenTrend,
  type PlacementMix,
  placedChildren,
  placedChildrenTrend,
  placementMix,
} from './placements';
export {
  type PlacementYear,
  type RealisedSavingsInput,
  type RealisedSavingsYear,
  realisedSavings,
} from './realised-savings';
export { type AccountSpend, type SpendAgainstBudget, spendAgainstBudget } from './spend';
export {
  type MovementCounts,
  type StepCount,
  type StepDistribution,
  staircaseMovement,
  stepDistribution,
} from './steps';
