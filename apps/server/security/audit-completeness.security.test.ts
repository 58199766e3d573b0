import { randomUUID } from 'node:crypto';
import { and, auditLog, eq, gt, interventions, isNull, sql, users } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../src/testing/fixtures';
import { codeOf, loginAs, type TestServer } from '../src/testing/test-server';
import { rawCall, startSecurityServer } from './harness';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startSecurityServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());
const db = () => server.handle.db;

const lastAuditId = async () =>
  (await db().select({ id: auditLog.id }).from(auditLog).orderBy(sql`id desc`).limit(1))[0]?.id ??
  0;
const rowsSince = (id: number) =>
  db().select().from(auditLog).where(gt(auditLog.id, id)).orderBy(auditLog.id);
const idOf = async (email: string) =>
  (await db().select().from(users).where(eq(users.email, email)))[0]?.id ?? '';

describe('the audit log holds exactly the accesses of a day of work (Datatilsynet logging guidance)', () => {
  it('derives the (user, child) accesses from the requests a scripted day makes and finds exactly them', async () => {
    const start = await lastAuditId();
    const expected = new Set<string>();
    const saw = (email: string, childId: string) => expected.add(`${email} ${childId}`);
    const worker = 'sagsbehandler@eksempelby.dk';
    const leader = 'teamleder@eksempelby.dk';
    const parentEmail = 'foraelder@eksempelby.dk';
    const adminEmail = 'administrator@eksempelby.dk';
    const staff = await loginAs(server.url, worker);
    const lead = await loginAs(server.url, leader);
    const parent = await loginAs(server.url, parentEmail);
    const admin = await loginAs(server.url, adminEmail);

    // Morning: the caseworker's list, a second page, a search that finds nothing, a case.
    for (const input of [{}, { page: 2 }, { search: 'ingen-saadan-person' }]) {
      const page = await staff.client.cases.list.query(input);
      for (const item of page.items) saw(worker, item.childId);
    }
    const own = await staff.client.cases.get.query({ caseId: f.ownCase?.id ?? '' });
    saw(worker, own.child.id);
    const [open] = await db()
      .select()
      .from(interventions)
      .where(and(eq(interventions.caseId, own.caseId), isNull(interventions.endDate)));
    if (open) {
      await staff.client.interventions.update.mutate({
        id: open.id,
        version: open.version,
        provider: 'Dagens leverandør',
      });
      saw(worker, own.child.id);
    }
    // Denied: another team's case (read and write) and a role-forbidden call reach no child data.
    expect(await codeOf(staff.client.cases.get.query({ caseId: f.otherTeamCase?.id ?? '' }))).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(staff.client.businessCases.list.query())).toBe('FORBIDDEN');
    // The team leader searches by name and by a CPR number, and reads a case of the team.
    for (const search of ['a', '010203-1234']) {
      const page = await lead.client.cases.list.query({ search, scope: 'scope' });
      for (const item of page.items) saw(leader, item.childId);
    }
    const teamCase = await lead.client.cases.get
      .query({ caseId: f.otherTeamCase?.id ?? '' })
      .catch(() => null);
    if (teamCase) saw(leader, teamCase.child.id);
    // The parent's children, and one child's page.
    for (const child of await parent.client.plans.myChildren.query())
      saw(parentEmail, child.childId);
    const childId = f.parentChildren[0] ?? '';
    await parent.client.plans.parentView.query({ childId });
    saw(parentEmail, childId);
    // The administrator reads the child's access report, and looks for an unknown child.
    await admin.client.audit.forChild.query({ childId });
    saw(adminEmail, childId);
    expect(await codeOf(admin.client.audit.forChild.query({ childId: randomUUID() }))).toBe(
      'NOT_FOUND',
    );

    const emailOf = new Map<string, string>();
    for (const email of [worker, leader, parentEmail, adminEmail])
      emailOf.set(await idOf(email), email);
    const rows = await rowsSince(start);
    const logged = new Set(
      rows
        .filter((r) => r.childId !== null && r.outcome === 'ok')
        .map((r) => `${emailOf.get(r.userId ?? '') ?? r.userId} ${r.childId}`),
    );
    expect(expected.size).toBeGreaterThan(10);
    expect([...logged].sort()).toEqual([...expected].sort());
    // No audit row names a child with a CPR number typed into a search.
    expect(JSON.stringify(rows.map((r) => r.criteria))).not.toContain('010203-1234');
    expect(JSON.stringify(rows.map((r) => r.criteria))).toContain('••••••-••••');
  });
});

describe('refused and anonymous events are audited', () => {
  it('writes a row for a denied write on another team’s case, a role-forbidden call, a failed login, a logout and an unknown child', async () => {
    const staff = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const [theirs] = await db()
      .select()
      .from(interventions)
      .where(
        and(eq(interventions.caseId, f.otherTeamCase?.id ?? ''), isNull(interventions.endDate)),
      );
    if (!theirs) throw new Error('the other team’s case needs an open intervention');
    const events: [string, () => Promise<unknown>, Partial<typeof auditLog.$inferSelect>][] = [
      [
        'denied write',
        () =>
          codeOf(
            staff.client.interventions.update.mutate({
              id: theirs.id,
              version: theirs.version,
              provider: 'Ikke min',
            }),
          ),
        {
          action: 'denied',
          entity: 'interventions.update',
          entityId: theirs.id,
          outcome: 'notFound',
        },
      ],
      [
        'role-forbidden',
        () => codeOf(staff.client.businessCases.list.query()),
        { action: 'denied', entity: 'businessCases.list', outcome: 'forbidden' },
      ],
      [
        'failed login',
        () =>
          rawCall(
            server.url,
            { path: 'auth.login', type: 'mutation' },
            {
              email: 'sagsbehandler@eksempelby.dk',
              password: 'forkert',
            },
          ),
        { action: 'login', entity: 'session', outcome: 'failed', userId: null },
      ],
      [
        'unknown child',
        async () => {
          const admin = await loginAs(server.url, 'administrator@eksempelby.dk');
          return codeOf(admin.client.audit.forChild.query({ childId: randomUUID() }));
        },
        { action: 'read', entity: 'audit', outcome: 'notFound' },
      ],
      [
        'logout',
        () => staff.client.auth.logout.mutate(),
        { action: 'logout', entity: 'session', outcome: 'ok' },
      ],
    ];
    for (const [label, action, expected] of events) {
      const start = await lastAuditId();
      await action();
      const rows = (await rowsSince(start)).filter(
        (r) => r.action !== 'login' || label === 'failed login',
      );
      expect([label, rows.length]).toEqual([label, 1]);
      expect([label, rows[0]]).toMatchObject([label, expected]);
      expect(rows[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
