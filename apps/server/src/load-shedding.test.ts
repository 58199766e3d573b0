import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { boundedConcurrency } from './load-shedding';

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
