import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from './database';
import { migrationsUpTo } from './migrations-up-to';

const newestMigration = (): string =>
  (
    JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    }
  ).entries.at(-1)?.tag ?? '';

import { queryRows } from './query-rows';
import { schemaStatus } from './schema-version';
import { createTestDatabase } from './test-database';

describe('migration 0012: login_failures → login_throttle', () => {
  const earlier = migrationsUpTo('0011_audit_log_session_stamp');
  afterAll(() => earlier.dispose());

  it('keeps the data, replaces the failure log by the throttle table, and reports the schema current', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      expect((await schemaStatus(handle.db)).state).toBe('behind');
      const id = randomUUID();
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${id}, 'up09', 'Kasteby', 1000)`,
      );
      await handle.db.execute(sql`insert into login_failures (key) values ('ip:192.0.2.1')`);
      await handle.migrate();
      const [kept] = await queryRows<{ name: string }>(
        handle.db,
        sql`select name from municipalities where id = ${id}`,
      );
      expect(kept?.name).toBe('Kasteby');
      const [wait] = await queryRows<{ wait: number }>(
        handle.db,
        sql`select reserve_login_attempt('a:x', 'i:y', 5, 50, '15 minutes', '30 seconds') as wait`,
      );
      expect(Number(wait?.wait)).toBe(0);
      const [tables] = await queryRows<{ old: string | null }>(
        handle.db,
        sql`select to_regclass('login_failures')::text as old`,
      );
      expect(tables?.old).toBeNull();
      expect(await schemaStatus(handle.db)).toMatchObject({
        state: 'current',
        // Every checked-in migration applied, the newest last.
        applied: newestMigration(),
      });
    } finally {
      await handle.close();
    }
  }, 120_000);
});
