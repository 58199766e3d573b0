import { createTestDatabase, type DatabaseHandle, queryRows, seed, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis } from '../queries/kpi/compute-kpis';
import { loadKpiScope } from '../queries/kpi/load-kpi-scope';
import { callerFor } from '../testing/caller-for';
import { caseHashOf } from './remove-child';
import { runRetention } from './run-retention';

const TODAY = '2025-06-30';
/** Five years and a day after the close: the default period has run out. */
const LATER = '2030-07-01';
const NAME = 'Zyxwvu Sletmigsen';
const CPR = '0101109913';
const GUARDIAN = 'Qwerty Forældersen';

let handle: DatabaseHandle;
let home = '';
let other = '';
let childId = '';
let caseId = '';

const as = async (email: string, today = TODAY) =>
  (await callerFor(handle.db, email, today)).caller;
const failure = (call: Promise<unknown>) =>
  call.then(
    () => ({ code: 'OK', fieldErrors: {} as Record<string, string[]> }),
    (e: { code?: string; data?: { code?: string }; fieldErrors?: Record<string, string[]> }) => ({
      code: e.code,
      fieldErrors: e.fieldErrors ?? {},
    }),
  );

/** Every place in the public schema where `needle` occurs, as `table.column`. */
async function occurrences(needle: string): Promise<string[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    handle.db,
    sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('uuid', 'text', 'jsonb', 'character varying')
      order by table_name, column_name`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from ${sql.identifier(table_name)}
        where position(lower(${needle}) in lower(${sql.identifier(column_name)}::text)) > 0`,
    );
    if ((row?.n ?? 0) > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

async function kpis(municipalityId: string, today: string) {
  const loaded = await loadKpiScope(handle.db, municipalityId, today);
  return computeKpis(handle.db, loaded.scope, loaded.norms);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seed(handle.db, { municipalities: 2, scale: 0.1, asOf: TODAY, randomSeed: 21 });
  const [parent] = await queryRows<{ child_id: string; case_id: string; municipality_id: string }>(
    handle.db,
    sql`select g.child_id::text as child_id, c.id::text as case_id, c.municipality_id::text as municipality_id
      from guardians g join users u on u.id = g.user_id join cases c on c.child_id = g.child_id
      where u.email = 'foraelder@eksempelby.dk' and c.status = 'open'`,
  );
  childId = parent?.child_id ?? '';
  caseId = parent?.case_id ?? '';
  home = parent?.municipality_id ?? '';
  const [second] = await queryRows<{ id: string }>(
    handle.db,
    sql`select id::text as id from municipalities where id <> ${home}`,
  );
  other = second?.id ?? '';
  // Unique values, so a scan of every table finds only this child's rows.
  await handle.db.execute(
    sql`update children set name = ${NAME}, cpr = ${CPR} where id = ${childId}`,
  );
  await handle.db.execute(sql`update guardians set name = ${GUARDIAN} where child_id = ${childId}`);
  await handle.db.execute(sql`insert into notifications (id, municipality_id, child_id, received_on, child_age, source)
    values (gen_random_uuid(), ${home}, ${childId}, '2024-03-01', 9, 'school')`);
});
afterAll(() => handle?.close());

describe('closing a case', () => {
  it('refuses while interventions are open unless the close ends them, and changes nothing', async () => {
    const caseworker = await as('sagsbehandler@eksempelby.dk');
    const detail = await caseworker.cases.get({ caseId });
    const open = detail.interventions.filter((i) => i.endDate === null).length;
    expect(open).toBeGreaterThan(0);
    const refused = await failure(
      caseworker.cases.close({
        caseId,
        version: detail.version,
        closedOn: TODAY,
        reason: 'goalReached',
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fieldErrors.endOpenInterventions?.[0]).toMatch(/still open/);
    const early = await failure(
      caseworker.cases.close({
        caseId,
        version: detail.version,
        closedOn: '2099-01-01',
        reason: 'goalReached',
        endOpenInterventions: true,
      }),
    );
    expect(early.fieldErrors.closedOn).toEqual(['is in the future']);
    expect((await caseworker.cases.get({ caseId })).status).toBe('open');
  });

  it('closes with a reason, ends the open interventions, and leaves "my cases"', async () => {
    const caseworker = await as('sagsbehandler@eksempelby.dk');
    const before = await caseworker.cases.list({ pageSize: 100 });
    expect(before.items.some((c) => c.caseId === caseId)).toBe(true);
    const detail = await caseworker.cases.get({ caseId });
    const stale = await failure(
      caseworker.cases.close({
        caseId,
        version: detail.version + 5,
        closedOn: TODAY,
        reason: 'goalReached',
        endOpenInterventions: true,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const closed = await caseworker.cases.close({
      caseId,
      version: detail.version,
      closedOn: TODAY,
      reason: 'movedMunicipality',
      endOpenInterventions: true,
    });
    expect(closed.endedInterventions.length).toBeGreaterThan(0);
    const after = await caseworker.cases.get({ caseId });
    expect(after).toMatchObject({
      status: 'closed',
      closedOn: TODAY,
      closeReason: 'movedMunicipality',
    });
    expect(after.interventions.every((i) => i.endDate !== null && i.endDate <= TODAY)).toBe(true);
    const mine = await caseworker.cases.list({ pageSize: 100 });
    expect(mine.items.some((c) => c.caseId === caseId)).toBe(false);
    const [audit] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where entity = 'case' and entity_id = ${caseId}
        and criteria->>'change' = 'close'`,
    );
    expect(audit?.n).toBe(1);
  });

  it('reopens within the retention period (audited) and not after it', async () => {
    const caseworker = await as('sagsbehandler@eksempelby.dk', '2026-01-01');
    const detail = await caseworker.cases.get({ caseId });
    const reopened = await caseworker.cases.reopen({ caseId, version: detail.version });
    expect((await caseworker.cases.get({ caseId })).status).toBe('open');
    await caseworker.cases.close({
      caseId,
      version: reopened.version,
      closedOn: TODAY,
      reason: 'movedMunicipality',
      endOpenInterventions: true,
    });
    const late = await as('sagsbehandler@eksempelby.dk', LATER);
    const version = (await late.cases.get({ caseId })).version;
    const refused = await failure(late.cases.reopen({ caseId, version }));
    expect(refused.fieldErrors.caseId).toEqual(['is past its retention period']);
    const [audit] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${caseId} and criteria->>'change' = 'reopen'`,
    );
    expect(audit?.n).toBe(1);
  });

  it('gives a transfer summary with the plan, interventions and history, audited as an export', async () => {
    const caseworker = await as('sagsbehandler@eksempelby.dk');
    const summary = await caseworker.cases.transferSummary({ caseId });
    expect(summary.plan).not.toBeNull();
    expect(summary.interventions.length).toBeGreaterThan(0);
    expect(summary.caseworkerHistory.length).toBeGreaterThan(0);
    const [audit] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where action = 'export' and entity = 'transferSummary' and entity_id = ${caseId}`,
    );
    expect(audit?.n).toBe(1);
  });
});

describe('consents and the access export', () => {
  it('records, shows and lets the parent revoke a consent; the caseworker sees the revocation', async () => {
    const caseworker = await as('sagsbehandler@eksempelby.dk');
    const [guardian] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id::text as id from guardians where child_id = ${childId}`,
    );
    const bad = await failure(
      caseworker.consents.record({
        childId,
        givenBy: 'guardian',
        partyKind: 'school',
        partyName: 'Eksempelby Skole',
        purpose: 'Samarbejde om trivsel',
        validFrom: '2025-01-01',
        validTo: '2024-01-01',
      }),
    );
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['guardianId', 'validTo']);
    const consent = await caseworker.consents.record({
      childId,
      givenBy: 'guardian',
      guardianId: guardian?.id,
      partyKind: 'school',
      partyName: 'Eksempelby Skole',
      purpose: 'Samarbejde om trivsel',
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    });
    expect(consent.status).toBe('active');
    await caseworker.consents.record({
      childId,
      givenBy: 'youngPerson',
      partyKind: 'health',
      partyName: 'Sundhedsplejen',
      purpose: 'Tidligere forløb',
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
    });
    const parent = await as('foraelder@eksempelby.dk');
    const mine = await parent.consents.mine();
    expect(mine.map((c) => c.status).sort()).toEqual(['active', 'expired']);
    const other = await as('foraelder2@eksempelby.dk');
    expect(await other.consents.mine()).toEqual([]);
    expect(
      (
        await failure(
          other.consents.revokeMine({ consentId: consent.id, version: consent.version }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const revoked = await parent.consents.revokeMine({
      consentId: consent.id,
      version: consent.version,
    });
    expect(revoked).toMatchObject({
      status: 'revoked',
      revokedVia: 'portal',
      revocationUnseen: true,
    });
    const seen = await caseworker.consents.forChild({ childId });
    expect(seen.find((c) => c.id === consent.id)?.revocationUnseen).toBe(true);
    const ack = await caseworker.consents.acknowledge({
      consentId: consent.id,
      version: revoked.version,
    });
    expect(ack.revocationUnseen).toBe(false);
  });

  it('exports every table row about the child, and none of another child', async () => {
    const caseworker = await as('sagsbehandler@eksempelby.dk');
    const parent = await as('foraelder@eksempelby.dk');
    await parent.plans.addComment({ childId, body: 'Vi vil gerne høres' });
    const [guardian] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id::text as id from guardians where child_id = ${childId}`,
    );
    const young = await failure(
      caseworker.access.export({ childId, requester: { kind: 'youngPerson' } }),
    );
    const [age] = await queryRows<{ years: number }>(
      handle.db,
      sql`select extract(year from age(${TODAY}::date, birth_date))::int as years from children where id = ${childId}`,
    );
    expect(young.code).toBe((age?.years ?? 0) >= 15 ? 'OK' : 'BAD_REQUEST');
    const exported = await caseworker.access.export({
      childId,
      requester: { kind: 'guardian', guardianId: guardian?.id ?? '' },
    });
    expect(exported.child).toMatchObject({ id: childId, name: NAME, cpr: CPR });
    expect(exported.requester).toEqual({ kind: 'guardian', name: GUARDIAN });
    const countOf = async (query: ReturnType<typeof sql>) =>
      (await queryRows<{ n: number }>(handle.db, query))[0]?.n ?? -1;
    const expected: Record<string, number> = {
      guardians: await countOf(
        sql`select count(*)::int as n from guardians where child_id = ${childId}`,
      ),
      cases: await countOf(sql`select count(*)::int as n from cases where child_id = ${childId}`),
      caseworkerHistory: await countOf(
        sql`select count(*)::int as n from case_assignments a join cases c on c.id = a.case_id where c.child_id = ${childId}`,
      ),
      interventions: await countOf(
        sql`select count(*)::int as n from interventions where child_id = ${childId}`,
      ),
      followUps: await countOf(
        sql`select count(*)::int as n from follow_ups f join cases c on c.id = f.case_id where c.child_id = ${childId}`,
      ),
      plans: await countOf(
        sql`select count(*)::int as n from action_plans where child_id = ${childId}`,
      ),
      planVersions: await countOf(
        sql`select count(*)::int as n from plan_publications where child_id = ${childId}`,
      ),
      comments: await countOf(
        sql`select count(*)::int as n from plan_comments where child_id = ${childId}`,
      ),
      readConfirmations: await countOf(
        sql`select count(*)::int as n from plan_read_confirmations r join plan_publications p on p.id = r.publication_id where p.child_id = ${childId}`,
      ),
      notifications: await countOf(
        sql`select count(*)::int as n from notifications where child_id = ${childId}`,
      ),
      consents: await countOf(
        sql`select count(*)::int as n from consents where child_id = ${childId}`,
      ),
      meetings: await countOf(
        sql`select count(*)::int as n from meetings where child_id = ${childId}`,
      ),
      childAssessments: await countOf(
        sql`select count(*)::int as n from child_assessments where child_id = ${childId}`,
      ),
    };
    for (const [section, n] of Object.entries(expected))
      expect((exported as unknown as Record<string, unknown[]>)[section]?.length, section).toBe(n);
    expect(expected.comments).toBeGreaterThan(0);
    expect(expected.consents).toBe(2);
    // Every table with a child_id column is covered by a section above (or is the audit log).
    const tables = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'child_id' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'action_plans',
      'audit_log',
      'cases',
      'child_assessments',
      'consents',
      'guardians',
      'interventions',
      'meetings',
      'notifications',
      'plan_comments',
      'plan_publications',
    ]);
    // The access log: every audited access to the child, the export's own row excluded (it commits with it).
    const logged = await countOf(
      sql`select count(*)::int as n from audit_log where child_id = ${childId}`,
    );
    expect(exported.accessLog.length).toBe(logged - 1);
    // None of another child's rows: every id in the export belongs to this child.
    const json = JSON.stringify(exported);
    const others = await queryRows<{ id: string }>(
      handle.db,
      sql`select id::text as id from children where id <> ${childId}`,
    );
    expect(others.some((o) => json.includes(o.id))).toBe(false);
    const exportRow = await countOf(
      sql`select count(*)::int as n from audit_log where action = 'export' and entity = 'accessExport'
        and child_id = ${childId} and criteria->>'requester' = 'guardian'`,
    );
    expect(exportRow).toBe(1);
  });
});

describe('retention and deletion', () => {
  it('previews, then removes the child with nothing personal left and the KPIs unchanged', {
    timeout: 600_000,
  }, async () => {
    const kpisBefore = await kpis(home, LATER);
    const admin = await as('administrator@eksempelby.dk', LATER);
    const policy = await admin.retention.policy();
    expect(policy).toMatchObject({
      retentionYears: 5,
      mode: 'delete',
      youngPersonAccessAge: 15,
      version: 0,
    });
    await admin.retention.savePolicy({ ...policy, version: 0 });
    const early = await as('administrator@eksempelby.dk', '2030-06-30');
    expect((await early.retention.preview()).cases.map((c) => c.caseHash)).not.toContain(
      caseHashOf(caseId),
    );
    const preview = await admin.retention.preview();
    expect(preview.cases.map((c) => c.caseHash)).toContain(caseHashOf(caseId));
    expect(preview.dryRun).toBe(true);
    expect((await occurrences(childId)).length).toBeGreaterThan(0);

    const started = performance.now();
    const run = await admin.retention.run({
      caseHashes: preview.cases.map((c) => c.caseHash),
      batchSize: 500,
    });
    console.log(
      `retention run: ${run.removed} children, ${run.cases.length} cases in ${Math.round(performance.now() - started)} ms`,
    );
    expect(run.removed).toBe(
      new Set(preview.cases.map((c) => c.caseHash)).size > 0 ? run.removed : -1,
    );
    expect(run.cases.map((c) => c.caseHash).sort()).toEqual(
      preview.cases.map((c) => c.caseHash).sort(),
    );

    for (const needle of [childId, caseId, NAME, CPR, GUARDIAN, 'foraelder@eksempelby.dk'])
      expect(await occurrences(needle), needle).toEqual([]);
    const [record] = await queryRows<{
      closed_on: string;
      mode: string;
      policy_configured_by: string | null;
    }>(
      handle.db,
      sql`select closed_on::text as closed_on, mode, policy_configured_by::text as policy_configured_by
        from deletion_records where case_hash = ${caseHashOf(caseId)}`,
    );
    expect(record).toMatchObject({ closed_on: TODAY, mode: 'delete' });
    expect(record?.policy_configured_by).not.toBeNull();
    expect(await kpis(home, LATER)).toEqual(kpisBefore);

    // A retried run removes nothing and writes no second record.
    const again = await admin.retention.run({
      caseHashes: preview.cases.map((c) => c.caseHash),
      batchSize: 500,
    });
    expect(again.removed).toBe(0);
    const [records] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from deletion_records where municipality_id = ${home}`,
    );
    expect(records?.n).toBe(run.cases.length);
    const [audited] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where entity = 'retentionRun' and action = 'delete'`,
    );
    expect(audited?.n).toBe(2);
  });

  it('never removes a case under a legal hold nor an open case, never early, and resumes after a crash', {
    timeout: 600_000,
  }, async () => {
    const [held] = await queryRows<{ id: string; version: number }>(
      handle.db,
      sql`select id::text as id, version from cases where municipality_id = ${other} and status = 'closed' order by id limit 1`,
    );
    const leader = await as(`administrator@${await slugOf(other)}.dk`, LATER);
    await leader.cases.setLegalHold({
      caseId: held?.id ?? '',
      version: held?.version ?? 0,
      hold: true,
      reason: 'Klagesag',
    });
    const openBefore = await countCases(other, 'open');
    const preview = await runRetention(handle.db, {
      today: LATER,
      dryRun: true,
      municipalityId: other,
    });
    expect(preview.cases.map((c) => c.caseHash)).not.toContain(caseHashOf(held?.id ?? ''));
    // Never early: on TODAY only cases closed more than five years before are due.
    const onToday = await runRetention(handle.db, {
      today: TODAY,
      dryRun: true,
      municipalityId: other,
    });
    expect(onToday.cases.every((c) => c.closedOn < '2020-06-30' && c.removableFrom <= TODAY)).toBe(
      true,
    );
    expect(onToday.cases.length).toBeLessThan(preview.cases.length);
    // A crash in the middle: the second child fails before commit and is rolled back whole.
    const progress: number[] = [];
    await expect(
      runRetention(handle.db, {
        today: LATER,
        municipalityId: other,
        onProgress: (p) => progress.push(p.done),
        beforeCommit: (n) => {
          if (n === 2) throw new Error('injected crash');
        },
      }),
    ).rejects.toThrow('injected crash');
    expect(progress).toEqual([1]);
    const [afterCrash] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from deletion_records where municipality_id = ${other}`,
    );
    const firstCount = afterCrash?.n ?? 0;
    expect(firstCount).toBeGreaterThan(0);
    const remaining = await runRetention(handle.db, {
      today: LATER,
      dryRun: true,
      municipalityId: other,
    });
    expect(remaining.cases.length).toBe(preview.cases.length - firstCount);
    // No half-removed child: every child still named has all its cases, none anonymised.
    const [half] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from cases c join children ch on ch.id = c.child_id
        where c.municipality_id = ${other} and c.anonymised_on is not null and ch.name <> ''`,
    );
    expect(half?.n).toBe(0);
    const resumed = await runRetention(handle.db, { today: LATER, municipalityId: other });
    expect(resumed.cases.length).toBe(remaining.cases.length);
    const [total] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from deletion_records where municipality_id = ${other}`,
    );
    expect(total?.n).toBe(preview.cases.length);
    expect(await countCases(other, 'open')).toBe(openBefore);
    const [stillHeld] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from cases where id = ${held?.id ?? ''} and legal_hold`,
    );
    expect(stillHeld?.n).toBe(1);
  });
});

async function countCases(municipalityId: string, status: 'open' | 'closed') {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from cases where municipality_id = ${municipalityId} and status = ${status}`,
  );
  return row?.n ?? 0;
}

async function slugOf(municipalityId: string) {
  const [row] = await queryRows<{ email: string }>(
    handle.db,
    sql`select email from users where municipality_id = ${municipalityId} and role = 'administrator' limit 1`,
  );
  return (row?.email ?? '').split('@')[1]?.replace(/\.dk$/, '') ?? '';
}
