import { randomBytes } from 'node:crypto';
import {
  actionPlans,
  and,
  cases,
  count,
  createDatabase,
  eq,
  followUps,
  interventions,
  isNull,
  planPublications,
  seed,
  sql,
} from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server';
import { fixtures } from '../src/testing/fixtures';
import { AS_OF, codeOf, loginAs, type TestServer } from '../src/testing/test-server';
import { cookieHeader, ENGINE, listen, startSecurityServer } from './harness';
import { startTcpProxy } from './tcp-proxy';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startSecurityServer();
  f = await fixtures(server);
});
afterAll(() => server?.close());
const db = () => server.handle.db;

describe('concurrent edits (ASVS V2.3.3, API6:2023)', () => {
  it('two caseworkers saving the same plan version: one wins, the other gets CONFLICT, nothing is lost', async () => {
    const childId = f.parentChildren[0] ?? '';
    const [kase] = await db().select().from(cases).where(eq(cases.childId, childId));
    const [plan] = await db()
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.caseId, kase?.id ?? ''));
    if (!kase || !plan) throw new Error('no plan');
    const a = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const b = await loginAs(server.url, 'teamleder@eksempelby.dk');
    const save = (client: typeof a.client, purpose: string, version: number) =>
      client.plans.save.mutate({
        caseId: kase.id,
        version,
        purpose,
        goals: ['Mål'],
        timeFrameFrom: AS_OF,
        timeFrameTo: '2025-12-31',
      });
    const outcomes = await Promise.allSettled([
      save(a.client, 'Formål A', plan.version),
      save(b.client, 'Formål B', plan.version),
    ]);
    const codes = await Promise.all(
      outcomes.map((o) =>
        codeOf(o.status === 'fulfilled' ? Promise.resolve(o.value) : Promise.reject(o.reason)),
      ),
    );
    expect([...codes].sort()).toEqual(['CONFLICT', 'OK']);
    const winner = codes[0] === 'OK' ? 'Formål A' : 'Formål B';
    const [after] = await db().select().from(actionPlans).where(eq(actionPlans.id, plan.id));
    expect(after).toMatchObject({ purpose: winner, version: plan.version + 1 });
    // The loser reloads and saves on top: both edits happened, in order, none silently overwritten.
    const loser = codes[0] === 'OK' ? b.client : a.client;
    const retried = await save(loser, `${winner} + rettelse`, plan.version + 1);
    expect(retried.version).toBe(plan.version + 2);
  });

  it(`twenty parallel publications of one plan version make one publication (${ENGINE})`, async () => {
    const childId = f.parentChildren[0] ?? '';
    const [kase] = await db().select().from(cases).where(eq(cases.childId, childId));
    const [plan] = await db()
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.caseId, kase?.id ?? ''));
    if (!kase || !plan) throw new Error('no plan');
    const publicationsOf = async () =>
      db()
        .select()
        .from(planPublications)
        .where(
          and(eq(planPublications.planId, plan.id), eq(planPublications.planVersion, plan.version)),
        );
    const before = (await publicationsOf()).length;
    const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.plans.publish.mutate({ planId: plan.id, version: plan.version }),
      ),
    );
    const rows = await publicationsOf();
    expect(rows.length).toBe(Math.max(before, 1));
    // Every caller is told about the same publication: publishing one version is idempotent.
    expect(new Set(answers.map((a) => a.id))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('a multi-step mutation that fails midway leaves nothing behind', async () => {
    const [row] = await db()
      .select()
      .from(interventions)
      .where(and(eq(interventions.caseId, f.ownCase?.id ?? ''), isNull(interventions.endDate)));
    if (!row) throw new Error('no open intervention');
    const countOf = async (table: typeof followUps | typeof interventions) =>
      Number((await db().select({ n: count() }).from(table))[0]?.n ?? 0);
    const before = {
      followUps: await countOf(followUps),
      interventions: await countOf(interventions),
    };
    const [caseBefore] = await db().select().from(cases).where(eq(cases.id, row.caseId));
    // The intervention is ended and the follow-up written before the case summary is refreshed; that update fails.
    await db().execute(
      sql.raw(`create function fail_insert() returns trigger language plpgsql as $$
      begin raise exception 'disk full'; end $$`),
    );
    await db().execute(
      sql.raw(
        'create trigger fail_insert before update on cases for each row execute function fail_insert()',
      ),
    );
    try {
      const { client } = await loginAs(server.url, 'sagsbehandler@eksempelby.dk');
      const code = await codeOf(
        client.followUps.record.mutate({
          interventionId: row.id,
          interventionVersion: row.version,
          date: AS_OF,
          outcome: 'end',
          childHeard: true,
        }),
      );
      expect(code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db().execute(sql.raw('drop trigger fail_insert on cases'));
      await db().execute(sql.raw('drop function fail_insert()'));
    }
    expect({
      followUps: await countOf(followUps),
      interventions: await countOf(interventions),
    }).toEqual(before);
    const [rowAfter] = await db().select().from(interventions).where(eq(interventions.id, row.id));
    expect(rowAfter).toMatchObject({ version: row.version, endDate: null });
    const [caseAfter] = await db().select().from(cases).where(eq(cases.id, row.caseId));
    expect(caseAfter?.version).toBe(caseBefore?.version);
  });
});

describe(`database outage on ${ENGINE} (ASVS V16.5.2/V16.5.3 fail closed, API8:2023)`, () => {
  const expectCleanOutage = async (url: string, cookie: string) => {
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const response = await fetch(`${url}/trpc/cases.list?input=%7B%7D`, { headers: { cookie } });
    const text = await response.text();
    expect(response.status).toBe(503);
    const body = JSON.parse(text) as { error: { data: { code: string; requestId: string } } };
    expect(body.error.data.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.error.data.requestId).toBe(response.headers.get('x-request-id'));
    // Fails closed: no data, and no hint of the database behind it.
    expect(text).not.toMatch(/caseId|ECONNREFUSED|127\.0\.0\.1|stack|select /i);
    // Without a session there is nothing to look up: still refused.
    expect((await fetch(`${url}/trpc/cases.list?input=%7B%7D`)).status).toBe(401);
    const login = await fetch(`${url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'administrator@eksempelby.dk', password: 'trappen-demo' }),
    });
    expect(login.status).toBe(503);
    expect(login.headers.getSetCookie()).toEqual([]);
  };

  if (ENGINE === 'postgres') {
    it('answers 503 while PostgreSQL is unreachable and recovers by itself when it returns', async () => {
      const admin = new URL(process.env.TEST_DATABASE_URL ?? '');
      const name = `trappen_outage_${randomBytes(5).toString('hex')}`;
      const server0 = await createDatabase({ url: admin.toString(), maxConnections: 1 });
      await server0.db.execute(sql.raw(`create database ${name}`));
      const direct = new URL(admin);
      direct.pathname = `/${name}`;
      const setup = await createDatabase({ url: direct.toString(), maxConnections: 2 });
      await setup.migrate();
      await seed(setup.db, { municipalities: 1, scale: 0.05, asOf: AS_OF, randomSeed: 7 });
      await setup.close();
      const proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
      const viaProxy = new URL(direct);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      const handle = await createDatabase({ url: viaProxy.toString(), maxConnections: 3 });
      const app = await listen(
        createServer({
          db: handle.db,
          ping: handle.ping,
          appsDir: '/nonexistent',
          today: () => AS_OF,
          logError: () => {},
        }),
      );
      try {
        const session = await loginAs(app.url, 'administrator@eksempelby.dk');
        const cookie = cookieHeader(session.jar);
        expect(
          (await fetch(`${app.url}/trpc/cases.list?input=%7B%7D`, { headers: { cookie } })).status,
        ).toBe(200);
        await proxy.stop();
        await expectCleanOutage(app.url, cookie);
        await proxy.start();
        let ready = 0;
        for (let i = 0; i < 50 && ready !== 200; i++) {
          ready = (await fetch(`${app.url}/readyz`)).status;
          if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
        }
        expect(ready).toBe(200);
        expect(
          (await fetch(`${app.url}/trpc/cases.list?input=%7B%7D`, { headers: { cookie } })).status,
        ).toBe(200);
      } finally {
        await app.close();
        await handle.close().catch(() => {});
        await proxy.stop();
        await server0.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
        await server0.close();
      }
    });
  } else {
    it('answers 503 once the embedded database is closed, and keeps failing closed', async () => {
      const session = await loginAs(server.url, 'administrator@eksempelby.dk');
      const cookie = cookieHeader(session.jar);
      expect(
        (await fetch(`${server.url}/trpc/cases.list?input=%7B%7D`, { headers: { cookie } })).status,
      ).toBe(200);
      await server.handle.close();
      // Nothing left to close in afterAll.
      server.handle.close = async () => {};
      await expectCleanOutage(server.url, cookie);
      await expectCleanOutage(server.url, cookie);
    });
  }
});
