import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, PASSWORD, type TestServer } from '../src/testing/test-server';
import { cookieHeader, startSecurityServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startSecurityServer();
});
afterAll(() => server?.close());

/** Posts `body` over a plain socket and resolves with the status (0 when the server cut the upload). */
function post(path: string, body: Buffer, cookie?: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** A JSON import call of about `megabytes` MB (one shared buffer, so the client adds little memory). */
const importBody = (megabytes: number) =>
  Buffer.from(
    JSON.stringify({
      kind: 'children',
      csv: 'x'.repeat(megabytes * 1024 * 1024),
      idempotencyKey: 'pre-auth-key-0001',
    }),
  );

describe('pre-authentication resource use (ASVS V4.4, API4:2023)', () => {
  it('answers 40 parallel anonymous 7 MB import posts quickly without buffering them', async () => {
    const body = importBody(7);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(i % 2 === 0 ? '/trpc/imports.run' : '/trpc/imports.dryRun', body),
      ),
    );
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    const grownMb = (peak - baseline) / 1024 / 1024;
    expect(statuses.filter((s) => s !== 401 && s !== 413)).toEqual([]);
    expect(grownMb).toBeLessThan(120);
    // Refused before reading: seconds, even on a loaded machine (the buffered version took as long but grew by hundreds of MB).
    expect(elapsed).toBeLessThan(30_000);
  });

  it('gives anonymous callers a small body limit (64 kB) and logged-in staff the normal one', async () => {
    const body = Buffer.from(JSON.stringify({ email: 'a@b.dk', password: 'x'.repeat(80_000) }));
    expect(await post('/trpc/auth.login', body)).toBe(413);
    const cookie = cookieHeader((await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).jar);
    // 80 kB is under the 100 kB limit for a logged-in user: the procedure answers, not the parser.
    expect(await post('/trpc/cases.list', body, cookie)).not.toBe(413);
  });

  it('keeps large bodies for the roles that may import: a caseworker’s 7 MB import is refused unread', async () => {
    const cookie = cookieHeader((await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).jar);
    expect(await post('/trpc/imports.run', importBody(7), cookie)).toBe(413);
  });
});

describe('malformed session cookie (ASVS V7.2.1, V16.5.1)', () => {
  for (const value of ['%', '%E0%A4%A', '%zz', '%%%%']) {
    it(`treats ${JSON.stringify(value)} as no session, on queries, mutations and batches`, async () => {
      const cookie = `__Host-trappen_session=${value}`;
      const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
      const text = await me.text();
      expect(me.status).toBe(401);
      expect(text).not.toMatch(/URIError|\bat \w|\.ts:|node_modules/);
      const batch = await fetch(`${server.url}/trpc/auth.me,auth.me?batch=1&input={}`, {
        headers: { cookie },
      });
      expect(batch.status).toBe(401);
      const login = await fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'teamleder@eksempelby.dk', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
    });
  }
});
