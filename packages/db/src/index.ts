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
export { ASSIGNMENTS_IMPORT, type AssignmentImportRow } from './import/assignments-importer';
export { CHILDREN_IMPORT, type ChildImportRow } from './import/children-importer';
export { csvRecordBatches } from './import/csv-records';
export { FOLLOW_UPS_IMPORT, type FollowUpImportRow } from './import/follow-ups-importer';
export {
  type CellValue,
  type ImportColumn,
  type ImportColumnType,
  type ImportProblem,
  type ImportProblemCode,
  templateCsv,
} from './import/import-columns';
export {
  type ImportInterventionsOptions,
  type ImportInterventionsResult,
  INTERVENTION_CSV_COLUMNS,
  importInterventionsCsv,
} from './import/import-interventions';
export {
  type CsvSource,
  commitImport,
  IMPORT_KINDS,
  type ImportCounts,
  type ImporterDefinition,
  type ImportKind,
  ImportRejectedError,
  type ImportRow,
  type ImportScope,
  type ImportValidation,
  type ImportWrite,
  importTemplate,
  validateImport,
} from './import/importer';
export { type AnyImporter, importerOf } from './import/importers';
export { INTERVENTIONS_IMPORT, type InterventionImportRow } from './import/interventions-importer';
export {
  NOTIFICATION_IMPORT_SOURCES,
  NOTIFICATIONS_IMPORT,
  type NotificationImportRow,
} from './import/notifications-importer';
export { migrationsUpTo } from './migrations-up-to';
export { hashPassword, verifyPassword } from './passwords';
export { preparedRows } from './prepared-rows';
export { queryRows } from './query-rows';
export * from './schema/index';
export {
  DEFAULT_DEMO_PASSWORD,
  NATIONAL_SCALE,
  type SeedOptions,
  type SeedResult,
  seed,
} from './seed';
export { isStorableYear, STORABLE_YEARS, unstorableText } from './storable';
export type { DemoUser } from './synthetic/demo-users';
export { createTestDatabase } from './test-database';
