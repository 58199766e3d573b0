import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  codeOf,
  errorOf,
  PASSWORD,
  startTestServer,
  type TestServer,
} from './testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    throttle: { windowMs: 60_000, perAccountAddress: 3, perAddress: 1000, delayMs: 60_000 },
  });
});
afterAll(() => server?.close());

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('answers /readyz with 503 when the database is unreachable', async () => {
    const { createServer } = await import('./create-server');
    const app = createServer({
      db: server.handle.db,
      ping: () => Promise.reject(new Error('down')),
      appsDir: '/nonexistent',
    });
    const listener = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => listener.once('listening', resolve));
    const { port } = listener.address() as { port: number };
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });
});

describe('headers', () => {
  it('sends security headers, no X-Powered-By, and no-store on the API', async () => {
    const response = await fetch(`${server.url}/trpc/auth.me`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const landing = await fetch(`${server.url}/`);
    expect(await landing.text()).toContain('<html lang="da">');
  });
});

describe('sessions', () => {
  it('sets a __Host- cookie that is HttpOnly, Secure and SameSite=Lax, new at every login', async () => {
    const login = () =>
      fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'teamleder@eksempelby.dk', password: PASSWORD }),
      });
    const first = (await login()).headers.getSetCookie()[0] ?? '';
    const second = (await login()).headers.getSetCookie()[0] ?? '';
    expect(first).toMatch(/^__Host-trappen_session=/);
    expect(first).toMatch(/HttpOnly/);
    expect(first).toMatch(/Secure/);
    expect(first).toMatch(/SameSite=Lax/);
    expect(first).toMatch(/Path=\//);
    expect(first.split(';')[0]).not.toBe(second.split(';')[0]);
  });

  it('kills the session server-side at logout: the old cookie is refused', async () => {
    const session = clientFor(server.url);
    await session.client.auth.login.mutate({
      email: 'administrator@eksempelby.dk',
      password: PASSWORD,
    });
    const cookie = [...session.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    await session.client.auth.logout.mutate();
    const replay = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    expect(replay.status).toBe(401);
  });

  it('expires idle sessions', async () => {
    const { createServer } = await import('./create-server');
    const app = createServer({
      db: server.handle.db,
      ping: server.handle.ping,
      appsDir: '/nonexistent',
      sessionPolicy: { idleMs: 1, absoluteMs: 60_000 },
    });
    const listener = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => listener.once('listening', resolve));
    const { port } = listener.address() as { port: number };
    const session = clientFor(`http://127.0.0.1:${port}`);
    await session.client.auth.login.mutate({
      email: 'administrator@eksempelby.dk',
      password: PASSWORD,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await codeOf(session.client.auth.me.query())).toBe('UNAUTHORIZED');
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });
});

describe('login', () => {
  it('gives the same answer for an unknown user and a wrong password, then 429', async () => {
    const { client } = clientFor(server.url);
    const unknown = await errorOf(
      client.auth.login.mutate({ email: 'nobody@eksempelby.dk', password: 'x' }),
    );
    const wrong = await errorOf(
      client.auth.login.mutate({ email: 'byraad@eksempelby.dk', password: 'wrong' }),
    );
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.data?.code).toBe('UNAUTHORIZED');
    await codeOf(client.auth.login.mutate({ email: 'byraad@eksempelby.dk', password: 'wrong' }));
    await codeOf(client.auth.login.mutate({ email: 'byraad@eksempelby.dk', password: 'wrong' }));
    const throttled = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'byraad@eksempelby.dk', password: PASSWORD }),
    });
    expect(throttled.status).toBe(429);
  });
});

describe('CSRF', () => {
  it('refuses text/plain and foreign-origin mutations', async () => {
    const plain = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ email: 'a@b.dk', password: 'x' }),
    });
    expect(plain.status).toBe(415);
    const foreign = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'a@b.dk', password: 'x' }),
    });
    expect(foreign.status).toBe(403);
  });

  it('refuses mutations over GET', async () => {
    const response = await fetch(`${server.url}/trpc/auth.logout`);
    expect(response.status).toBe(405);
  });
});
