import { createHash } from 'node:crypto';
import { eq, guardians, sessions, sql, users } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../src/testing/fixtures';
import { codeOf, loginAs, PASSWORD, type TestServer } from '../src/testing/test-server';
import { startSecurityServer } from './harness';

let server: TestServer;
let f: Awaited<ReturnType<typeof fixtures>>;
beforeAll(async () => {
  server = await startSecurityServer({
    throttle: { windowMs: 60_000, perAccountAddress: 3, perAddress: 8, delayMs: 60_000 },
    sessionPolicy: { idleMs: 60_000, absoluteMs: 120_000 },
  });
  f = await fixtures(server);
});
afterAll(() => server?.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
const me = (cookie: string) => fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
const cookieOf = (response: Response) =>
  (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';

describe('session cookie (ASVS V7.1, V3.3)', () => {
  it('is __Host-, HttpOnly, Secure, SameSite=Lax, Path=/, with no Domain', async () => {
    const line =
      (await login('administrator@eksempelby.dk', PASSWORD)).headers.getSetCookie()[0] ?? '';
    const attributes = line.split(';').map((p) => p.trim());
    expect(attributes[0]).toMatch(/^__Host-trappen_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']),
    );
    expect(line).not.toMatch(/Domain=/i);
  });

  it('gets a new id at every login, and a planted id is worthless afterwards', async () => {
    const first = cookieOf(await login('administrator@eksempelby.dk', PASSWORD));
    const second = cookieOf(
      await login('administrator@eksempelby.dk', PASSWORD, { cookie: first }),
    );
    expect(second).not.toBe(first);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
  });

  it('is refused after logout (the server forgets it)', async () => {
    const cookie = cookieOf(await login('administrator@eksempelby.dk', PASSWORD));
    const logout = await fetch(`${server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(logout.headers.getSetCookie()[0]).toMatch(/Max-Age=0/);
    expect((await me(cookie)).status).toBe(401);
  });

  it('expires after the idle timeout and after the absolute timeout', async () => {
    const idle = cookieOf(await login('teamleder@eksempelby.dk', PASSWORD));
    const absolute = cookieOf(await login('administrator@eksempelby.dk', PASSWORD));
    // The database keeps only the SHA-256 of the token (see auth/token.ts).
    const hash = async (cookie: string) =>
      createHash('sha256')
        .update(decodeURIComponent(cookie.split('=')[1] ?? ''))
        .digest('base64url');
    // Move the clock of the stored sessions instead of waiting.
    await server.handle.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '61 seconds'` })
      .where(eq(sessions.tokenHash, await hash(idle)));
    await server.handle.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.tokenHash, await hash(absolute)));
    expect((await me(idle)).status).toBe(401);
    expect((await me(absolute)).status).toBe(401);
  });
});

describe('privilege changes take effect on the next request (ASVS V7.4.2)', () => {
  it('a revoked role and a disabled user lose access at once', async () => {
    const session = await loginAs(server.url, 'sagsbehandler2@eksempelby.dk');
    expect(await codeOf(session.client.cases.list.query({}))).toBe('OK');
    await server.handle.db
      .update(users)
      .set({ role: 'councilMember' })
      .where(eq(users.email, 'sagsbehandler2@eksempelby.dk'));
    expect(await codeOf(session.client.cases.list.query({}))).toBe('FORBIDDEN');
    await server.handle.db
      .update(users)
      .set({ disabled: true })
      .where(eq(users.email, 'sagsbehandler2@eksempelby.dk'));
    expect(await codeOf(session.client.auth.me.query())).toBe('UNAUTHORIZED');
  });

  it('a removed guardianship hides the child at once', async () => {
    const session = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const childId = f.parentChildren[0] ?? '';
    expect(await codeOf(session.client.plans.parentView.query({ childId }))).toBe('OK');
    await server.handle.db.delete(guardians).where(eq(guardians.childId, childId));
    expect(await codeOf(session.client.plans.parentView.query({ childId }))).toBe('NOT_FOUND');
  });
});

interface LoginError {
  error: { message: string; data: { code: string; httpStatus: number; messages: unknown } };
}

describe('login throttling and user enumeration (ASVS V6.3, V6.1, API2:2023)', () => {
  it('answers an unknown user and a wrong password the same, in similar time', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await login(email, 'wrong-password', { 'x-test': email });
      return {
        ms: performance.now() - started,
        status: response.status,
        body: (await response.json()) as LoginError,
      };
    };
    const samples: { unknown: number[]; wrong: number[] } = { unknown: [], wrong: [] };
    let shape: unknown[] = [];
    for (const i of [1, 2]) {
      const unknown = await timed(`nobody${i}@eksempelby.dk`);
      const wrong = await timed(i === 1 ? 'byraad@eksempelby.dk' : 'teamleder@eksempelby.dk');
      samples.unknown.push(unknown.ms);
      samples.wrong.push(wrong.ms);
      const strip = (b: LoginError) => [
        b.error.message,
        b.error.data.code,
        b.error.data.httpStatus,
        b.error.data.messages,
      ];
      shape = [strip(unknown.body), unknown.status];
      expect([strip(wrong.body), wrong.status]).toEqual(shape);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    // Both paths run one scrypt verification; a missing user must not answer markedly faster.
    expect(median(samples.unknown)).toBeGreaterThan(median(samples.wrong) * 0.4);
  });

  it('answers 429 per account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) await login('administrator@eksempelby.dk', 'wrong');
    const blocked = await login('administrator@eksempelby.dk', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.getSetCookie()).toEqual([]);
  });

  it('answers 429 per address across many accounts', async () => {
    // The address has used some of its 8 failures above; spread the rest over fresh accounts.
    let last = 0;
    for (let i = 0; i < 10; i++) last = (await login(`spray${i}@eksempelby.dk`, 'wrong')).status;
    expect(last).toBe(429);
  });
});
