import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { preparedRows } from './prepared-rows';
import { createTestDatabase } from './test-database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
}, 120_000);
afterAll(() => handle?.close());

describe('preparedRows', () => {
  it('answers a named statement with its rows, binding new values on every call', async () => {
    const twice = (n: number) => sql`select ${n}::int * 2 as doubled, ${`n${n}`}::text as label`;
    for (const n of [1, 2, 3, 2])
      expect(await preparedRows<{ doubled: number; label: string }>(handle.db, twice(n))).toEqual([
        { doubled: n * 2, label: `n${n}` },
      ]);
  });

  it('keeps different texts apart (each its own statement) and works in a transaction', async () => {
    const rows = await handle.db.transaction(async (tx) => [
      await preparedRows<{ a: number }>(tx, sql`select 1 as a`),
      await preparedRows<{ b: string }>(tx, sql`select 'x' as b`),
    ]);
    expect(rows).toEqual([[{ a: 1 }], [{ b: 'x' }]]);
  });
});
