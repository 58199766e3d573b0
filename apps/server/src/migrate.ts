import { createDatabase, schemaStatus } from '@trappen/db';
import { readConfig } from './config';
import { installMessageQueue } from './messaging/message-queue';

// `pnpm migrate`: applies the checked-in migrations as the schema owner
// (MIGRATE_DATABASE_URL, else DATABASE_URL, else the embedded database). The server
// itself never migrates PostgreSQL: it runs as a role that cannot.
const config = readConfig();
const url = process.env.MIGRATE_DATABASE_URL || config.databaseUrl;
const handle = await createDatabase(url ? { url, maxConnections: 1 } : { dataDir: config.dataDir });
try {
  await handle.migrate();
  await installMessageQueue(handle);
  const status = await schemaStatus(handle.db);
  console.log(
    `Schema ${status.state} at ${status.applied} (${url ? 'PostgreSQL' : config.dataDir}).`,
  );
  console.log(
    'After new tables, re-run apps/server/scripts/app-role.sql as the owner so trappen_app may use them.',
  );
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
