import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('upgrading to notification intake (0009_intake)', () => {
  const earlier = migrationsUpTo('0008_business_case_versions_backfill');
  afterAll(() => earlier.dispose());

  it('keeps seeded notifications (as historical) and guardians (as custody holders)', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      const m = randomUUID();
      const child = randomUUID();
      const notification = randomUUID();
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${m}, 'up12', 'Opgraderby', 1000)`,
      );
      await handle.db.execute(
        sql`insert into children (id, municipality_id, reference, name, birth_date) values (${child}, ${m}, 'B-1', 'Ada', '2018-03-15')`,
      );
      await handle.db.execute(
        sql`insert into guardians (id, municipality_id, child_id, name, relation) values (${randomUUID()}, ${m}, ${child}, 'Mor', 'mother')`,
      );
      await handle.db.execute(
        sql`insert into notifications (id, municipality_id, child_id, received_on, child_age, source)
            values (${notification}, ${m}, ${child}, '2019-05-02', 1, 'school')`,
      );
      await handle.migrate();
      const rows = await queryRows<{
        status: string;
        version: number;
        received_on: string;
        concern: string;
        custody: boolean;
      }>(
        handle.db,
        sql`select n.status, n.version, n.received_on::text, n.concern, g.custody
            from notifications n join guardians g on g.child_id = n.child_id where n.id = ${notification}`,
      );
      expect(rows).toEqual([
        {
          status: 'historical',
          version: 1,
          received_on: '2019-05-02',
          concern: '',
          custody: true,
        },
      ]);
      // An intake row without its clock is refused by the database itself.
      await expect(
        handle.db.execute(
          sql`insert into notifications (id, municipality_id, received_on, child_age, source, status)
              values (${randomUUID()}, ${m}, '2024-05-02', 3, 'school', 'received')`,
        ),
      ).rejects.toThrow();
    } finally {
      await handle.close();
    }
  });
});
