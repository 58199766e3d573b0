import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle } from './database';

/**
 * A fresh, migrated database for one test file: PGlite in memory, or — when
 * `TEST_DATABASE_URL` is set — a throwaway database created on that PostgreSQL server
 * and dropped again on `close()`. The same suites thereby run on both engines.
 *
 * @example
 * ```ts
 * const handle = await createTestDatabase();
 * afterAll(() => handle.close());
 * ```
 */
export async function createTestDatabase(
  serverUrl: string | undefined = process.env.TEST_DATABASE_URL,
  options: { migrationsFolder?: string } = {},
): Promise<DatabaseHandle> {
  if (!serverUrl) {
    const handle = await createDatabase();
    await handle.migrate(options.migrationsFolder);
    return handle;
  }
  const name = `trappen_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), maxConnections: 5 });
  await handle.migrate(options.migrationsFolder);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
