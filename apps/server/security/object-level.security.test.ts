import { randomUUID } from 'node:crypto';
import type { AppRouter } from '@trappen/api';
import {
  and,
  businessCases,
  cases,
  eq,
  guardians,
  interventions,
  isNull,
  or,
  planComments,
  users,
} from '@trappen/db';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../src/testing/fixtures';
import { cookieFetch, loginAs, PASSWORD, type TestServer } from '../src/testing/test-server';
import { auditCount, startSecurityServer } from './harness';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startSecurityServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());

/** A client that sends every call of one tick in one batched HTTP request. */
async function batchedLogin(email: string) {
  const cookies = cookieFetch();
  const client = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${server.url}/trpc`, fetch: cookies.fetch })],
  });
  await client.auth.login.mutate({ email, password: PASSWORD });
  return client;
}

/** The visible shape of a denial, without what differs per request (correlation id). */
function denial(outcome: PromiseSettledResult<unknown>) {
  if (outcome.status === 'fulfilled') return { leaked: outcome.value };
  const error = outcome.reason as TRPCClientError<AppRouter>;
  if (!(error instanceof TRPCClientError)) throw error;
  const { requestId: _id, ...data } = (error.data ?? {}) as unknown as Record<string, unknown>;
  return { message: error.message, data };
}

/** Every open case of the home municipality matching `where`, as a sorted id list. */
async function caseIds(where: ReturnType<typeof and>) {
  const rows = await server.handle.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'open'), where));
  return rows.map((r) => r.id).sort();
}

/** Every case id the user sees in `cases.list` (all pages). */
async function listedIds(email: string) {
  const { client } = await loginAs(server.url, email);
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await client.cases.list.query({ scope: 'scope', pageSize: 100, page });
    ids.push(...result.items.map((i) => i.caseId));
    if (page * 100 >= result.total) break;
  }
  return ids.sort();
}

describe('parents see only their own children (ASVS V8.2.2, API1:2023 BOLA)', () => {
  it('answer another child, a random id and a sibling without guardianship identically, also batched', async () => {
    const [own, sibling] = f.parent2Children;
    if (!own || !sibling) throw new Error('foraelder2 should have two children');
    // The sibling loses its guardianship: from now on it is someone else's child.
    await server.handle.db
      .delete(guardians)
      .where(
        and(
          eq(guardians.childId, sibling),
          eq(guardians.userId, await userId('foraelder2@eksempelby.dk')),
        ),
      );
    const client = await batchedLogin('foraelder2@eksempelby.dk');
    const otherChild = f.parentChildren[0] ?? '';
    const before = await auditCount(server.handle.db);
    const outcomes = await Promise.allSettled([
      client.plans.parentView.query({ childId: own }),
      client.plans.parentView.query({ childId: otherChild }),
      client.plans.parentView.query({ childId: randomUUID() }),
      client.plans.parentView.query({ childId: sibling }),
      client.plans.addComment.mutate({ childId: sibling, body: 'x' }),
      client.plans.confirmRead.mutate({ childId: otherChild }),
    ]);
    expect(outcomes[0]?.status).toBe('fulfilled');
    const [other, random, siblingView] = outcomes.slice(1, 4).map(denial);
    expect(other).toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect(random).toEqual(other);
    expect(siblingView).toEqual(other);
    for (const write of outcomes.slice(4).map(denial))
      expect(write).toMatchObject({
        data: { code: 'NOT_FOUND' },
        message: (other as { message: string }).message,
      });
    // Every attempt leaves a trace for the data protection officer.
    expect(await auditCount(server.handle.db)).toBe(before + 6);
    const children = await client.plans.myChildren.query();
    expect(children.map((c) => c.childId)).toEqual([own]);
  });

  it('lists only their own children', async () => {
    const { client } = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const listed = (await client.plans.myChildren.query()).map((c) => c.childId).sort();
    expect(listed).toEqual([...f.parentChildren].sort());
  });
});

async function userId(email: string) {
  const [row] = await server.handle.db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(email);
  return row.id;
}

describe('caseworker and leader scope, tenant isolation (ASVS V8.2.2, API1:2023)', () => {
  it('gives each staff role exactly its own result set in two municipalities × two teams', async () => {
    const cw = f.caseworker;
    const cw2 = f.caseworker2;
    expect(cw.teamId).not.toBe(cw2.teamId);
    const home = eq(cases.municipalityId, f.home.id);
    const expectations: [string, Promise<string[]>][] = [
      [
        'sagsbehandler@eksempelby.dk',
        caseIds(
          and(
            home,
            or(eq(cases.caseworkerId, cw.caseworkerId ?? ''), eq(cases.teamId, cw.teamId ?? '')),
          ),
        ),
      ],
      [
        'sagsbehandler2@eksempelby.dk',
        caseIds(
          and(
            home,
            or(eq(cases.caseworkerId, cw2.caseworkerId ?? ''), eq(cases.teamId, cw2.teamId ?? '')),
          ),
        ),
      ],
      ['teamleder@eksempelby.dk', caseIds(and(home, eq(cases.teamId, cw.teamId ?? '')))],
      ['administrator@eksempelby.dk', caseIds(home)],
      [`administrator@${f.otherDomain}`, caseIds(eq(cases.municipalityId, f.other.id))],
    ];
    for (const [email, expected] of expectations) {
      const want = await expected;
      expect(want.length, email).toBeGreaterThan(0);
      expect([email, await listedIds(email)]).toEqual([email, want]);
    }
    const team1 = new Set(await listedIds('sagsbehandler@eksempelby.dk'));
    const team2 = await listedIds('sagsbehandler2@eksempelby.dk');
    expect(team2.filter((id) => team1.has(id))).toEqual([]);
  });

  it('hides other teams’ and other municipalities’ cases behind NOT_FOUND, like a random id', async () => {
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const codes = await Promise.all(
      [f.otherTeamCase?.id, f.otherMunicipalityCase?.id, randomUUID()].map((caseId) =>
        client.cases.get.query({ caseId: caseId ?? '' }).then(
          () => 'OK',
          (e: TRPCClientError<AppRouter>) => `${e.data?.code}: ${e.message}`,
        ),
      ),
    );
    expect(new Set(codes).size).toBe(1);
    expect(codes[0]).toMatch(/^NOT_FOUND/);
  });

  it('stops an administrator at the municipality border (audit trail and caseload)', async () => {
    const { client } = await loginAs(server.url, `administrator@${f.otherDomain}`);
    const result = await client.audit.forChild.query({ childId: f.ownCase?.childId ?? '' }).then(
      () => 'OK',
      (e: TRPCClientError<AppRouter>) => e.data?.code,
    );
    expect(result).toBe('NOT_FOUND');
    const overview = await client.caseload.overview.query({ teamId: cw1Team() });
    expect(overview.caseworkers.map((c) => c.caseworkerId)).not.toContain(
      f.caseworker.caseworkerId,
    );
  });
});

const cw1Team = () => f.caseworker.teamId ?? randomUUID();

describe('mass assignment (ASVS V15.3.3, API3:2023)', () => {
  const extras = () => ({
    municipalityId: f.other.id,
    ownerId: randomUUID(),
    authorId: randomUUID(),
    role: 'administrator',
    caseworkerId: randomUUID(),
    version: 999,
  });

  it('ignores municipalityId, ownerId and role on an intervention update', async () => {
    const [row] = await server.handle.db
      .select()
      .from(interventions)
      .where(and(eq(interventions.caseId, f.ownCase?.id ?? ''), isNull(interventions.endDate)));
    if (!row) throw new Error('own case has no open intervention');
    const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const { version: _v, ...rest } = extras();
    await client.interventions.update.mutate({
      id: row.id,
      version: row.version,
      provider: 'Ny leverandør',
      ...rest,
    } as never);
    const [after] = await server.handle.db
      .select()
      .from(interventions)
      .where(eq(interventions.id, row.id));
    expect(after).toMatchObject({
      municipalityId: row.municipalityId,
      caseId: row.caseId,
      childId: row.childId,
      provider: 'Ny leverandør',
      version: row.version + 1,
    });
    const [owner] = await server.handle.db.select().from(cases).where(eq(cases.id, row.caseId));
    expect(owner?.caseworkerId).toBe(f.ownCase?.caseworkerId);
  });

  it('ignores municipalityId, authorId and version on a parent comment', async () => {
    const { client } = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const childId = f.parentChildren[0] ?? '';
    const comment = await client.plans.addComment.mutate({
      childId,
      body: 'Vi er enige',
      ...extras(),
    } as never);
    const [row] = await server.handle.db
      .select()
      .from(planComments)
      .where(eq(planComments.id, comment.id));
    expect(row).toMatchObject({
      municipalityId: f.home.id,
      authorId: await userId('foraelder@eksempelby.dk'),
      childId,
    });
  });

  it('ignores role at login and municipalityId/version on a new business case', async () => {
    const { client } = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const relogin = await client.auth.login.mutate({
      email: 'foraelder@eksempelby.dk',
      password: PASSWORD,
      role: 'administrator',
    } as never);
    expect(relogin.user.role).toBe('parent');
    const leader = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const [existing] = await server.handle.db
      .select()
      .from(businessCases)
      .where(eq(businessCases.municipalityId, f.home.id))
      .limit(1);
    if (!existing) throw new Error('no seeded business case');
    const definition = { ...(existing.definition as object), name: 'Massetildeling' };
    const saved = await leader.client.businessCases.save.mutate({
      definition,
      municipalityId: f.other.id,
      ownerId: randomUUID(),
    } as never);
    const [row] = await server.handle.db
      .select()
      .from(businessCases)
      .where(eq(businessCases.id, saved.id));
    expect(row).toMatchObject({
      municipalityId: f.home.id,
      version: 1,
      updatedBy: await userId('teamleder@eksempelby.dk'),
    });
  });
});
