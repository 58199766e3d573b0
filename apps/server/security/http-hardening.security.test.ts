import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createServer } from '../src/create-server';
import { loginAs, type TestServer } from '../src/testing/test-server';
import { allProcedures, auditCount, cookieHeader, listen, startSecurityServer } from './harness';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startSecurityServer({ allowedOrigins: ['https://console.example.dk'] });
  cookie = cookieHeader((await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).jar);
});
afterAll(() => server?.close());

const post = (path: string, body: string, headers: Record<string, string>) =>
  fetch(`${server.url}/trpc/${path}`, { method: 'POST', headers: { cookie, ...headers }, body });

describe('request size and volume (ASVS V4.4, API4:2023 unrestricted resource consumption)', () => {
  it('answers a body over 100 kB with 413 and a correlation id, writing nothing', async () => {
    const before = await auditCount(server.handle.db);
    const response = await post(
      'plans.addComment',
      JSON.stringify({
        childId: '00000000-0000-4000-8000-000000000000',
        body: 'x'.repeat(200_000),
      }),
      { 'content-type': 'application/json' },
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { data: { requestId: string } } };
    expect(body.error.data.requestId).toBe(response.headers.get('x-request-id'));
    expect(await auditCount(server.handle.db)).toBe(before);
  });

  it('caps a tRPC batch at 20 calls (21 → 400)', async () => {
    const batch = (n: number) =>
      fetch(
        `${server.url}/trpc/${Array(n).fill('auth.me').join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`,
        { headers: { cookie } },
      );
    expect((await batch(20)).status).toBe(200);
    expect((await batch(21)).status).toBe(400);
  });

  it('caps every page size in every input schema, and refuses one over the cap', async () => {
    const uncapped: string[] = [];
    for (const procedure of allProcedures()) {
      for (const input of procedure.inputs) {
        const json = JSON.stringify(
          z.toJSONSchema(input as z.ZodType, { unrepresentable: 'any', io: 'input' }),
        );
        for (const match of json.matchAll(/"(pageSize|limit|perPage)":\{([^}]*)\}/g))
          if (
            !/"maximum":(\d+)/.test(match[2] ?? '') ||
            Number(/"maximum":(\d+)/.exec(match[2] ?? '')?.[1]) > 200
          )
            uncapped.push(`${procedure.path}.${match[1]}`);
      }
    }
    expect(uncapped).toEqual([]);
    const over = await fetch(
      `${server.url}/trpc/cases.list?input=${encodeURIComponent(JSON.stringify({ pageSize: 101 }))}`,
      { headers: { cookie } },
    );
    expect(over.status).toBe(400);
  });

  it('answers 429 with Retry-After once a session or an address exceeds its rate', async () => {
    const strict = await listen(
      createServer({
        db: server.handle.db,
        ping: server.handle.ping,
        appsDir: '/nonexistent',
        rateLimit: { windowMs: 60_000, perSession: 5, perIp: 8 },
      }),
    );
    try {
      const me = (c?: string) =>
        fetch(`${strict.url}/trpc/auth.me`, { headers: c ? { cookie: c } : {} });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await me(cookie)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const limited = await me(cookie);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(
        ((await limited.json()) as { error: { data: { code: string } } }).error.data.code,
      ).toBe('TOO_MANY_REQUESTS');
      // The address has made 7 requests: one more is allowed, then it is limited for everyone.
      expect((await me()).status).toBe(401);
      expect((await me()).status).toBe(429);
    } finally {
      await strict.close();
    }
  });
});

describe('CSRF and CORS (ASVS V3.5, V4.1)', () => {
  const body = JSON.stringify({ childId: '00000000-0000-4000-8000-000000000000', body: 'x' });

  it('refuses cookie-authenticated mutations sent as text/plain, form-encoded or multipart', async () => {
    const before = await auditCount(server.handle.db);
    const form = new FormData();
    form.set('body', 'x');
    const statuses = [
      (await post('plans.save', body, { 'content-type': 'text/plain' })).status,
      (
        await post('plans.save', 'childId=x&body=y', {
          'content-type': 'application/x-www-form-urlencoded',
        })
      ).status,
      (
        await fetch(`${server.url}/trpc/plans.save`, {
          method: 'POST',
          headers: { cookie },
          body: form,
        })
      ).status,
      (await post('plans.save', body, {})).status,
    ];
    expect(statuses).toEqual([415, 415, 415, 415]);
    expect(await auditCount(server.handle.db)).toBe(before);
  });

  it('refuses a mutation from a foreign Origin, allows a configured one', async () => {
    const json = { 'content-type': 'application/json' };
    const foreign = await post('auth.logout', '{}', { ...json, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const nullOrigin = await post('auth.logout', '{}', { ...json, origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const configured = await post('plans.save', body, {
      ...json,
      origin: 'https://console.example.dk',
    });
    expect(configured.status).not.toBe(403);
    expect(configured.status).toBeLessThan(500);
  });

  it('sends no CORS grant to a foreign origin, neither on a request nor a preflight', async () => {
    const origin = { origin: 'https://evil.example' };
    const simple = await fetch(`${server.url}/trpc/auth.me`, { headers: { ...origin, cookie } });
    const preflight = await fetch(`${server.url}/trpc/plans.save`, {
      method: 'OPTIONS',
      headers: {
        ...origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    for (const response of [simple, preflight]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('refuses every mutation over GET (405), so a link or image cannot write', async () => {
    const before = await auditCount(server.handle.db);
    for (const procedure of allProcedures().filter((p) => p.type === 'mutation')) {
      const response = await fetch(
        `${server.url}/trpc/${procedure.path}?input=${encodeURIComponent('{}')}`,
        {
          headers: { cookie },
        },
      );
      expect([procedure.path, response.status]).toEqual([procedure.path, 405]);
    }
    expect(await auditCount(server.handle.db)).toBe(before);
  });
});

describe('security headers (ASVS V3.4, API8:2023 security misconfiguration)', () => {
  it('sends exact values on the API, the landing page and a 404', async () => {
    for (const path of ['/trpc/auth.me', '/', '/healthz', '/no-such-page']) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
      const h = (name: string) => response.headers.get(name);
      expect([path, h('content-security-policy')]).toEqual([
        path,
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
      ]);
      const hsts = /max-age=(\d+)/.exec(h('strict-transport-security') ?? '');
      expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
      expect(h('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(h('x-content-type-options')).toBe('nosniff');
      expect(h('referrer-policy')).toBe('no-referrer');
      expect(h('x-frame-options')).toBe('DENY');
      expect(h('x-powered-by')).toBeNull();
    }
  });

  it('marks every personal-data response Cache-Control: no-store, errors included', async () => {
    const { client, jar } = await loginAs(server.url, 'foraelder@eksempelby.dk');
    const [child] = await client.plans.myChildren.query();
    const parent = cookieHeader(jar);
    for (const url of [
      `/trpc/plans.parentView?input=${encodeURIComponent(JSON.stringify({ childId: child?.childId }))}`,
      `/trpc/plans.myChildren`,
      `/trpc/auth.me`,
      `/trpc/cases.list`,
    ]) {
      const response = await fetch(`${server.url}${url}`, { headers: { cookie: parent } });
      expect([url, response.headers.get('cache-control')]).toEqual([url, 'no-store']);
    }
  });
});
