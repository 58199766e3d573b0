import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index';

/** The Drizzle API shared by both drivers (and by transactions, which extend it). */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Where the database lives: a PostgreSQL URL, a PGlite data directory, or neither (in memory). */
export interface DatabaseOptions {
  /** `postgres://…` for a real server (node-postgres). Wins over `dataDir`. */
  url?: string;
  /** PGlite data directory; created when missing. */
  dataDir?: string;
  /** Pool size for node-postgres (default 10). */
  maxConnections?: number;
}

/** An open database: the Drizzle API plus lifecycle helpers. */
export interface DatabaseHandle {
  /** Drizzle over the chosen driver. */
  db: Database;
  /** `postgres` for node-postgres, `pglite` for the embedded engine. */
  driver: 'postgres' | 'pglite';
  /**
   * Applies the checked-in migrations (idempotent), or those of `folder` (an upgrade
   * test's earlier schema, from `migrationsUpTo`).
   */
  migrate(folder?: string): Promise<void>;
  /** Runs `select 1`; rejects when the database is unreachable. */
  ping(): Promise<void>;
  /** Closes the pool or the embedded engine. */
  close(): Promise<void>;
  /**
   * Runs SQL text with positional parameters (`$1`), or several statements when there are
   * none, on the same connections as `db`: for libraries that bring their own SQL (the
   * job queue).
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** The pool's connections (node-postgres); `null` for the embedded engine, which has none. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
}

/** The checked-in migrations; `../drizzle` holds both from `src/` and from `dist/`. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/**
 * Opens the database: node-postgres when `url` is given, otherwise PGlite in `dataDir`
 * or in memory. Both give the same Drizzle API and run the same migrations.
 *
 * @example
 * ```ts
 * const handle = await createDatabase({ url: process.env.DATABASE_URL });
 * await handle.migrate();
 * ```
 */
export async function createDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      // JIT compilation cost PostgreSQL over a second on the council board's statements,
      // which run in milliseconds without it; no statement here runs long enough to gain.
      options: '-c jit=off',
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = drizzleNodePg(pool, { schema }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      migrate: (folder = migrationsFolder) =>
        migrateNodePg(drizzleNodePg(pool), { migrationsFolder: folder }),
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      close: () => pool.end(),
      executeSql: async (text, values = []) => ({ rows: (await pool.query(text, values)).rows }),
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
    };
  }
  // PGlite creates only the last folder of the path; a fresh clone has no `.data/` yet.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const pgliteDb = drizzlePglite(client, { schema });
  const db = pgliteDb as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: (folder = migrationsFolder) => migratePglite(pgliteDb, { migrationsFolder: folder }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
    executeSql: async (text, values = []) => {
      // PGlite's extended protocol takes one statement; several go through `exec`.
      if (values.length > 0)
        return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    poolStats: () => null,
  };
}
