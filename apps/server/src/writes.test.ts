import {
  actionPlans,
  and,
  auditLog,
  count,
  desc,
  eq,
  interventions,
  planPublications,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './testing/fixtures';
import {
  AS_OF,
  codeOf,
  errorOf,
  loginAs,
  startTestServer,
  type TestServer,
} from './testing/test-server';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startTestServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());

const auditCount = async () =>
  (await server.handle.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
const caseworker = () => loginAs(server.url, 'sagsbehandler@eksempelby.dk');

describe('interventions', () => {
  it('adds, changes and ends an intervention, each audited', async () => {
    const { client } = await caseworker();
    const caseId = f.ownCase?.id ?? '';
    const before = await client.cases.get.query({ caseId });
    const added = await client.interventions.add.mutate({
      caseId,
      caseVersion: before.version,
      code: 'contact-person',
      startDate: '2025-06-01',
      provider: 'Ungeteamet',
    });
    expect(added.dailyRate).toBe(100);
    const changed = await client.interventions.update.mutate({
      id: added.id,
      version: added.version,
      dailyRate: 120,
    });
    expect(changed.version).toBe(added.version + 1);
    const ended = await client.interventions.end.mutate({
      id: changed.id,
      version: changed.version,
      endDate: '2025-06-20',
    });
    expect(ended.endDate).toBe('2025-06-20');
    const actions = await server.handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'intervention'), eq(auditLog.entityId, added.id)));
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('answers a stale update with CONFLICT and writes nothing', async () => {
    const one = await caseworker();
    const two = await caseworker();
    const detail = await one.client.cases.get.query({ caseId: f.ownCase?.id ?? '' });
    const target = detail.interventions.find((i) => i.endDate === null) ?? detail.interventions[0];
    if (!target) throw new Error('no intervention');
    await one.client.interventions.update.mutate({
      id: target.id,
      version: target.version,
      provider: 'Vinder',
    });
    const audits = await auditCount();
    const stale = await errorOf(
      two.client.interventions.update.mutate({
        id: target.id,
        version: target.version,
        provider: 'Taber',
      }),
    );
    expect(stale.data?.code).toBe('CONFLICT');
    expect(stale.data?.messages?.da).toMatch(/ændret/);
    const [row] = await server.handle.db
      .select()
      .from(interventions)
      .where(eq(interventions.id, target.id));
    expect(row?.provider).toBe('Vinder');
    expect(row?.version).toBe(target.version + 1);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses malformed and unknown input with field errors and writes nothing', async () => {
    const { client } = await caseworker();
    const caseId = f.ownCase?.id ?? '';
    const before = await server.handle.db.$count(interventions);
    const audits = await auditCount();
    const malformed = await errorOf(
      client.interventions.add.mutate({
        caseId: 'not-a-uuid',
        caseVersion: 0,
        code: '',
        startDate: '2025-02-30',
      }),
    );
    expect(malformed.data?.code).toBe('BAD_REQUEST');
    expect(Object.keys(malformed.data?.fieldErrors ?? {}).sort()).toEqual([
      'caseId',
      'caseVersion',
      'code',
      'startDate',
    ]);
    const detail = await client.cases.get.query({ caseId });
    const unknown = await errorOf(
      client.interventions.add.mutate({
        caseId,
        caseVersion: detail.version,
        code: 'no-such-code',
        startDate: '2025-06-01',
      }),
    );
    expect(unknown.data?.fieldErrors).toHaveProperty('code');
    const huge = await errorOf(
      client.plans.save.mutate({
        caseId,
        purpose: 'x'.repeat(5000),
        goals: ['ok'],
        timeFrameFrom: '2025-01-01',
        timeFrameTo: '2025-12-31',
      }),
    );
    expect(huge.data?.fieldErrors).toHaveProperty('purpose');
    expect(await server.handle.db.$count(interventions)).toBe(before);
    expect(await auditCount()).toBe(audits + 1);
  });

  it('refuses a body over the limit with 413', async () => {
    const { fetch: jarFetch } = await caseworker();
    const response = await jarFetch(`${server.url}/trpc/plans.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: f.ownCase?.id, purpose: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
  });
});

describe('follow-ups', () => {
  it('moves a child down a step in one transaction and updates the case list', async () => {
    const { client } = await caseworker();
    const list = await client.cases.list.query({
      scope: 'mine',
      pageSize: 100,
      sortBy: 'step',
      sortDirection: 'desc',
    });
    const placed = list.items.find((i) => (i.currentStep?.rank ?? 0) >= 4);
    if (!placed) throw new Error('no placed child');
    const detail = await client.cases.get.query({ caseId: placed.caseId });
    const active = detail.interventions.find((i) => i.endDate === null);
    if (!active) throw new Error('no active intervention');
    const result = await client.followUps.record.mutate({
      interventionId: active.id,
      interventionVersion: active.version,
      date: AS_OF,
      outcome: 'stepDown',
      childHeard: true,
      nextDate: '2025-09-30',
      next: { code: 'family-treatment', provider: 'Familiehuset' },
    });
    expect(result.nextIntervention?.code).toBe('family-treatment');
    const after = await client.cases.get.query({ caseId: placed.caseId });
    expect(after.currentStep).toEqual({ id: 'home-based', rank: 3 });
    expect(after.nextFollowUp).toBe('2025-09-30');
    expect(after.followUps[0]?.outcome).toBe('stepDown');
  });

  it('refuses a "step down" to a higher step, and writes nothing', async () => {
    const { client } = await caseworker();
    const detail = await client.cases.get.query({ caseId: f.ownCase?.id ?? '' });
    const active = detail.interventions.find((i) => i.endDate === null);
    if (!active) throw new Error('no active intervention');
    const error = await errorOf(
      client.followUps.record.mutate({
        interventionId: active.id,
        interventionVersion: active.version,
        date: AS_OF,
        outcome: 'stepDown',
        childHeard: false,
        next: { code: 'secure-institution' },
      }),
    );
    expect(error.data?.fieldErrors).toHaveProperty('next.code');
    const again = await client.cases.get.query({ caseId: f.ownCase?.id ?? '' });
    expect(again.followUps.length).toBe(detail.followUps.length);
  });
});

describe('plans', () => {
  it('publishes to the parent, who sees only the published version, comments and confirms', async () => {
    const parentChild = f.parentChildren[0] ?? '';
    const [plan] = await server.handle.db
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.childId, parentChild));
    if (!plan) throw new Error('no plan');
    const staff = await loginAs(server.url, 'administrator@eksempelby.dk');
    const saved = await staff.client.plans.save.mutate({
      caseId: plan.caseId,
      version: plan.version,
      purpose: 'Et nyt formål, kun et udkast',
      goals: ['Mål A'],
      timeFrameFrom: '2025-07-01',
      timeFrameTo: '2025-12-31',
    });
    const parent = await loginAs(server.url, 'foraelder@eksempelby.dk');
    expect(
      (await parent.client.plans.parentView.query({ childId: parentChild })).plan?.purpose,
    ).not.toBe(saved.purpose);
    const stale = await codeOf(
      staff.client.plans.publish.mutate({ planId: saved.id, version: plan.version }),
    );
    expect(stale).toBe('CONFLICT');
    await staff.client.plans.publish.mutate({ planId: saved.id, version: saved.version });
    const view = await parent.client.plans.parentView.query({ childId: parentChild });
    expect(view.plan?.purpose).toBe('Et nyt formål, kun et udkast');
    expect(view.plan?.readByMe).toBeNull();
    await parent.client.plans.addComment.mutate({
      childId: parentChild,
      body: 'Vi vil gerne tale om skolen.',
    });
    await parent.client.plans.confirmRead.mutate({ childId: parentChild });
    const reread = await parent.client.plans.parentView.query({ childId: parentChild });
    expect(reread.plan?.readByMe).not.toBeNull();
    expect(reread.ownComments[0]?.body).toBe('Vi vil gerne tale om skolen.');
    const detail = await staff.client.cases.get.query({ caseId: plan.caseId });
    expect(detail.parentComments[0]?.body).toBe('Vi vil gerne tale om skolen.');
    expect(detail.readConfirmations.length).toBe(1);
    expect(
      await server.handle.db.$count(planPublications, eq(planPublications.childId, parentChild)),
    ).toBeGreaterThan(1);
  });
});

describe('audit', () => {
  it('records reads and searches with criteria, and lets the administrator list who accessed a child', async () => {
    const { client } = await caseworker();
    await client.cases.list.query({ search: 'Jensen', pageSize: 10 });
    const [search] = await server.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'search'), eq(auditLog.userId, f.caseworker.id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(search?.criteria).toMatchObject({ search: 'Jensen' });
    await client.cases.get.query({ caseId: f.ownCase?.id ?? '' });
    const admin = await loginAs(server.url, 'administrator@eksempelby.dk');
    const trail = await admin.client.audit.forChild.query({ childId: f.ownCase?.childId ?? '' });
    expect(
      trail.items.some(
        (row) =>
          row.userId === f.caseworker.id && row.action === 'read' && row.role === 'caseworker',
      ),
    ).toBe(true);
  });
});
