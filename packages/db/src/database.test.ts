import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { queryRows } from './query-rows';
import { auditLog, municipalities } from './schema/index';
import { createTestDatabase } from './test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe('migrations', () => {
  it('creates every table and can be applied twice', async () => {
    await handle.migrate();
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'action_plans',
        'audit_log',
        'budget_entries',
        'business_cases',
        'case_assignments',
        'cases',
        'caseworkers',
        'children',
        'follow_ups',
        'guardians',
        'interventions',
        'login_throttle',
        'municipalities',
        'notifications',
        'plan_comments',
        'plan_publications',
        'plan_read_confirmations',
        'rule_sets',
        'sessions',
        'staircases',
        'teams',
        'users',
      ]),
    );
  });

  it('answers a ping', async () => {
    await expect(handle.ping()).resolves.toBeUndefined();
  });
});

describe('audit_log', () => {
  it('accepts inserts but refuses UPDATE, DELETE and TRUNCATE', async () => {
    const [row] = await handle.db
      .insert(auditLog)
      .values({ action: 'read', entity: 'child', role: 'caseworker' })
      .returning({ id: auditLog.id });
    expect(row?.id).toBeGreaterThan(0);
    await expect(
      handle.db
        .update(auditLog)
        .set({ action: 'tampered' })
        .where(eq(auditLog.id, row?.id ?? 0)),
    ).rejects.toThrow();
    await expect(handle.db.delete(auditLog).where(eq(auditLog.id, row?.id ?? 0))).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const remaining = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.id, row?.id ?? 0));
    expect(remaining[0]?.action).toBe('read');
  });
});

describe('transactions', () => {
  it('roll back every step of a failed multi-step write', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.insert(municipalities).values({
          id: '00000000-0000-4000-8000-000000000001',
          code: 'tx01',
          name: 'Tx',
          inhabitants: 1,
        });
        await tx.insert(municipalities).values({
          id: '00000000-0000-4000-8000-000000000002',
          code: 'tx01',
          name: 'Dup',
          inhabitants: 1,
        });
      }),
    ).rejects.toThrow();
    const rows = await handle.db
      .select()
      .from(municipalities)
      .where(eq(municipalities.code, 'tx01'));
    expect(rows).toHaveLength(0);
  });
});
