import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsUpTo } from './migrations-up-to';
import { queryRows } from './query-rows';
import { createTestDatabase } from './test-database';

describe('migration 0008: business cases saved before their versions were kept', () => {
  const earlier = migrationsUpTo('0007_kpi_board_indexes');
  afterAll(() => earlier.dispose());

  it('records the current version of every case without one, once, and keeps the rest', async () => {
    const handle = await createTestDatabase(undefined, { migrationsFolder: earlier.folder });
    try {
      const m = randomUUID();
      const old = randomUUID();
      const kept = randomUUID();
      const savedAt = '2024-03-01T09:00:00.000Z';
      await handle.db.execute(
        sql`insert into municipalities (id, code, name, inhabitants) values (${m}, 'up08', 'Opgraderby', 1000)`,
      );
      await handle.db.execute(sql`insert into business_cases (id, municipality_id, name, definition, version, updated_at)
        values (${old}, ${m}, 'Gammel', '{"name":"Gammel"}'::jsonb, 3, ${savedAt}),
               (${kept}, ${m}, 'Ny', '{"name":"Ny"}'::jsonb, 2, ${savedAt})`);
      await handle.db.execute(sql`insert into config_versions (id, municipality_id, kind, version, definition, changes)
        values (${randomUUID()}, ${m}, ${`businessCase:${kept}`}, 1, '{"name":"Ny0"}'::jsonb, '[]'::jsonb),
               (${randomUUID()}, ${m}, ${`businessCase:${kept}`}, 2, '{"name":"Ny"}'::jsonb, '["name"]'::jsonb)`);

      await handle.migrate();

      const rows = await queryRows<{
        kind: string;
        version: number;
        definition: unknown;
        changes: unknown;
        changed_at: string;
      }>(
        handle.db,
        sql`select kind, version, definition, changes, to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as changed_at
            from config_versions where municipality_id = ${m} order by kind, version`,
      );
      const byKind = (id: string) => rows.filter((r) => r.kind === `businessCase:${id}`);
      expect(byKind(old)).toEqual([
        {
          kind: `businessCase:${old}`,
          version: 3,
          definition: { name: 'Gammel' },
          changes: [],
          changed_at: '2024-03-01T09:00:00',
        },
      ]);
      expect(byKind(kept).map((r) => [r.version, r.changes])).toEqual([
        [1, []],
        [2, ['name']],
      ]);
      const cases = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from business_cases where municipality_id = ${m}`,
      );
      expect(cases[0]?.n).toBe(2);
    } finally {
      await handle.close();
    }
  });
});
