import { createTestDatabase, type DatabaseHandle, queryRows, seed, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionToday, runRetentionJob, scheduleRetention } from './retention-job';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { scale: 0.05, asOf: '2025-06-30', randomSeed: 3 });
});
afterAll(() => handle?.close());

const databaseDay = async () =>
  (await queryRows<{ d: string }>(handle.db, sql`select current_date::text as d`))[0]?.d ?? '';

describe('the retention job in the server', () => {
  it('takes the earlier of the server and the database clock, so a clock set forward deletes nothing early', async () => {
    expect(await retentionToday(handle.db, new Date('2999-01-01T00:00:00Z'))).toBe(
      await databaseDay(),
    );
    expect(await retentionToday(handle.db, new Date('2001-01-01T00:00:00Z'))).toBe('2001-01-01');
  });

  it('reports progress and never looks ahead of today, even when asked to', async () => {
    const messages: string[] = [];
    const ahead = await runRetentionJob(handle.db, {
      dryRun: true,
      today: '2999-01-01',
      report: (m) => messages.push(m),
      progressEvery: 1,
    });
    expect(ahead.today).toBe(await databaseDay());
    expect(messages.at(-1)).toMatch(/^retention dry run for \d{4}-\d{2}-\d{2}: \d+ case\(s\) due$/);
    expect(messages.filter((m) => m.includes('children')).length).toBe(
      ahead.progress.total > 0 ? 1 : 0,
    );
    const [records] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from deletion_records`,
    );
    expect(records?.n).toBe(0);
  });

  it('runs on a schedule and removes what is due', async () => {
    const preview = await runRetentionJob(handle.db, { dryRun: true, report: () => {} });
    const messages: string[] = [];
    const stop = scheduleRetention(handle.db, (m) => messages.push(m), 60_000);
    try {
      await expect
        .poll(() => messages.find((m) => m.startsWith('retention run')), { timeout: 120_000 })
        .toBeTruthy();
    } finally {
      stop();
    }
    const [records] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from deletion_records`,
    );
    expect(records?.n).toBe(preview.cases.length);
  }, 180_000);
});
