import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { allProcedures, cookieHeader, rawCall, startSecurityServer } from './harness';
import { type MatrixRole, ROLE_LOGINS, ROLE_MATRIX } from './role-matrix';

let server: TestServer;
beforeAll(async () => {
  server = await startSecurityServer();
});
afterAll(() => server?.close());

const ROLES = Object.keys(ROLE_LOGINS) as MatrixRole[];
// Logout ends and login replaces the session the other calls need: both go last.
const LAST = ['auth.logout', 'auth.login'];
const ordered = () => {
  const all = allProcedures();
  return [
    ...all.filter((p) => !LAST.includes(p.path)),
    ...LAST.map((path) => all.find((p) => p.path === path)).filter((p) => p !== undefined),
  ];
};

describe('role × procedure matrix (ASVS V8.2, API5:2023 broken function level authorization)', () => {
  it.each(ROLES)('%s: allowed procedures answer, all others FORBIDDEN', async (role) => {
    const session = await loginAs(server.url, ROLE_LOGINS[role]);
    const cookie = cookieHeader(session.jar);
    const outcomes: [string, string][] = [];
    const expected: [string, string][] = [];
    for (const procedure of ordered()) {
      const row = ROLE_MATRIX[procedure.path];
      if (!row) throw new Error(`no matrix row for ${procedure.path}`);
      const { status, body } = await rawCall(server.url, procedure, row.input(role), cookie);
      expect(status, procedure.path).toBeLessThan(500);
      const code = body.error?.data?.code ?? 'OK';
      const allowed = row.allowed.includes(role);
      outcomes.push([
        procedure.path,
        allowed ? (['FORBIDDEN', 'UNAUTHORIZED'].includes(code) ? code : 'allowed') : code,
      ]);
      expected.push([procedure.path, allowed ? 'allowed' : 'FORBIDDEN']);
    }
    expect(outcomes).toEqual(expected);
  });
});

describe('council members (ASVS V8.2.2, API3:2023 broken object property level authorization)', () => {
  it('are forbidden every person-level procedure', async () => {
    const session = await loginAs(server.url, ROLE_LOGINS.council);
    const cookie = cookieHeader(session.jar);
    const personLevel = allProcedures().filter((p) => ROLE_MATRIX[p.path]?.personLevel);
    expect(personLevel.length).toBeGreaterThan(10);
    for (const procedure of personLevel) {
      const { body } = await rawCall(
        server.url,
        procedure,
        ROLE_MATRIX[procedure.path]?.input('council'),
        cookie,
      );
      expect([procedure.path, body.error?.data?.code]).toEqual([procedure.path, 'FORBIDDEN']);
    }
  });

  it('get aggregate answers with no child, case, caseworker or person identifier in them', async () => {
    const session = await loginAs(server.url, ROLE_LOGINS.council);
    const cookie = cookieHeader(session.jar);
    const db = server.handle.db;
    const { children, cases, caseworkers, users } = await import('@trappen/db');
    const secrets = new Set<string>();
    for (const row of await db
      .select({ id: children.id, name: children.name, reference: children.reference })
      .from(children))
      for (const v of [row.id, row.name, row.reference]) secrets.add(v);
    for (const row of await db.select({ id: cases.id }).from(cases)) secrets.add(row.id);
    for (const row of await db
      .select({ id: caseworkers.id, name: caseworkers.name })
      .from(caseworkers))
      for (const v of [row.id, row.name]) secrets.add(v);
    for (const row of await db.select({ id: users.id, email: users.email }).from(users))
      for (const v of [row.id, row.email]) secrets.add(v);
    for (const path of ['kpi.board']) {
      const { status, text } = await rawCall(
        server.url,
        { path, type: 'query' },
        ROLE_MATRIX[path]?.input('council'),
        cookie,
      );
      expect([path, status]).toEqual([path, 200]);
      const leaked = [...secrets].filter((s) => s.length >= 6 && text.includes(s));
      expect([path, leaked]).toEqual([path, []]);
      // No UUID at all: aggregates are keyed by year, step, account or team name only.
      expect([
        path,
        text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i),
      ]).toEqual([path, null]);
    }
  });

  it('KPI output schema declares no identifier fields', async () => {
    const { appRouter } = await import('@trappen/api');
    const procedure = (
      appRouter._def.procedures as unknown as Record<
        string,
        { _def: { output?: { toJSONSchema?: () => unknown } } }
      >
    )['kpi.board'];
    const { z } = await import('zod');
    const schema = procedure?._def.output;
    expect(schema).toBeDefined();
    const json = JSON.stringify(
      z.toJSONSchema(schema as never, { unrepresentable: 'any', io: 'output' }),
    );
    const keys = [...json.matchAll(/"([A-Za-z]+)":\{/g)].map((m) => m[1] ?? '');
    const identifying = keys.filter((k) =>
      /^(child|case|caseworker|user|person|guardian)(Id)?$|cpr|email|birth/i.test(k),
    );
    expect(identifying).toEqual([]);
  });
});
