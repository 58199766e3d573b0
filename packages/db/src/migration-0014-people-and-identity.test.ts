import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('upgrading to 0014_people_and_identity', () => {
  const earlier = migrationsUpTo('0013_meetings_and_messages');
  afterAll(() => earlier.dispose());

  it('keeps parents, teams and users, and gives existing parents custody and portal access', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      const m = randomUUID();
      const team = randomUUID();
      const child = randomUUID();
      const guardian = randomUUID();
      const user = randomUUID();
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${m}, 'up14', 'Opgraderby', 1000)`,
      );
      await handle.db.execute(
        sql`insert into teams (id, municipality_id, name) values (${team}, ${m}, 'Team Nord')`,
      );
      await handle.db.execute(
        sql`insert into users (id, municipality_id, email, display_name, role, team_id)
            values (${user}, ${m}, 'leder@up14.dk', 'Lea Leder', 'teamLeader', ${team})`,
      );
      await handle.db.execute(
        sql`insert into children (id, municipality_id, reference, name, birth_date)
            values (${child}, ${m}, 'B-1', 'Barn', '2015-01-01')`,
      );
      await handle.db.execute(
        sql`insert into guardians (id, municipality_id, child_id, name, relation)
            values (${guardian}, ${m}, ${child}, 'Mor', 'mor')`,
      );
      await handle.migrate();
      const rows = await queryRows<{
        custody: boolean;
        portal_access: boolean;
        user_version: number;
        team_version: number;
        retired: boolean;
        password_login: boolean;
      }>(
        handle.db,
        sql`select g.custody, g.portal_access, u.version as user_version, t.version as team_version,
              t.retired_at is not null as retired, mu.password_login
            from guardians g, users u, teams t, municipalities mu
            where g.id = ${guardian} and u.id = ${user} and t.id = ${team} and mu.id = ${m}`,
      );
      expect(rows).toEqual([
        {
          custody: true,
          portal_access: true,
          user_version: 1,
          team_version: 1,
          retired: false,
          password_login: true,
        },
      ]);
    } finally {
      await handle.close();
    }
  });
});
