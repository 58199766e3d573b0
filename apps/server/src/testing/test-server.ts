import type { AddressInfo } from 'node:net';
import type { AppRouter } from '@trappen/api';
import { createTestDatabase, type DatabaseHandle, type SeedResult, seed } from '@trappen/db';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { createServer, type ServerOptions } from '../create-server';

/** The demo data's "today", so deadlines in tests never drift. */
export const AS_OF = '2025-06-30';
/** The demo password. */
export const PASSWORD = 'trappen-demo';

/** A running server on a random loopback port over a fresh, seeded database. */
export interface TestServer {
  url: string;
  handle: DatabaseHandle;
  seeded: SeedResult;
  close(): Promise<void>;
}

/** Starts a server over two small synthetic municipalities (Eksempelby and Nordby). */
export async function startTestServer(overrides: Partial<ServerOptions> = {}): Promise<TestServer> {
  const handle = await createTestDatabase();
  const seeded = await seed(handle.db, {
    municipalities: 2,
    scale: 0.12,
    asOf: AS_OF,
    randomSeed: 42,
  });
  const app = createServer({
    db: handle.db,
    ping: handle.ping,
    isDev: false,
    today: () => AS_OF,
    // The browser tests' clock too: 10:00 Danish time on the demo data's day.
    now: () => new Date(`${AS_OF}T10:00:00+02:00`),
    appsDir: '/nonexistent',
    logError: () => {},
    ...overrides,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle,
    seeded,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}

/** A cookie jar: a `fetch` that stores Set-Cookie and sends it back, like a browser. */
export function cookieFetch() {
  const jar = new Map<string, string>();
  const doFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/max-age=0/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  return { fetch: doFetch, jar };
}

/** A typed tRPC client with its own cookie jar. */
export function clientFor(url: string) {
  const cookies = cookieFetch();
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, fetch: cookies.fetch })],
  });
  return { client, jar: cookies.jar, fetch: cookies.fetch };
}

/** A client logged in as the given demo user. */
export async function loginAs(url: string, email: string) {
  const session = clientFor(url);
  await session.client.auth.login.mutate({ email, password: PASSWORD });
  return session;
}

/** The tRPC error code of a failed call (or `'OK'` when it succeeded). */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCClientError)
      return (error.data as { code?: string } | undefined)?.code ?? 'UNKNOWN';
    throw error;
  }
}

/** The error (with its formatted data) of a call that must fail. */
export async function errorOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('expected the call to fail');
}
