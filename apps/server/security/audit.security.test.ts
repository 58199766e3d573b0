import { readFileSync } from 'node:fs';
import { type SessionUser, writeAudit } from '@trappen/api';
import {
  actionPlans,
  and,
  auditLog,
  cases,
  eq,
  gt,
  interventions,
  isNull,
  queryRows,
  sql,
  users,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeAuditLog } from '../src/audit-retention';
import { fixtures } from '../src/testing/fixtures';
import { AS_OF, codeOf, loginAs, type TestServer } from '../src/testing/test-server';
import { startSecurityServer } from './harness';
import { sqlStatements } from './sql-statements';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startSecurityServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());

const db = () => server.handle.db;
/** The audit rows `action` adds. */
async function audited(action: () => Promise<unknown>) {
  const [last] = await db()
    .select({ id: auditLog.id })
    .from(auditLog)
    .orderBy(sql`id desc`)
    .limit(1);
  await action();
  return db()
    .select()
    .from(auditLog)
    .where(gt(auditLog.id, last?.id ?? 0))
    .orderBy(auditLog.id);
}
/** Runs `statement` as the app role, with `trappen.user_id` set for the transaction when given. */
const asApp = async (statement: string, sessionUser?: string) =>
  db()
    .transaction(async (tx) => {
      await tx.execute(sql`set local role trappen_app`);
      if (sessionUser)
        await tx.execute(sql`select set_config('trappen.user_id', ${sessionUser}, true)`);
      await tx.execute(sql.raw(statement));
    })
    .then(
      () => 'ok',
      (e: { cause?: { code?: string; message?: string } }) =>
        `${e.cause?.code} ${e.cause?.message}`,
    );
const userId = async (email: string) =>
  (await db().select().from(users).where(eq(users.email, email)))[0]?.id;

describe('every access to child data is audited (Datatilsynet logging guidance; ASVS V16.1/V16.3)', () => {
  it('writes one row per search, read, create and update, naming user, role, action and child', async () => {
    const childId = f.parentChildren[0] ?? '';
    const [kase] = await db().select().from(cases).where(eq(cases.childId, childId));
    const [intervention] = await db()
      .select()
      .from(interventions)
      .where(and(eq(interventions.caseId, kase?.id ?? ''), isNull(interventions.endDate)));
    const [plan] = await db()
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.caseId, kase?.id ?? ''));
    if (!kase || !intervention || !plan)
      throw new Error('the parent’s child needs a case, an intervention and a plan');
    const staff = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const parent = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const admin = await loginAs(server.url, 'administrator@eksempelby.dk');
    const steps: [string, () => Promise<unknown>, string, string][] = [
      ['search', () => staff.client.cases.list.query({ search: 'x' }), 'search', 'case'],
      ['read case', () => staff.client.cases.get.query({ caseId: kase.id }), 'read', 'case'],
      [
        'update intervention',
        () =>
          staff.client.interventions.update.mutate({
            id: intervention.id,
            version: intervention.version,
            provider: 'Audit',
          }),
        'update',
        'intervention',
      ],
      [
        'update plan',
        () =>
          staff.client.plans.save.mutate({
            caseId: kase.id,
            version: plan.version,
            purpose: 'Revideret formål',
            goals: ['Mål'],
            timeFrameFrom: AS_OF,
            timeFrameTo: '2025-12-31',
          }),
        'update',
        'plan',
      ],
      [
        'parent read',
        () => parent.client.plans.parentView.query({ childId }),
        'read',
        'parentView',
      ],
      [
        'parent comment',
        () => parent.client.plans.addComment.mutate({ childId, body: 'Tak' }),
        'create',
        'planComment',
      ],
      ['audit read', () => admin.client.audit.forChild.query({ childId }), 'read', 'audit'],
    ];
    for (const [label, action, verb, entity] of steps) {
      const rows = await audited(action);
      expect([label, rows.length]).toEqual([label, 1]);
      const [row] = rows;
      expect([label, row?.action, row?.entity, row?.outcome]).toEqual([label, verb, entity, 'ok']);
      if (label !== 'search') expect([label, row?.childId]).toEqual([label, childId]);
      expect(row?.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(row?.municipalityId).toBe(f.home.id);
    }
    const [search] = await audited(() => staff.client.cases.list.query({ search: 'Jensen' }));
    expect(search?.userId).toBe(await userId('sagsbehandler@eksempelby.dk'));
    expect(search?.criteria).toMatchObject({ search: 'Jensen' });
  });

  it('audits denied attempts too', async () => {
    const staff = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const rows = await audited(() =>
      codeOf(staff.client.cases.get.query({ caseId: f.otherMunicipalityCase?.id ?? '' })),
    );
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([['read', 'notFound']]);
  });

  it('writes the audit row in the same transaction as the change: no audit, no change', async () => {
    const [row] = await db()
      .select()
      .from(interventions)
      .where(and(eq(interventions.caseId, f.ownCase?.id ?? ''), isNull(interventions.endDate)));
    if (!row) throw new Error('no open intervention');
    await db().execute(
      sql.raw(`create function fail_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit store unavailable'; end $$`),
    );
    await db().execute(
      sql.raw(`create trigger fail_audit before insert on audit_log for each row
      when (new.entity = 'intervention') execute function fail_audit()`),
    );
    try {
      const staff = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
      const code = await codeOf(
        staff.client.interventions.update.mutate({
          id: row.id,
          version: row.version,
          provider: 'Uden spor',
        }),
      );
      expect(code).toBe('INTERNAL_SERVER_ERROR');
      const [after] = await db().select().from(interventions).where(eq(interventions.id, row.id));
      expect(after).toMatchObject({ version: row.version, provider: row.provider });
    } finally {
      await db().execute(sql.raw('drop trigger fail_audit on audit_log'));
      await db().execute(sql.raw('drop function fail_audit()'));
    }
  });
});

describe('the audit log is append-only (ASVS V16.4.2)', () => {
  it('refuses UPDATE, DELETE and TRUNCATE even to the schema owner (trigger)', async () => {
    for (const statement of [
      "update audit_log set outcome = 'ok'",
      'delete from audit_log',
      'truncate audit_log',
    ]) {
      const error = await db()
        .execute(sql.raw(statement))
        .then(
          () => null,
          (e: { cause?: { code?: string } }) => e.cause?.code,
        );
      expect([statement, error]).toEqual([statement, '42501']);
    }
  });

  it('the app role of apps/server/scripts/app-role.sql may insert and read, never update, delete or purge', async () => {
    const script = readFileSync(new URL('../scripts/app-role.sql', import.meta.url), 'utf8');
    for (const statement of sqlStatements(script)) await db().execute(sql.raw(statement));
    expect(await asApp("insert into audit_log (action, entity) values ('read', 'probe')")).toBe(
      'ok',
    );
    expect(await asApp('select count(*) from audit_log')).toBe('ok');
    expect(await asApp("update audit_log set outcome = 'ok'")).toMatch(/^42501 permission denied/);
    expect(await asApp('delete from audit_log')).toMatch(/^42501 permission denied/);
    expect(await asApp('truncate audit_log')).toMatch(/^42501 permission denied/);
    // Only the owner purges, and only with the configured period (no argument to shorten it).
    expect(await asApp('select purge_audit_log()')).toMatch(/^42501 permission denied/);
    expect(await asApp("select purge_audit_log('180 days')")).toMatch(/^42883 /);
    expect(await asApp('update audit_retention set days = 180')).toMatch(
      /^42501 permission denied/,
    );
    // PUBLIC holds no EXECUTE (a NULL ACL would mean the default: PUBLIC may execute).
    const [acl] = await queryRows<{ acl: string | null }>(
      db(),
      sql`select proacl::text as acl from pg_proc where proname = 'purge_audit_log'`,
    );
    expect(acl?.acl).toBeTruthy();
    expect(acl?.acl).not.toMatch(/(^|[{,])=X/);
  });

  it('as the app role, a row is stamped by the database: no backdating, no other user', async () => {
    const script = readFileSync(new URL('../scripts/app-role.sql', import.meta.url), 'utf8');
    for (const statement of sqlStatements(script)) await db().execute(sql.raw(statement));
    const me = (await userId('sagsbehandler@eksempelby.dk')) ?? '';
    const other = (await userId('administrator@eksempelby.dk')) ?? '';
    const backdated = `insert into audit_log (action, entity, user_id, at)
      values ('read', 'forged', '${other}', now() - interval '3 years')`;
    expect(await asApp(backdated)).toMatch(/^42501 /);
    expect(
      await asApp(
        `insert into audit_log (action, entity, user_id) values ('read', 'forged', '${other}')`,
      ),
    ).toMatch(/^42501 /);
    // Another user than the one the transaction was set to: refused.
    expect(
      await asApp(
        `insert into audit_log (action, entity, user_id) values ('read', 'forged', '${other}')`,
        me,
      ),
    ).toMatch(/^42501 /);
    expect(
      await asApp(
        `insert into audit_log (action, entity, at) values ('read', 'forged', now() - interval '1 day')`,
        me,
      ),
    ).toMatch(/^42501 /);
    expect(await db().select().from(auditLog).where(eq(auditLog.entity, 'forged'))).toEqual([]);
    // The app's own path (one statement sets the user and appends) works as the app role.
    const user = { id: me, municipalityId: f.home.id, role: 'caseworker' } as SessionUser;
    const stamped = await db()
      .transaction(async (tx) => {
        await tx.execute(sql`set local role trappen_app`);
        await writeAudit(tx, user, 'req-stamp', { action: 'read', entity: 'stamp-probe' });
      })
      .then(
        () => 'ok',
        (e: { cause?: { code?: string; message?: string } }) =>
          `${e.cause?.code} ${e.cause?.message}`,
      );
    expect(stamped).toBe('ok');
    const [row] = await db().select().from(auditLog).where(eq(auditLog.entity, 'stamp-probe'));
    expect(row?.userId).toBe(me);
    expect(Math.abs((row?.at.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });
});

describe('audit retention (Datatilsynet logging guidance: keep, then delete)', () => {
  it('purges only rows older than the configured period, and never below 180 days', async () => {
    await db().execute(sql`insert into audit_log (action, entity, at) values
      ('read', 'retention-old', now() - interval '400 days'),
      ('read', 'retention-mid', now() - interval '200 days'),
      ('read', 'retention-new', now() - interval '100 days')`);
    const left = async () =>
      (
        await db()
          .select({ entity: auditLog.entity })
          .from(auditLog)
          .where(sql`entity like 'retention-%'`)
      )
        .map((r) => r.entity)
        .sort();
    // The default: five years. The owner's purge keeps everything younger.
    const [configured] = await queryRows<{ days: number }>(
      db(),
      sql`select days from audit_retention`,
    );
    expect(configured?.days).toBe(1825);
    await db().execute(sql`select purge_audit_log()`);
    expect(await left()).toEqual(['retention-mid', 'retention-new', 'retention-old']);
    expect(await purgeAuditLog(db(), 365)).toBe(1);
    expect(await left()).toEqual(['retention-mid', 'retention-new']);
    await expect(purgeAuditLog(db(), 30)).rejects.toThrow(/at least 180/);
    const floor = await db()
      .execute(sql`update audit_retention set days = 30`)
      .then(
        () => 'ok',
        (e: { cause?: { code?: string } }) => e.cause?.code,
      );
    expect(floor).toBe('23514');
    // Setting the purge flag by hand does not open the trigger for rows inside the period.
    const forced = await db()
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('trappen.audit_purge', 'on', true)`);
        await tx.execute(sql`delete from audit_log where entity = 'retention-mid'`);
      })
      .then(
        () => 'deleted',
        (e: { cause?: { code?: string } }) => e.cause?.code,
      );
    expect(forced).toBe('42501');
    expect(await left()).toEqual(['retention-mid', 'retention-new']);
  });
});
