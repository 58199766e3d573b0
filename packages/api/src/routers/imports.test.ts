import {
  auditLog,
  cases,
  createTestDatabase,
  type DatabaseHandle,
  eq,
  importBatches,
  queryRows,
  seed,
  sql,
  users,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../testing/caller-for';

const TODAY = '2025-06-30';
let handle: DatabaseHandle;
let ownCaseId = '';
let otherTeamCaseId = '';

async function signedIn(email: string) {
  return (await callerFor(handle.db, email, TODAY)).caller;
}
const admin = () => signedIn('administrator@eksempelby.dk');
const leader = () => signedIn('teamleder@eksempelby.dk');

const failure = (call: Promise<unknown>) =>
  call.then(
    () => ({ code: 'OK', fieldErrors: {} }),
    (e: { code?: string; fieldErrors?: Record<string, string[]> }) => ({
      code: e.code,
      fieldErrors: e.fieldErrors ?? {},
    }),
  );
const count = async (table: 'interventions' | 'import_batches' | 'audit_log') =>
  (
    await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    )
  )[0]?.n ?? 0;
const header = 'case_id,code,start_date,planned_end,end_date,provider,daily_rate';

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 2, scale: 0.1, asOf: TODAY, randomSeed: 9 });
  const [lead] = await handle.db
    .select()
    .from(users)
    .where(eq(users.email, 'teamleder@eksempelby.dk'));
  const pick = async (inTeam: boolean) =>
    (
      await queryRows<{ id: string }>(
        handle.db,
        sql`select id::text from cases
          where municipality_id = ${lead?.municipalityId} and status = 'open'
            and (team_id = ${lead?.teamId}) = ${inTeam}
            and coalesce(current_step_rank, 0) < 6
          order by id limit 1`,
      )
    )[0]?.id ?? '';
  ownCaseId = await pick(true);
  otherTeamCaseId = await pick(false);
});
afterAll(() => handle?.close());

describe('imports', () => {
  it('offers every kind’s documented columns and template to leaders, nobody else', async () => {
    const template = await (await leader()).imports.template({ kind: 'followUps' });
    expect(template.csv.split('\r\n')[0]).toBe(template.columns.map((c) => c.name).join(','));
    expect(template.columns.find((c) => c.name === 'outcome')?.description.da).toContain(
      'stepDown',
    );
    const caseworker = await signedIn('sagsbehandler@eksempelby.dk');
    expect((await failure(caseworker.imports.template({ kind: 'children' }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('dry run: lists every bad row and writes only its audit row', async () => {
    const [interventions, audits] = [await count('interventions'), await count('audit_log')];
    const csv = [
      header,
      `${ownCaseId},school,2025-06-01,,,,`,
      `${ownCaseId},nope,2025-06-01,,,,`,
      `${ownCaseId},school,2025-13-01,,,,`,
    ].join('\n');
    const result = await (await admin()).imports.dryRun({ kind: 'interventions', csv });
    expect(result).toMatchObject({ kind: 'interventions', read: 3, problemCount: 2 });
    expect(result.problems.map((p) => [p.line, p.column, p.value, p.code])).toEqual([
      [3, 'code', 'nope', 'unknownCode'],
      [4, 'start_date', '2025-13-01', 'invalidDate'],
    ]);
    expect(await count('interventions')).toBe(interventions);
    expect(await count('audit_log')).toBe(audits + 1);
    const [row] = await handle.db.select().from(auditLog).where(eq(auditLog.entity, 'import'));
    expect(row?.criteria).toMatchObject({ kind: 'interventions', dryRun: true, problems: 2 });
  });

  it("run: imports all or nothing, refreshes the case's step, and a retry with the same key writes once", async () => {
    const csv = `${header}\n${ownCaseId},secure-institution,2025-06-01,,,,\n`;
    const caller = await admin();
    const before = await count('interventions');
    const first = await caller.imports.run({
      kind: 'interventions',
      csv,
      idempotencyKey: 'key-one-1',
    });
    expect(first).toMatchObject({ read: 1, inserted: 1, skipped: 0, replayed: false });
    expect(await count('interventions')).toBe(before + 1);
    const [summary] = await handle.db.select().from(cases).where(eq(cases.id, ownCaseId));
    expect(summary).toMatchObject({ currentStepRank: 6, stepSince: '2025-06-01' });
    const [batch] = await handle.db
      .select()
      .from(importBatches)
      .where(eq(importBatches.idempotencyKey, 'key-one-1'));
    expect(batch).toMatchObject({ kind: 'interventions', rows: 1, id: first.batchId });

    const retry = await caller.imports.run({
      kind: 'interventions',
      csv,
      idempotencyKey: 'key-one-1',
    });
    expect(retry).toEqual({ ...first, replayed: true });
    const other = `${header}\n${ownCaseId},school,2025-05-01,,,,\n`;
    expect(
      (
        await failure(
          caller.imports.run({ kind: 'interventions', csv: other, idempotencyKey: 'key-one-1' }),
        )
      ).code,
    ).toBe('CONFLICT');
    const again = await caller.imports.run({
      kind: 'interventions',
      csv,
      idempotencyKey: 'key-two-2',
    });
    expect(again).toMatchObject({ read: 1, inserted: 0, skipped: 1, replayed: false });
    expect(await count('interventions')).toBe(before + 1);
    expect(await count('import_batches')).toBe(2);
  });

  it("run: refuses a team leader's file naming another team's case, with the problem per row, writing nothing", async () => {
    const [interventions, batches] = [await count('interventions'), await count('import_batches')];
    const csv = [
      header,
      `${ownCaseId},school,2024-01-01,,,,`,
      `${otherTeamCaseId},school,2024-01-01,,,,`,
    ].join('\n');
    const refused = await failure(
      (await leader()).imports.run({ kind: 'interventions', csv, idempotencyKey: 'leader-key-1' }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fieldErrors).toEqual({
      'rows.3.case_id': [expect.stringMatching(/^unknownCase: /)],
    });
    expect([await count('interventions'), await count('import_batches')]).toEqual([
      interventions,
      batches,
    ]);
  });
});
