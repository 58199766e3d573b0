import { appRouter, PUBLIC_PROCEDURES } from '@trappen/api';
import { auditLog, count, type Database } from '@trappen/db';
import type { ServerOptions } from '../src/create-server';
import { startTestServer, type TestServer } from '../src/testing/test-server';

/** Which engine the suite runs on; tests that differ by engine branch on this explicitly. */
export const ENGINE: 'postgres' | 'pglite' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** One procedure of the router, as the HTTP API exposes it. */
export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  /** Zod input parsers declared with `.input()` (empty when the procedure takes none). */
  inputs: unknown[];
}

/** Every procedure of `appRouter`, read from the router itself, so a new one cannot be missed. */
export function allProcedures(): ProcedureInfo[] {
  const record = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: ProcedureInfo['type']; inputs: unknown[] } }
  >;
  return Object.entries(record)
    .map(([path, p]) => ({ path, type: p._def.type, inputs: p._def.inputs }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The explicit allow-list of procedures anonymous callers may use. */
export const ANONYMOUS_ALLOWED: readonly string[] = PUBLIC_PROCEDURES;

/**
 * A test server with the rate limit raised out of the way (its own test lowers it),
 * unless the caller passes one.
 */
export function startSecurityServer(overrides: Partial<ServerOptions> = {}): Promise<TestServer> {
  return startTestServer({
    rateLimit: { windowMs: 60_000, perSession: 1_000_000, perIp: 1_000_000 },
    ...overrides,
  });
}

/** The parsed body of a tRPC error response. */
export interface ErrorBody {
  error?: {
    message?: string;
    data?: {
      code?: string;
      httpStatus?: number;
      requestId?: string | null;
      stack?: string;
      messages?: { da: string; en: string };
    };
  };
}

/** Calls one procedure over raw HTTP (query as GET, mutation as JSON POST), optionally with a cookie. */
export async function rawCall(
  url: string,
  procedure: Pick<ProcedureInfo, 'path' | 'type'>,
  input: unknown,
  cookie?: string,
): Promise<{ status: number; body: ErrorBody & { result?: { data?: unknown } }; text: string }> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const response =
    procedure.type === 'query'
      ? await fetch(
          `${url}/trpc/${procedure.path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers },
        )
      : await fetch(`${url}/trpc/${procedure.path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: input === undefined ? '' : JSON.stringify(input),
        });
  const text = await response.text();
  let body: ErrorBody = {};
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch {
    // Non-JSON bodies are asserted on through `text` and `status`.
  }
  return { status: response.status, body, text };
}

/** The `Cookie` header a logged-in jar sends. */
export const cookieHeader = (jar: Map<string, string>): string =>
  [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** How many audit rows exist (a write that should not happen would add one). */
export async function auditCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return Number(row?.n ?? 0);
}

/** Serves another `createServer` app (e.g. with a stricter policy) until `close()`. */
export async function listen(
  app: import('express').Express,
): Promise<{ url: string; close(): Promise<void> }> {
  const listener = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => listener.once('listening', resolve));
  const { port } = listener.address() as import('node:net').AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        listener.closeAllConnections();
        listener.close(() => resolve());
      }),
  };
}
