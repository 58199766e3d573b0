import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditLog, count } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server';
import { createLogger } from './logger';
import { AS_OF, loginAs, startTestServer, type TestServer } from './testing/test-server';

// The same database served twice: with the query fast path (the default) and with every
// call through the tRPC adapter. Each request must get the same answer from both.
let fast: TestServer;
let adapterOnly: Server;
let adapterUrl = '';
let caseworkerCookie = '';
let ownCaseId = '';

beforeAll(async () => {
  fast = await startTestServer();
  adapterOnly = createServer({
    db: fast.handle.db,
    ping: fast.handle.ping,
    today: () => AS_OF,
    appsDir: '/nonexistent',
    logger: createLogger({ level: 'silent' }),
    queryFastPath: false,
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => adapterOnly.once('listening', resolve));
  adapterUrl = `http://127.0.0.1:${(adapterOnly.address() as AddressInfo).port}`;
  const session = await loginAs(fast.url, 'sagsbehandler@eksempelby.dk');
  caseworkerCookie = [...session.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  ownCaseId = (await session.client.cases.list.query({})).items[0]?.caseId ?? '';
}, 300_000);
afterAll(async () => {
  adapterOnly?.closeAllConnections();
  await new Promise<void>((resolve) => adapterOnly?.close(() => resolve()));
  await fast?.close();
});

/** Status, content type, vary and body, with the per-request id taken out. */
async function answer(base: string, path: string, cookie: string) {
  const response = await fetch(`${base}/trpc/${path}`, { headers: cookie ? { cookie } : {} });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    vary: response.headers.get('vary'),
    cacheControl: response.headers.get('cache-control'),
    body: text.replace(/"requestId":"[^"]*"/g, '"requestId":"…"'),
  };
}

const q = (procedure: string, input?: unknown) =>
  input === undefined
    ? procedure
    : `${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

describe('the query fast path answers as the tRPC adapter does', () => {
  const cases: [string, () => string, boolean][] = [
    ['a signed-in query', () => q('auth.me'), true],
    ['"my cases"', () => q('cases.list', {}), true],
    ['the case page', () => q('cases.get', { caseId: ownCaseId }), true],
    ['an unknown case (NOT_FOUND)', () => q('cases.get', { caseId: crypto.randomUUID() }), true],
    ['bad input (BAD_REQUEST)', () => q('cases.list', { pageSize: 'many' }), true],
    ['another role only (FORBIDDEN)', () => q('plans.myChildren'), true],
    ['no session (UNAUTHORIZED)', () => q('cases.list', {}), false],
    ['an unknown procedure', () => q('cases.nothing', {}), true],
    ['unreadable input', () => 'cases.list?input=%7Bnot-json', true],
    ['a malformed %-escape in the path', () => 'cases.l%E0%A4%Aist', true],
    ['a mutation sent as GET', () => q('auth.logout'), true],
    ['a batch', () => `cases.list,auth.me?batch=1&input=${encodeURIComponent('{}')}`, true],
  ];
  for (const [label, path, signedIn] of cases) {
    it(label, async () => {
      const cookie = signedIn ? caseworkerCookie : '';
      const viaAdapter = await answer(adapterUrl, path(), cookie);
      const viaFastPath = await answer(fast.url, path(), cookie);
      expect(viaFastPath).toEqual(viaAdapter);
      expect(viaFastPath.body.length).toBeGreaterThan(10);
    });
  }

  it('audits each read once, whichever path served it', async () => {
    const auditRows = async () =>
      (await fast.handle.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;
    const before = await auditRows();
    await answer(fast.url, q('cases.get', { caseId: ownCaseId }), caseworkerCookie);
    await answer(adapterUrl, q('cases.get', { caseId: ownCaseId }), caseworkerCookie);
    expect(await auditRows()).toBe(before + 2);
  });
});
