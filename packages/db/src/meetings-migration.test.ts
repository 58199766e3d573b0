import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('the meetings and messages migration on a database from before it', () => {
  const earlier = migrationsUpTo('0012_login_throttle');
  afterAll(() => earlier.dispose());

  it('keeps users and comments, and adds meetings, preferences and the outbox', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      const municipality = randomUUID();
      const user = randomUUID();
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${municipality}, 'mm01', 'Mødeby', 900)`,
      );
      await handle.db.execute(
        sql`insert into users (id, municipality_id, email, display_name, role)
            values (${user}, ${municipality}, 'leder@moedeby.dk', 'Leder', 'teamLeader')`,
      );
      await handle.migrate();
      const [kept] = await queryRows<{ email: string }>(
        handle.db,
        sql`select email from users where id = ${user}`,
      );
      expect(kept?.email).toBe('leder@moedeby.dk');
      const tables = await queryRows<{ table_name: string }>(
        handle.db,
        sql`select table_name from information_schema.tables
            where table_name in ('meetings', 'message_preferences', 'outbox_messages') order by 1`,
      );
      expect(tables.map((t) => t.table_name)).toEqual([
        'meetings',
        'message_preferences',
        'outbox_messages',
      ]);
      const [column] = await queryRows<{ is_nullable: string }>(
        handle.db,
        sql`select is_nullable from information_schema.columns where table_name = 'plan_comments' and column_name = 'meeting_id'`,
      );
      expect(column?.is_nullable).toBe('YES');
    } finally {
      await handle.close();
    }
  });
});
