import {
  actionPlans,
  businessCases,
  count,
  type Database,
  followUps,
  interventions,
  planComments,
  planReadConfirmations,
  users,
} from '@trappen/db';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { loginAs, type TestServer } from '../src/testing/test-server';
import {
  allProcedures,
  cookieHeader,
  type ProcedureInfo,
  rawCall,
  startSecurityServer,
} from './harness';
import { hostileString, wrongTypeFor } from './hostile-values';
import { type MatrixRole, ROLE_LOGINS, ROLE_MATRIX } from './role-matrix';

let server: TestServer;
const cookies = new Map<MatrixRole, string>();
const logged: string[] = [];
beforeAll(async () => {
  server = await startSecurityServer({
    // Errors only: every request is logged at info.
    logger: createLogger({ level: 'error', destination: { write: (line) => logged.push(line) } }),
    // Login is fuzzed too; its throttle has its own test.
    throttle: { windowMs: 60_000, perAccountAddress: 1_000_000, perAddress: 1_000_000, delayMs: 1 },
  });
  for (const role of Object.keys(ROLE_LOGINS) as MatrixRole[])
    cookies.set(role, cookieHeader((await loginAs(server.url, ROLE_LOGINS[role])).jar));
});
afterAll(() => server?.close());

/** Row counts of every table a procedure could write child or business data to. */
async function dataCounts(db: Database) {
  const tables = {
    interventions,
    followUps,
    actionPlans,
    planComments,
    planReadConfirmations,
    businessCases,
    users,
  };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}

// Logout ends the session the runs share; login is fuzzed anonymously.
const targets = () =>
  allProcedures().filter((p) => p.path !== 'auth.logout' && p.inputs.length > 0);
const callerOf = (p: ProcedureInfo): MatrixRole => ROLE_MATRIX[p.path]?.allowed[0] ?? 'caseworker';
const sampleOf = (p: ProcedureInfo) =>
  (ROLE_MATRIX[p.path]?.input(callerOf(p)) ?? {}) as Record<string, unknown>;
const call = (p: ProcedureInfo, input: unknown) =>
  rawCall(server.url, p, input, p.path === 'auth.login' ? undefined : cookies.get(callerOf(p)));

describe('bad input, property-based over every input schema (ASVS V1.5/V2.2, API8:2023)', () => {
  it('answers a field of the wrong type, an oversized array or a non-object input with BAD_REQUEST', async () => {
    const before = await dataCounts(server.handle.db);
    for (const procedure of targets()) {
      const sample = sampleOf(procedure);
      const fields = Object.keys(sample);
      const arbitrary = fields.length
        ? fc
            .constantFrom(...fields)
            .chain((field) =>
              wrongTypeFor(sample[field]).map((value) => ({ ...sample, [field]: value })),
            )
        : wrongTypeFor({}).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v));
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          const { status, body } = await call(procedure, input);
          // Node refuses a URL over its 16 KB header limit with 431 before the API sees it.
          const tooLong =
            procedure.type === 'query' && encodeURIComponent(JSON.stringify(input)).length > 16_000;
          expect([procedure.path, status, body.error?.data?.code]).toEqual(
            tooLong ? [procedure.path, 431, undefined] : [procedure.path, 400, 'BAD_REQUEST'],
          );
        }),
        { numRuns: 12, seed: 10 },
      );
    }
    expect(await dataCounts(server.handle.db)).toEqual(before);
  });

  it('never answers 500 to SQL injection, CR/LF, control characters, long strings or invalid dates, and writes nothing', async () => {
    const before = await dataCounts(server.handle.db);
    for (const procedure of targets()) {
      const sample = sampleOf(procedure);
      const stringFields = Object.keys(sample).filter((k) => typeof sample[k] === 'string');
      if (stringFields.length === 0) continue;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...stringFields), hostileString, async (field, value) => {
          const { status, body, text } = await call(procedure, { ...sample, [field]: value });
          expect([procedure.path, field, status < 500]).toEqual([procedure.path, field, true]);
          if (status >= 400)
            expect(['BAD_REQUEST', 'NOT_FOUND', 'UNAUTHORIZED']).toContain(body.error?.data?.code);
          expect(text).not.toMatch(/syntax error|pg_|drizzle|at .*\.ts:\d+/i);
        }),
        { numRuns: 15, seed: 11 },
      );
    }
    expect(await dataCounts(server.handle.db)).toEqual(before);
    expect(logged).toEqual([]);
  });

  it('ignores __proto__ and constructor keys without polluting prototypes', async () => {
    for (const procedure of targets()) {
      const sample = JSON.stringify(sampleOf(procedure));
      // Login with a cookie would replace the caller's session the next test needs.
      const cookie =
        procedure.path === 'auth.login' ? '' : (cookies.get(callerOf(procedure)) ?? '');
      const polluted = `{"__proto__":{"role":"administrator","isAdmin":true},"constructor":{"prototype":{"polluted":1}},${sample.slice(1)}`;
      const response = await fetch(
        procedure.type === 'query'
          ? `${server.url}/trpc/${procedure.path}?input=${encodeURIComponent(polluted)}`
          : `${server.url}/trpc/${procedure.path}`,
        procedure.type === 'query'
          ? { headers: { cookie } }
          : {
              method: 'POST',
              headers: {
                cookie,
                'content-type': 'application/json',
              },
              body: polluted,
            },
      );
      expect([procedure.path, response.status < 500]).toEqual([procedure.path, true]);
      expect(({} as Record<string, unknown>).role).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    const me = await fetch(`${server.url}/trpc/auth.me`, {
      headers: { cookie: cookies.get('parent') ?? '' },
    });
    expect(((await me.json()) as { result: { data: { role: string } } }).result.data.role).toBe(
      'parent',
    );
  });

  it('answers malformed JSON and an unknown procedure without a 500', async () => {
    const cookie = cookies.get('caseworker') ?? '';
    const broken = await fetch(`${server.url}/trpc/plans.save`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{"caseId": ',
    });
    expect(broken.status).toBe(400);
    const unknown = await fetch(`${server.url}/trpc/admin.dropDatabase`, { headers: { cookie } });
    expect(unknown.status).toBe(404);
    const badQuery = await fetch(`${server.url}/trpc/cases.list?input=%7B%22page`, {
      headers: { cookie },
    });
    expect(badQuery.status).toBe(400);
  });
});
