import { createDatabase, type DatabaseHandle, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';
import { createServer } from '../src/create-server';
import { createLogger } from '../src/logger';
import { AS_OF, PASSWORD, type TestServer } from '../src/testing/test-server';
import { ENGINE, listen, startSecurityServer } from './harness';
import { startHttpProxy } from './http-proxy';

// The default throttle (5 free attempts per account and address, 50 per address, then
// growing delays), as production runs it.
const FREE_PER_ACCOUNT_AND_ADDRESS = 5;
const FREE_PER_ADDRESS = 50;

let server: TestServer;
let second: { url: string; close(): Promise<void> };
let secondHandle: DatabaseHandle | undefined;
beforeAll(async () => {
  // The loopback hop is trusted, so each test can speak for a client address of its own.
  server = await startSecurityServer({ trustProxy: ['loopback'] });
  // A second instance of the server with its own connection pool on the same database,
  // as behind a load balancer (PGlite is one process: the same handle).
  const url = (server.handle as { url?: string }).url;
  secondHandle = url ? await createDatabase({ url, maxConnections: 5 }) : undefined;
  second = await listen(
    createServer({
      db: (secondHandle ?? server.handle).db,
      ping: async () => {},
      today: () => AS_OF,
      appsDir: '/nonexistent',
      logger: createLogger({ level: 'silent' }),
      trustProxy: ['loopback'],
      rateLimit: { windowMs: 60_000, perSession: 1_000_000, perIp: 1_000_000 },
    }),
  );
});
afterAll(async () => {
  await second?.close();
  await secondHandle?.close();
  await server?.close();
});

const login = (base: string, email: string, password: string, address: string) =>
  fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });

describe(`login throttle under a parallel burst (ASVS V6.3.1, API2:2023; ${ENGINE})`, () => {
  it('evaluates at most the free attempts of 150 parallel wrong guesses over two instances, then refuses the right password from that address', async () => {
    const attacker = '203.0.113.7';
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        login(
          i % 2 === 0 ? server.url : second.url,
          'administrator@eksempelby.dk',
          `guess-${i}`,
          attacker,
        ).then((r) => r.status),
      ),
    );
    const evaluated = answers.filter((s) => s === 401).length;
    expect(evaluated).toBeLessThanOrEqual(FREE_PER_ACCOUNT_AND_ADDRESS);
    expect(answers.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    const right = await login(server.url, 'administrator@eksempelby.dk', PASSWORD, attacker);
    expect(right.status).toBe(429);
    expect(right.headers.getSetCookie()).toEqual([]);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('no lockout of the victim (ASVS V6.3.1: throttling must not enable denial of service)', () => {
  it('lets the real user in from an address that did not fail, after an attack on the account', async () => {
    for (let i = 0; i < 30; i++)
      await login(server.url, 'teamleder@eksempelby.dk', `wrong-${i}`, '203.0.113.8');
    const victim = await login(server.url, 'teamleder@eksempelby.dk', PASSWORD, '198.51.100.20');
    expect(victim.status).toBe(200);
  });

  it('lets a colleague behind the same office address in after twenty failures on other accounts', async () => {
    const office = '198.51.100.99';
    for (let i = 0; i < 20; i++)
      await login(server.url, `kollega${i}@eksempelby.dk`, 'wrong', office);
    const colleague = await login(server.url, 'sagsbehandler@eksempelby.dk', PASSWORD, office);
    expect(colleague.status).toBe(200);
  });

  it('delays an address longer each time it goes on failing, instead of locking it', async () => {
    const address = '203.0.113.9';
    const email = 'byraad@eksempelby.dk';
    const statuses: number[] = [];
    for (let i = 0; i < FREE_PER_ACCOUNT_AND_ADDRESS + 1; i++)
      statuses.push((await login(server.url, email, 'wrong', address)).status);
    expect(statuses).toEqual([
      ...Array.from({ length: FREE_PER_ACCOUNT_AND_ADDRESS }, () => 401),
      429,
    ]);
    const firstDelay = Number(
      (await login(server.url, email, 'wrong', address)).headers.get('retry-after'),
    );
    // The delay passes (moved in the database instead of waiting): one more attempt is
    // evaluated, and the next delay is longer.
    await server.handle.db.execute(sql`update login_throttle set next_attempt_at = now()`);
    expect((await login(server.url, email, 'wrong', address)).status).toBe(401);
    const next = await login(server.url, email, 'wrong', address);
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(firstDelay);
    // The right password after the delay still works: a delay, not a lock.
    await server.handle.db.execute(sql`update login_throttle set next_attempt_at = now()`);
    expect((await login(server.url, email, PASSWORD, address)).status).toBe(200);
  });
});

describe('trusted proxy (ASVS V6.3.1, V4.1; API4:2023)', () => {
  it('behind one trusted hop, a spoofed and rotating X-Forwarded-For voids neither the address throttle nor the rate limit', async () => {
    const limited = await listen(
      createServer({
        db: server.handle.db,
        ping: async () => {},
        today: () => AS_OF,
        appsDir: '/nonexistent',
        logger: createLogger({ level: 'silent' }),
        trustProxy: 1,
        rateLimit: { windowMs: 60_000, perSession: 1_000_000, perIp: FREE_PER_ADDRESS + 30 },
      }),
    );
    const proxy = await startHttpProxy(limited.url);
    try {
      // Password spraying: one wrong password on many accounts, a fresh spoofed address each time.
      const statuses: number[] = [];
      for (let i = 0; i < FREE_PER_ADDRESS + 10; i++)
        statuses.push(
          (await login(proxy.url, `spray${i}@eksempelby.dk`, 'wrong', `10.1.${i}.${i}`)).status,
        );
      expect(statuses.filter((s) => s === 401).length).toBe(FREE_PER_ADDRESS);
      expect(statuses.slice(FREE_PER_ADDRESS).every((s) => s === 429)).toBe(true);
      // The rate limit counts the real client too, not the address it claims.
      const more: number[] = [];
      for (let i = 0; i < 30; i++)
        more.push(
          (
            await fetch(`${proxy.url}/trpc/auth.me`, {
              headers: { 'x-forwarded-for': `10.2.0.${i}` },
            })
          ).status,
        );
      expect(more).toContain(429);
    } finally {
      await proxy.close();
      await limited.close();
    }
  });

  it('with a list of proxy addresses, trusts X-Forwarded-For only from them', async () => {
    const app = createServer({
      db: server.handle.db,
      ping: async () => {},
      appsDir: '/nonexistent',
      logger: createLogger({ level: 'silent' }),
      trustProxy: ['10.0.0.0/8'],
    });
    // The test client connects from 127.0.0.1, which is not in the list.
    expect(app.get('trust proxy fn')('127.0.0.1', 0)).toBe(false);
    expect(app.get('trust proxy fn')('10.20.30.40', 0)).toBe(true);
  });

  it('TRUST_PROXY takes a hop count or a list of addresses and CIDRs, and refuses "true"', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
    ]);
    expect(readConfig({}).trustProxy).toBe(false);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ TRUST_PROXY: 'not an address' })).toThrow(/TRUST_PROXY/);
  });
});
