import { count, eq, importBatches, interventions, queryRows, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { auditCount, cookieHeader, rawCall, startSecurityServer } from './harness';

let server: TestServer;
let cookie: string;
let caseId: string;
beforeAll(async () => {
  server = await startSecurityServer();
  cookie = cookieHeader((await loginAs(server.url, 'administrator@eksempelby.dk')).jar);
  const [row] = await queryRows<{ id: string }>(
    server.handle.db,
    sql`select c.id::text from cases c join municipalities m on m.id = c.municipality_id
      where m.name = 'Eksempelby' and c.status = 'open' order by c.id limit 1`,
  );
  caseId = row?.id ?? '';
});
afterAll(() => server?.close());

const RUN = { path: 'imports.run', type: 'mutation' as const };
const header = 'case_id,code,start_date,planned_end,end_date,provider,daily_rate';
const run = (csv: string, idempotencyKey: string) =>
  rawCall(server.url, RUN, { kind: 'interventions', csv, idempotencyKey }, cookie);
const written = async () => {
  const db = server.handle.db;
  const [i] = await db.select({ n: count() }).from(interventions);
  const [b] = await db.select({ n: count() }).from(importBatches);
  return { interventions: Number(i?.n ?? 0), batches: Number(b?.n ?? 0) };
};
type RunResult = { batchId: string; inserted: number; replayed: boolean };
const resultOf = (body: { result?: { data?: unknown } }) => body.result?.data as RunResult;

describe('import idempotency (ASVS V2.3.3 business logic integrity, API6:2023)', () => {
  it('writes once when the same key and file arrive three times at once and again later', async () => {
    const csv = `${header}\n${caseId},family-treatment,2025-06-02,,,,\n`;
    const before = await written();
    const answers = await Promise.all([1, 2, 3].map(() => run(csv, 'retry-key-0001')));
    const later = await run(csv, 'retry-key-0001');
    for (const answer of [...answers, later]) expect(answer.status).toBe(200);
    const results = [...answers, later].map((a) => resultOf(a.body));
    expect(new Set(results.map((r) => r.batchId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toEqual([
      expect.objectContaining({ inserted: 1, replayed: false }),
    ]);
    expect(await written()).toEqual({
      interventions: before.interventions + 1,
      batches: before.batches + 1,
    });
  });

  it('refuses the same key with a different file (409 CONFLICT) and writes nothing', async () => {
    const before = await written();
    const audits = await auditCount(server.handle.db);
    const other = `${header}\n${caseId},contact-person,2025-06-03,,,,\n`;
    const { status, body } = await run(other, 'retry-key-0001');
    expect([status, body.error?.data?.code]).toEqual([409, 'CONFLICT']);
    expect(await written()).toEqual(before);
    expect(await auditCount(server.handle.db)).toBe(audits);
    const [batch] = await server.handle.db
      .select()
      .from(importBatches)
      .where(eq(importBatches.idempotencyKey, 'retry-key-0001'));
    expect(batch?.rows).toBe(1);
  });

  it('takes an import body over the 100 kB limit of other calls, and caps the CSV itself', async () => {
    const before = await written();
    // About 350 kB: three times the limit every other procedure keeps.
    const rows = Array.from({ length: 5000 }, () => `${caseId},school,2025-06-04,,,,`);
    const big = await run(`${header}\n${rows.join('\n')}\n`, 'big-file-key-1');
    expect(big.status).toBe(200);
    expect(resultOf(big.body)).toMatchObject({ inserted: 1 });
    const over = await run(`${header}\n${'x'.repeat(4_000_001)}`, 'too-big-key-1');
    expect([over.status, over.body.error?.data?.code]).toEqual([400, 'BAD_REQUEST']);
    const huge = await run('x'.repeat(11_000_000), 'huge-key-0001');
    expect(huge.status).toBe(413);
    expect(await written()).toEqual({
      interventions: before.interventions + 1,
      batches: before.batches + 1,
    });
  });
});
