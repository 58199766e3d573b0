import { randomUUID } from 'node:crypto';
import { appRouter } from '@trappen/api';
import { and, auditLog, cases, eq } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './testing/fixtures';
import { codeOf, errorOf, loginAs, startTestServer, type TestServer } from './testing/test-server';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startTestServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());

describe('anonymous callers', () => {
  it('are refused by every procedure except auth.login', async () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
    );
    expect(procedures.length).toBeGreaterThan(15);
    for (const [path, procedure] of procedures) {
      const response =
        procedure._def.type === 'query'
          ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent('{}')}`)
          : await fetch(`${server.url}/trpc/${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{}',
            });
      const body = (await response.json()) as { error?: { data?: { code?: string } } };
      if (path === 'auth.login') expect(body.error?.data?.code, path).toBe('BAD_REQUEST');
      else
        expect([path, response.status, body.error?.data?.code]).toEqual([
          path,
          401,
          'UNAUTHORIZED',
        ]);
    }
  });
});

describe('caseworker', () => {
  it('sees own and team cases, not another team’s cases of other caseworkers', async () => {
    const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const all = await client.cases.list.query({ scope: 'scope', pageSize: 100 });
    expect(all.items.length).toBeGreaterThan(0);
    for (const item of all.items) {
      const mine = item.caseworker?.id === f.caseworker.caseworkerId;
      expect(mine || item.team?.id === f.caseworker.teamId).toBe(true);
    }
    const mine = await client.cases.list.query({ scope: 'mine', pageSize: 100 });
    expect(mine.items.every((item) => item.caseworker?.id === f.caseworker.caseworkerId)).toBe(
      true,
    );
    expect(f.otherTeamCase).toBeDefined();
    expect(await codeOf(client.cases.get.query({ caseId: f.otherTeamCase?.id ?? '' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('gets NOT_FOUND for another municipality’s case, the same as for a random id', async () => {
    const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const other = await errorOf(
      client.cases.get.query({ caseId: f.otherMunicipalityCase?.id ?? '' }),
    );
    const random = await errorOf(client.cases.get.query({ caseId: randomUUID() }));
    expect(other.data?.code).toBe('NOT_FOUND');
    expect(other.message).toBe(random.message);
    expect(other.data?.messages).toEqual(random.data?.messages);
  });

  it('is forbidden the audit log and business cases', async () => {
    const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    expect(await codeOf(client.audit.forChild.query({ childId: f.ownCase?.childId ?? '' }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(client.businessCases.list.query())).toBe('FORBIDDEN');
    expect(await codeOf(client.plans.parentView.query({ childId: f.ownCase?.childId ?? '' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('team leader and administrator', () => {
  it('team leader sees exactly the team’s open cases', async () => {
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const page = await client.cases.list.query({ scope: 'scope', pageSize: 100 });
    const expected = await server.handle.db.$count(
      cases,
      and(eq(cases.teamId, f.caseworker.teamId ?? ''), eq(cases.status, 'open')),
    );
    expect(page.total).toBe(expected);
    expect(page.items.every((item) => item.team?.id === f.caseworker.teamId)).toBe(true);
    // A page past the end has no rows but still reports the true total.
    const beyond = await client.cases.list.query({ scope: 'scope', pageSize: 100, page: 999 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(expected);
    const overview = await client.caseload.overview.query({});
    expect(overview.caseworkers.length).toBeGreaterThan(0);
    expect(overview.total.norm).toEqual({ target: 25, max: 30 });
    // The overview names children in its violations, so it is audited as a search.
    const [audit] = await server.handle.db
      .select({ criteria: auditLog.criteria, role: auditLog.role })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'caseload'), eq(auditLog.action, 'search')));
    const named = [...new Set(overview.violations.flatMap((v) => (v.childId ? [v.childId] : [])))];
    expect(audit?.role).toBe('teamLeader');
    expect((audit?.criteria as { childIds?: string[] } | null)?.childIds?.sort()).toEqual(
      named.sort(),
    );
  });

  it('administrator sees the whole municipality and never another one', async () => {
    const { client } = await loginAs(server.url, 'administrator@eksempelby.dk');
    const page = await client.cases.list.query({ scope: 'scope', pageSize: 100 });
    const open = await server.handle.db.$count(
      cases,
      and(eq(cases.municipalityId, f.home.id), eq(cases.status, 'open')),
    );
    expect(page.total).toBe(open);
    expect(
      await codeOf(client.cases.get.query({ caseId: f.otherMunicipalityCase?.id ?? '' })),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        client.audit.forChild.query({ childId: f.otherMunicipalityCase?.childId ?? '' }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('council member', () => {
  it('is forbidden every person-level procedure and gets aggregates', async () => {
    const { client } = await loginAs(server.url, 'byraad@eksempelby.dk');
    const caseId = f.ownCase?.id ?? '';
    const childId = f.ownCase?.childId ?? '';
    expect(await codeOf(client.cases.list.query({}))).toBe('FORBIDDEN');
    expect(await codeOf(client.cases.get.query({ caseId }))).toBe('FORBIDDEN');
    expect(await codeOf(client.plans.parentView.query({ childId }))).toBe('FORBIDDEN');
    expect(await codeOf(client.audit.forChild.query({ childId }))).toBe('FORBIDDEN');
    expect(await codeOf(client.caseload.overview.query({}))).toBe('FORBIDDEN');
    expect(
      await codeOf(
        client.interventions.add.mutate({
          caseId,
          caseVersion: 1,
          code: 'family-treatment',
          startDate: '2025-06-01',
        }),
      ),
    ).toBe('FORBIDDEN');
    const board = await client.kpi.board.query({});
    expect(board.notifications.some((n) => n.label === '2015')).toBe(true);
    expect(board.spend.some((y) => y.accounts.some((a) => a.account === 'measures'))).toBe(true);
  });
});

describe('parent', () => {
  it('sees the published plan and staircase position of their own child', async () => {
    const { client } = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const children = await client.plans.myChildren.query();
    expect(children.map((c) => c.childId)).toEqual(f.parentChildren);
    expect(children.every((c) => c.hasPublishedPlan)).toBe(true);
    const view = await client.plans.parentView.query({ childId: f.parentChildren[0] ?? '' });
    expect(view.plan?.purpose.length).toBeGreaterThan(0);
    expect(view.currentStep).not.toBeNull();
    expect(view.steps.length).toBe(6);
    expect(JSON.stringify(view)).not.toMatch(/dailyRate|provider|note/);
    const two = await loginAs(server.url, 'foraelder2@eksempelby.dk');
    expect((await two.client.plans.myChildren.query()).length).toBe(2);
  });

  it('gets the same NOT_FOUND for another family’s child as for a nonexistent one, and it is audited', async () => {
    const { client } = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const otherChild = f.parent2Children[0] ?? '';
    const other = await errorOf(client.plans.parentView.query({ childId: otherChild }));
    const missing = await errorOf(client.plans.parentView.query({ childId: randomUUID() }));
    expect(other.data?.code).toBe('NOT_FOUND');
    expect(other.data?.httpStatus).toBe(404);
    expect(other.message).toBe(missing.message);
    expect(other.data?.messages).toEqual(missing.data?.messages);
    expect(other.data?.fieldErrors).toEqual(missing.data?.fieldErrors);
    expect(await codeOf(client.plans.addComment.mutate({ childId: otherChild, body: 'hej' }))).toBe(
      'NOT_FOUND',
    );
    const rows = await server.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.childId, otherChild), eq(auditLog.outcome, 'notFound')));
    expect(rows.map((r) => r.entity).sort()).toEqual(['parentView', 'planComment']);
    expect(rows.every((r) => r.role === 'parent')).toBe(true);
  });

  it('is forbidden staff procedures', async () => {
    const { client } = await loginAs(server.url, 'foraelder@eksempelby.dk');
    expect(await codeOf(client.cases.list.query({}))).toBe('FORBIDDEN');
    expect(await codeOf(client.cases.get.query({ caseId: f.ownCase?.id ?? '' }))).toBe('FORBIDDEN');
    expect(await codeOf(client.kpi.board.query({}))).toBe('FORBIDDEN');
    const staircase = await client.staircase.get.query();
    expect(staircase.interventions).toEqual([]);
  });
});
