import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('upgrading from 0007_kpi_board_indexes to case closing, retention and consents', () => {
  const earlier = migrationsUpTo('0009_intake');
  afterAll(() => earlier.dispose());

  it('keeps open and closed cases, adds the close and hold columns with safe defaults, and the new tables', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      const m = randomUUID();
      const child = randomUUID();
      const open = randomUUID();
      const closed = randomUUID();
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${m}, 'up13', 'Opgraderby', 1000)`,
      );
      await handle.db.execute(
        sql`insert into children (id, municipality_id, reference, name, birth_date) values (${child}, ${m}, 'B-1', 'Barn', '2012-01-01')`,
      );
      await handle.db.execute(sql`insert into cases (id, municipality_id, child_id, status, opened_on, closed_on)
        values (${open}, ${m}, ${child}, 'open', '2020-01-01', null), (${closed}, ${m}, ${child}, 'closed', '2018-01-01', '2019-06-30')`);
      await handle.migrate();
      const rows = await queryRows<{
        id: string;
        status: string;
        closed_on: string | null;
        close_reason: string | null;
        legal_hold: boolean;
        anonymised_on: string | null;
      }>(
        handle.db,
        sql`select id::text as id, status, closed_on::text as closed_on, close_reason, legal_hold, anonymised_on::text as anonymised_on
          from cases where municipality_id = ${m} order by opened_on`,
      );
      expect(rows).toEqual([
        {
          id: closed,
          status: 'closed',
          closed_on: '2019-06-30',
          close_reason: null,
          legal_hold: false,
          anonymised_on: null,
        },
        {
          id: open,
          status: 'open',
          closed_on: null,
          close_reason: null,
          legal_hold: false,
          anonymised_on: null,
        },
      ]);
      const [tables] = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from information_schema.tables
          where table_name in ('retention_policies', 'deletion_records', 'consents')`,
      );
      expect(tables?.n).toBe(3);
      // The audit log stays append-only: a plain UPDATE is still refused after the upgrade.
      await handle.db.execute(
        sql`insert into audit_log (municipality_id, action, entity, child_id) values (${m}, 'read', 'case', ${child})`,
      );
      await expect(handle.db.execute(sql`update audit_log set child_id = null`)).rejects.toThrow();
    } finally {
      await handle.close();
    }
  });
});
