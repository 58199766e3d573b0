import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server';

const TOKEN = 'metrics-test-token-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    metricsToken: TOKEN,
    poolStats: () => ({ total: 3, idle: 2, waiting: 0 }),
  });
});
afterAll(() => server?.close());

const scrape = (authorization?: string) =>
  fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('/metrics', () => {
  it('refuses a scrape without the token or with a wrong one', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer wrong')).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
  });

  it('counts calls per procedure and status, with latency and the pool', async () => {
    // Each body is read to its end, so the server has finished every response.
    await (await fetch(`${server.url}/trpc/auth.me`)).text();
    await (await fetch(`${server.url}/trpc/auth.me,staircase.get?batch=1&input=%7B%7D`)).text();
    await (await fetch(`${server.url}/trpc/no.such.procedure`)).text();
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    // Anonymous: both calls of the batch are refused, and the batch answers 401.
    expect(text).toMatch(/trappen_api_requests_total\{procedure="auth\.me",status="401"\} 2\b/);
    expect(text).toMatch(
      /trappen_api_requests_total\{procedure="staircase\.get",status="401"\} 1\b/,
    );
    expect(text).toMatch(/trappen_api_requests_total\{procedure="unknown",status="404"\} 1\b/);
    expect(text).not.toContain('no.such.procedure');
    expect(text).toMatch(/trappen_api_request_duration_seconds_count\{procedure="auth\.me"\} 2\b/);
    expect(text).toMatch(/trappen_db_pool_connections\{state="idle"\} 2\b/);
    expect(text).toContain('process_cpu_seconds_total');
  });
});

describe('/metrics without a token configured', () => {
  it('does not exist', async () => {
    const plain = await startTestServer();
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
