import { municipalities, ruleSets, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../src/testing/test-server';
import { ANONYMOUS_ALLOWED, allProcedures, rawCall, startSecurityServer } from './harness';
import { PUBLIC_BOARD_CODE, ROLE_MATRIX } from './role-matrix';

let server: TestServer;
beforeAll(async () => {
  server = await startSecurityServer();
  // One board made public, so the open `kpi.board` has something to show anonymous callers.
  await server.handle.db
    .update(ruleSets)
    .set({
      rules: sql`coalesce(${ruleSets.rules}, '{}'::jsonb) || '{"board":{"public":true}}'::jsonb`,
    })
    .where(
      sql`${ruleSets.municipalityId} = (select ${municipalities.id} from ${municipalities} where ${municipalities.code} = ${PUBLIC_BOARD_CODE})`,
    );
});
afterAll(() => server?.close());

/** What an anonymous caller sends: the row's anonymous input (open rules), else its input. */
const anonymousInput = (path: string): unknown => {
  const row = ROLE_MATRIX[path];
  return row?.anonymousInput ? row.anonymousInput() : row?.input('parent');
};

describe('deny by default (ASVS V8.1, API1/API5:2023)', () => {
  it('finds every procedure of the router, each with a row in the role matrix', () => {
    const paths = allProcedures().map((p) => p.path);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths).toEqual(Object.keys(ROLE_MATRIX).sort());
  });

  it('answers anonymous callers on exactly the procedures the policy opens', async () => {
    expect(ANONYMOUS_ALLOWED).toEqual(expect.arrayContaining(['auth.login', 'kpi.board']));
    const answered: string[] = [];
    for (const procedure of allProcedures()) {
      const input = anonymousInput(procedure.path);
      const { status, body } = await rawCall(server.url, procedure, input);
      expect(status, procedure.path).toBeLessThan(500);
      if (body.error?.data?.code !== 'UNAUTHORIZED') answered.push(procedure.path);
    }
    expect(answered).toEqual([...ANONYMOUS_ALLOWED].sort());
  });

  it('refuses every procedure to anonymous callers except the explicit allow-list', async () => {
    for (const procedure of allProcedures()) {
      const input = anonymousInput(procedure.path);
      const { status, body } = await rawCall(server.url, procedure, input);
      const code = body.error?.data?.code;
      if (ANONYMOUS_ALLOWED.includes(procedure.path))
        expect([procedure.path, code]).not.toEqual([procedure.path, 'UNAUTHORIZED']);
      else expect([procedure.path, status, code]).toEqual([procedure.path, 401, 'UNAUTHORIZED']);
    }
  });

  it('refuses a forged, an empty and an overlong session cookie like no cookie', async () => {
    const me = { path: 'auth.me', type: 'query' as const };
    for (const cookie of [
      '__Host-trappen_session=forged-token',
      '__Host-trappen_session=',
      `__Host-trappen_session=${'a'.repeat(5000)}`,
      'trappen_session=dev-cookie-name-in-production',
    ]) {
      const { status, body } = await rawCall(server.url, me, undefined, cookie);
      expect([cookie.slice(0, 40), status, body.error?.data?.code]).toEqual([
        cookie.slice(0, 40),
        401,
        'UNAUTHORIZED',
      ]);
    }
  });
});
