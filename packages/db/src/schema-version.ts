import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, migrationsFolder } from './database';
import { queryRows } from './query-rows';

interface Journal {
  entries: { tag: string; when: number }[];
}

/** Where a database's schema stands against the migrations this code was built with. */
export interface SchemaStatus {
  /** `current`: up to date; `behind`: migrations to apply; `ahead`: newer than this code; `empty`: never migrated. */
  state: 'current' | 'behind' | 'ahead' | 'empty';
  /** The newest migration this code knows. */
  expected: string;
  /** The newest migration applied to the database (its tag, or its time when unknown to this code). */
  applied: string | null;
}

/**
 * Compares the migrations applied to a database (Drizzle's `drizzle.__drizzle_migrations`,
 * which records each migration's journal time) with the checked-in ones, without
 * changing anything: a server connected as a role that may not alter the schema can
 * still tell whether it fits.
 */
export async function schemaStatus(db: Database, folder = migrationsFolder): Promise<SchemaStatus> {
  const journal = JSON.parse(
    readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  const newest = journal.entries.at(-1);
  const expected = newest?.tag ?? '(none)';
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return { state: 'empty', expected, applied: null };
  const [last] = await queryRows<{ created_at: string | number | null }>(
    db,
    sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`,
  );
  if (last?.created_at === null || last?.created_at === undefined)
    return { state: 'empty', expected, applied: null };
  const when = Number(last.created_at);
  const known = journal.entries.find((e) => e.when === when);
  const applied = known?.tag ?? new Date(when).toISOString();
  if (newest && when === newest.when) return { state: 'current', expected, applied };
  return { state: known || when < (newest?.when ?? 0) ? 'behind' : 'ahead', expected, applied };
}
