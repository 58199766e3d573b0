import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { Database } from './database';

/**
 * The parts of Drizzle's database object a named statement needs. Drizzle's public
 * `.prepare(name)` exists only on its query builders, not on raw `sql`, so this reaches
 * into its session; kept here, next to the drivers, so nothing else depends on it.
 */
interface DrizzleInternals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  _: {
    session: {
      prepareQuery(
        query: { sql: string; params: unknown[] },
        fields: undefined,
        name: string,
        isResponseInArrayMode: boolean,
      ): { execute(): Promise<unknown> };
    };
  };
}

/**
 * Like `queryRows`, but as a named prepared statement: on PostgreSQL each pooled
 * connection parses and plans the text once and afterwards only binds and executes,
 * which halves the server's work for the hot reads that run on every page view.
 * The name is a hash of the text, so different texts never share a name. PGlite
 * ignores the name.
 *
 * @example
 * ```ts
 * const rows = await preparedRows<{ id: string }>(db, sql`select id from cases where id = ${id}`);
 * ```
 */
export async function preparedRows<T>(db: Database, query: SQL): Promise<T[]> {
  const internals = db as unknown as DrizzleInternals;
  const built = internals.dialect.sqlToQuery(query);
  const name = `trappen_${createHash('sha1').update(built.sql).digest('base64url')}`;
  const result = (await internals._.session
    .prepareQuery(built, undefined, name, false)
    .execute()) as { rows: T[] };
  return result.rows;
}
