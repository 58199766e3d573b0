export * from 'drizzle-orm/sql';
export { insertInBatches } from './batch-insert';
export { type CaseSummary, caseSummary, type FollowUpDates } from './case-summary';
export {
  createDatabase,
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  migrationsFolder,
} from './database';
export { csvRecordBatches } from './import/csv-records';
export {
  type ImportInterventionsOptions,
  type ImportInterventionsResult,
  INTERVENTION_CSV_COLUMNS,
  importInterventionsCsv,
} from './import/import-interventions';
export { hashPassword, verifyPassword } from './passwords';
export { queryRows } from './query-rows';
export * from './schema/index';
export {
  DEFAULT_DEMO_PASSWORD,
  NATIONAL_SCALE,
  type SeedOptions,
  type SeedResult,
  seed,
} from './seed';
export type { DemoUser } from './synthetic/demo-users';
export { createTestDatabase } from './test-database';
