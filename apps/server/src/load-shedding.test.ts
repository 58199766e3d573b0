import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedConcurrency, EMBEDDED_CONCURRENCY } from './load-shedding';
import { PASSWORD, startTestServer, type TestServer } from './testing/test-server';

/** An app whose one route waits until the test lets it answer. */
async function slowApp(limit: Parameters<typeof boundedConcurrency>[0]) {
  const gate: (() => void)[] = [];
  const bounded = boundedConcurrency(limit);
  const app = express();
  app.use(bounded.handler);
  app.get('/work', (_req, res) => {
    gate.push(() => res.json({ ok: true }));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/work`;
  return {
    url,
    bounded,
    gate,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
};

describe('boundedConcurrency', () => {
  it('runs maxActive at once, queues maxQueued, and answers the rest 503 with Retry-After', async () => {
    const app = await slowApp({ maxActive: 2, maxQueued: 1, retryAfterSeconds: 3 });
    try {
      const running = [fetch(app.url), fetch(app.url)];
      await until(() => app.gate.length === 2);
      const waiting = fetch(app.url);
      await until(() => app.bounded.queued() === 1);
      const refused = await fetch(app.url);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('3');
      const body = (await refused.json()) as { error: { data: { messages: { da: string } } } };
      expect(body.error.data.messages.da).toMatch(/travlt/);
      // Finishing one running request lets the queued one start.
      app.gate.shift()?.();
      await until(() => app.gate.length === 2 && app.bounded.queued() === 0);
      for (const answer of app.gate.splice(0)) answer();
      const statuses = await Promise.all([...running, waiting].map(async (r) => (await r).status));
      expect(statuses).toEqual([200, 200, 200]);
    } finally {
      await app.close();
    }
  });

  it('frees the place of a client that gave up while waiting', async () => {
    const app = await slowApp({ maxActive: 1, maxQueued: 1, retryAfterSeconds: 1 });
    try {
      const first = fetch(app.url);
      await until(() => app.gate.length === 1);
      const controller = new AbortController();
      const abandoned = fetch(app.url, { signal: controller.signal }).catch(() => null);
      await until(() => app.bounded.queued() === 1);
      controller.abort();
      await abandoned;
      await until(() => app.bounded.queued() === 0);
      const next = fetch(app.url);
      await until(() => app.bounded.queued() === 1);
      app.gate.shift()?.();
      await until(() => app.gate.length === 1);
      app.gate.shift()?.();
      expect((await first).status).toBe(200);
      expect((await next).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('the embedded database under more load than it can take', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ concurrency: EMBEDDED_CONCURRENCY });
  });
  afterAll(() => server?.close());

  it('answers every request with 200 or a quick 503 with Retry-After, never a timeout', async () => {
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sagsbehandler@eksempelby.dk', password: PASSWORD }),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const url = `${server.url}/trpc/cases.list?batch=1&input=${encodeURIComponent('{"0":{}}')}`;
    const answers = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const response = await fetch(url, {
          headers: { cookie },
          signal: AbortSignal.timeout(20_000),
        });
        await response.text();
        return { status: response.status, retryAfter: response.headers.get('retry-after') };
      }),
    );
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    // How many are refused depends on how fast the requests arrive (the first test pins
    // the mechanism); what matters here is that every one is answered in time.
    expect(refused.every((a) => a.retryAfter === '1')).toBe(true);
    expect(answers.length - refused.length).toBeGreaterThanOrEqual(
      EMBEDDED_CONCURRENCY.maxActive + EMBEDDED_CONCURRENCY.maxQueued,
    );
  });
});
