/**
 * The production Express app from `createServer()`, plus — only in this harness — a
 * bare baseline route that answers a constant JSON body, listening on loopback.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTrappenClient, type TrappenClient } from '@trappen/client';
import type { DatabaseHandle } from '@trappen/db';
import express from 'express';
import { createServer } from '../../src/create-server';
import { EMBEDDED_CONCURRENCY } from '../../src/load-shedding';
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

/**
 * Starts the app over the database on a free loopback port, configured as `pnpm start`
 * configures it for that engine (the embedded database's bounded queue included);
 * `appsDir` serves the built apps.
 */
export async function startAppUnderTest(
  handle: Pick<DatabaseHandle, 'db' | 'ping' | 'driver'>,
  appsDir = '/nonexistent',
): Promise<AppUnderTest> {
  const app = createServer({
    db: handle.db,
    ping: handle.ping,
    ...(handle.driver === 'pglite' ? { concurrency: EMBEDDED_CONCURRENCY } : {}),
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

/**
 * The URL path `httpBatchLink` (the apps' and `@trappen/client`'s link) sends for one
 * query: `batch=1` with the input under key `0`. For probes that take a procedure by name;
 * the load benches record the client's own request with {@link linkRequest}.
 */
export function queryPath(procedure: string, input: unknown): string {
  return `/trpc/${procedure}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
}

/** One request exactly as the apps' link sends it, to replay under load. */
export interface LinkRequest<T> {
  /** Path and query of the request, e.g. `/trpc/cases.list?batch=1&input=…`. */
  path: string;
  /** The headers the link sent (the session cookie among them). */
  headers: Record<string, string>;
  /** The call's answer. */
  data: T;
}

/**
 * Makes one call through `@trappen/client` — the batch link the console, portal and board
 * use — and records the request it sent, so a load test replays the users' own bytes.
 */
export async function linkRequest<T>(
  url: string,
  cookie: string,
  call: (client: TrappenClient) => Promise<T>,
): Promise<LinkRequest<T>> {
  let sent: { path: string; headers: Record<string, string> } | null = null;
  const client = createTrappenClient({
    url: `${url}/trpc`,
    headers: { cookie },
    fetch: (input, init) => {
      const target = new URL(String(input));
      sent = {
        path: `${target.pathname}${target.search}`,
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
      };
      return fetch(input, init);
    },
  });
  const data = await call(client);
  const request = sent as { path: string; headers: Record<string, string> } | null;
  if (!request) throw new Error('the client sent no request');
  return { ...request, data };
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
  const list = await linkRequest(url, cookie, (client) => client.cases.list.query({}));
  return { cookie, input: { caseId: list.data.items[0]?.caseId } };
}
