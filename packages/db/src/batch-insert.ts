import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';

// PostgreSQL's wire protocol allows at most 65,535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;

/**
 * Inserts many rows as multi-row INSERTs of as many rows as the parameter limit allows
 * (thousands per statement), which is what keeps national-scale seeding fast.
 */
export async function insertInBatches<T extends PgTable>(
  db: Database,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as T['$inferInsert'][]);
  }
}
