import { createDatabase, type DatabaseHandle, schemaStatus } from '@trappen/db';
import type { Config } from './config';

/** The database's schema does not fit this code; the message says what to run. */
export class SchemaMismatchError extends Error {}

/**
 * Opens the database the server and its commands use. The embedded PGlite database
 * (single user, no roles) migrates itself. On PostgreSQL nothing is changed: the schema
 * version is checked, and a mismatch is a {@link SchemaMismatchError}, because the
 * server connects as a role that may not alter the schema (`pnpm migrate` does, as
 * the owner).
 */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (!config.databaseUrl) {
    const handle = await createDatabase({ dataDir: config.dataDir });
    await handle.migrate();
    return handle;
  }
  const handle = await createDatabase({ url: config.databaseUrl });
  try {
    const status = await schemaStatus(handle.db);
    if (status.state === 'current') return handle;
    const fix =
      status.state === 'ahead'
        ? 'Deploy the version of Trappen that migrated it, or a newer one.'
        : 'Run the migrations as the schema owner first: MIGRATE_DATABASE_URL=postgres://owner@host/db pnpm migrate';
    throw new SchemaMismatchError(
      `The database schema is ${status.applied ? `at ${status.applied}` : 'empty (never migrated, or this role may not read drizzle.__drizzle_migrations: run apps/server/scripts/app-role.sql as the owner)'}, ` +
        `but this server needs ${status.expected} (${status.state}). ${fix}`,
    );
  } catch (error) {
    await handle.close();
    if (error instanceof SchemaMismatchError) throw error;
    throw new SchemaMismatchError(
      `Cannot read the schema version (drizzle.__drizzle_migrations): ${(error as Error).message}. ` +
        'Run pnpm migrate as the schema owner, then apps/server/scripts/app-role.sql.',
    );
  }
}
