import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from './auth/session-user';
import type { Context } from './context';
import { POLICY, type PolicyRole, PUBLIC_PROCEDURES } from './policy';
import { appRouter } from './root';
import { procedureTable } from './testing/procedure-table';
import { createCallerFactory, createTRPCRouter, openProcedure, procedure } from './trpc';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Audit rows the middleware wrote (a refusal of a signed-in caller is audited). */
const audited: unknown[] = [];

/** A context the middleware can judge; the procedures under test never reach the database. */
const contextAs = (role: PolicyRole | null): Context =>
  ({
    db: { execute: async (statement: unknown) => audited.push(statement) } as never,
    user: role
      ? ({ id: 'u', role, municipalityId: 'm', guardianOf: [] } as unknown as SessionUser)
      : null,
    requestId: 'test',
    isDev: false,
  }) as unknown as Context;

const codeOf = async (call: Promise<unknown>): Promise<string> =>
  call.then(
    () => 'OK',
    (error: { code?: string }) => error.code ?? 'unknown',
  );

// Real paths with their rules, and one path the policy does not know.
const router = createTRPCRouter({
  audit: { forChild: procedure.query(() => 'ok') },
  kpi: { board: openProcedure.query(({ ctx }) => ctx.user?.role ?? 'anonymous') },
  unknown: { thing: procedure.query(() => 'ok') },
});
const callerAs = (role: PolicyRole | null) => createCallerFactory(router)(contextAs(role));

describe('the policy', () => {
  it('has a rule for exactly the procedures of the router', () => {
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  it('opens only the login and the board to anonymous callers', () => {
    expect([...PUBLIC_PROCEDURES].sort()).toEqual(['auth.login', 'kpi.board']);
  });
});

describe('the authorize middleware', () => {
  it('answers the rule’s roles and refuses every other role FORBIDDEN, anonymous UNAUTHORIZED', async () => {
    expect(await callerAs('administrator').audit.forChild()).toBe('ok');
    audited.length = 0;
    for (const role of ['caseworker', 'teamLeader', 'parent', 'councilMember'] as const)
      expect([role, await codeOf(callerAs(role).audit.forChild())]).toEqual([role, 'FORBIDDEN']);
    expect(audited).toHaveLength(4);
    expect(await codeOf(callerAs(null).audit.forChild())).toBe('UNAUTHORIZED');
    expect(audited).toHaveLength(4);
  });

  it('lets anyone through an open rule, with no user for anonymous callers', async () => {
    expect(await callerAs(null).kpi.board()).toBe('anonymous');
    expect(await callerAs('parent').kpi.board()).toBe('parent');
  });

  it('refuses a procedure without a rule to every role (deny by default)', async () => {
    for (const role of [null, 'administrator', 'caseworker'] as const)
      expect([role, await codeOf(callerAs(role).unknown.thing())]).toEqual([role, 'FORBIDDEN']);
  });
});

describe('README', () => {
  it('lists every procedure with the access the policy gives', () => {
    const start = readme.indexOf('<!-- procedures:start -->');
    const end = readme.indexOf('<!-- procedures:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end).split('\n').slice(1, -1).join('\n').trim()).toBe(
      procedureTable(),
    );
  });
});
