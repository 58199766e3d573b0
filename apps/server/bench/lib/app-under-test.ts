/**
 * The production Express app from `createServer()`, plus — only in this harness — a
 * bare baseline route that answers a constant JSON body, listening on loopback.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@trappen/db';
import express from 'express';
import { createServer } from '../../src/create-server';
import { createLogger } from '../../src/logger';
import { AS_OF } from './datasets';

/** A listening app. */
export interface AppUnderTest {
  url: string;
  /** Makes `GET /bench/baseline` answer exactly this JSON text from now on. */
  setBaselineBody(body: string): void;
  close(): Promise<void>;
}

/** The path of the baseline route. */
export const BASELINE_PATH = '/bench/baseline';

/** Starts the app over `db` on a free loopback port; `appsDir` serves the built apps. */
export async function startAppUnderTest(
  db: Database,
  ping: () => Promise<void>,
  appsDir = '/nonexistent',
): Promise<AppUnderTest> {
  const app = createServer({
    db,
    ping,
    isDev: false,
    today: () => AS_OF,
    appsDir,
    logger: createLogger({ level: 'error', destination: process.stderr }),
    // A load test is many requests from one session by design.
    rateLimit: {
      windowMs: 60_000,
      perSession: Number.MAX_SAFE_INTEGER,
      perIp: Number.MAX_SAFE_INTEGER,
    },
  });
  let baselineBody = '{}';
  // Its own Express app beside the production one: a route added to the production app
  // after `createServer()` sits behind its catch-all 404, and the "baseline" measured a
  // 9-byte 404 instead of the same body.
  const baseline = express();
  baseline.disable('x-powered-by');
  baseline.get(BASELINE_PATH, (_req, res) => {
    res.type('json').send(baselineBody);
  });
  // Counted so `close()` can let handlers that autocannon abandoned finish before the
  // database closes under them.
  let inFlight = 0;
  const server = createHttpServer((req, res) => {
    inFlight += 1;
    // `end()` marks the handler done; `close` fires early when the client hangs up.
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    let ended = false;
    res.end = ((...args: unknown[]) => {
      if (!ended) inFlight -= 1;
      ended = true;
      return end(...args);
    }) as typeof res.end;
    (req.url === BASELINE_PATH ? baseline : app)(req, res);
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setBaselineBody: (body) => {
      baselineBody = body;
    },
    close: async () => {
      for (let waited = 0; inFlight > 0 && waited < 120_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Logs in through the API and returns the `Cookie` header of the session. */
export async function sessionCookieFor(
  url: string,
  email: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  return cookies.filter((c) => c.includes('=')).join('; ');
}

/** A tRPC query URL path with its input encoded as the client does. */
export function queryPath(procedure: string, input: unknown): string {
  return `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/**
 * What the profiling probes send for `procedure` on the small dataset: a session of the
 * user who may call it (the council member for `kpi.*`, else the caseworker) and an
 * input (for `cases.get`, the first of the caseworker's cases).
 */
export async function probeRequest(
  url: string,
  procedure: string,
): Promise<{ cookie: string; input: unknown }> {
  const email = procedure.startsWith('kpi')
    ? 'byraad@eksempelby.dk'
    : 'sagsbehandler@eksempelby.dk';
  const cookie = await sessionCookieFor(url, email, 'trappen-demo');
  if (procedure !== 'cases.get') return { cookie, input: {} };
  const list = await fetch(`${url}${queryPath('cases.list', {})}`, { headers: { cookie } });
  const body = (await list.json()) as { result: { data: { items: { caseId: string }[] } } };
  return { cookie, input: { caseId: body.result.data.items[0]?.caseId } };
}
