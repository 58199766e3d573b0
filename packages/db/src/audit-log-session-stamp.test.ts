import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('migration 0010: audit rows stamped by the database, purge by the owner with the configured period', () => {
  const earlier = migrationsUpTo('0010_case_closing_retention_consent');
  afterAll(() => earlier.dispose());

  it('keeps the audit rows written before, stores the five-year default and replaces the purge', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      await handle.db.execute(sql`insert into audit_log (action, entity, at) values
        ('read', 'before-old', now() - interval '3 years'),
        ('read', 'before-new', now() - interval '1 day')`);
      await handle.migrate();
      const rows = await queryRows<{ entity: string }>(
        handle.db,
        sql`select entity from audit_log where entity like 'before-%' order by entity`,
      );
      expect(rows.map((r) => r.entity)).toEqual(['before-new', 'before-old']);
      const [retention] = await queryRows<{ days: number }>(
        handle.db,
        sql`select days from audit_retention`,
      );
      expect(retention?.days).toBe(1825);
      const functions = await queryRows<{ args: string }>(
        handle.db,
        sql`select pg_get_function_identity_arguments(oid) as args from pg_proc where proname = 'purge_audit_log'`,
      );
      expect(functions).toEqual([{ args: '' }]);
      // Both rows lie inside five years: the owner's purge keeps them.
      const [purged] = await queryRows<{ removed: number }>(
        handle.db,
        sql`select purge_audit_log()::int as removed`,
      );
      expect(purged?.removed).toBe(0);
    } finally {
      await handle.close();
    }
  });
});
