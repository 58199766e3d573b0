import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('upgrading a database seeded at an earlier migration', () => {
  const earlier = migrationsUpTo('0004_import_batches');
  afterAll(() => earlier.dispose());

  it('applies only the migrations up to the tag, then the rest, keeping the rows', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      const before = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from information_schema.tables where table_name = 'kpi_board_snapshots'`,
      );
      expect(before[0]?.n).toBe(0);
      const id = randomUUID();
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${id}, 'up01', 'Opgraderby', 1000)`,
      );
      await handle.migrate();
      const after = await queryRows<{ name: string; snapshots: number }>(
        handle.db,
        sql`select name, (select count(*)::int from information_schema.tables where table_name = 'kpi_board_snapshots') as snapshots
            from municipalities where id = ${id}`,
      );
      expect(after).toEqual([{ name: 'Opgraderby', snapshots: 1 }]);
    } finally {
      await handle.close();
    }
  });

  it('refuses an unknown tag', () => {
    expect(() => migrationsUpTo('9999_nothing')).toThrow(/no migration tagged 9999_nothing/);
  });
});
