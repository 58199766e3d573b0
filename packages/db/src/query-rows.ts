import type { SQL } from 'drizzle-orm';
import type { Database } from './database';

/**
 * Runs raw SQL and returns its rows; both drivers answer `{ rows }`, but the shared
 * Drizzle type cannot say so.
 *
 * @example
 * ```ts
 * const [row] = await queryRows<{ n: number }>(db, sql`select 1 as n`);
 * ```
 */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
