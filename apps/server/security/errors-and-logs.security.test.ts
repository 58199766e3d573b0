import type { Database } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server';
import { redact } from '../src/redact';
import { listen } from './harness';

const CPR = '010203-1234';
const TOKEN = 'Qm9ndXNTZXNzaW9uVG9rZW5Gb3JUaGVUZXN0MTIzNDU';
const PASSWORD = 'hemmeligt-kodeord';
// What a driver error looks like: the SQL, its parameters, and the driver's stack.
const failure = new Error(
  `Failed query: select "password_hash" from "users" where "cpr" = $1 and "token_hash" = $2\nparams: ${CPR},${TOKEN},password=${PASSWORD}`,
);
// Every database call fails unexpectedly (not an outage: a bug, which must still leak nothing).
const brokenDb = new Proxy(
  {},
  {
    get: () => {
      throw failure;
    },
  },
) as Database;

let server: { url: string; close(): Promise<void> };
const logs: string[] = [];
beforeAll(async () => {
  server = await listen(
    createServer({
      db: brokenDb,
      ping: async () => {},
      appsDir: '/nonexistent',
      logError: (id, message) => logs.push(`[${id}] ${message}`),
    }),
  );
});
afterAll(() => server?.close());

describe('production errors (ASVS V16.5.1, API8:2023)', () => {
  it('carry a generic message and the correlation id, never a stack, SQL or parameters', async () => {
    const response = await fetch(`${server.url}/trpc/auth.me`, {
      headers: { cookie: `__Host-trappen_session=${TOKEN}` },
    });
    const text = await response.text();
    expect(response.status).toBe(500);
    const body = JSON.parse(text) as { error: { message: string; data: Record<string, unknown> } };
    expect(body.error.data.requestId).toBe(response.headers.get('x-request-id'));
    expect(body.error.data.stack).toBeUndefined();
    expect(body.error.message).toBe('Something went wrong on our side. Please try again later.');
    for (const secret of ['select', 'password_hash', CPR, TOKEN, PASSWORD, '.ts:', 'at '])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });
});

describe('logs (Datatilsynet logging guidance; ASVS V16.2.5)', () => {
  it('record the failure under the correlation id, with no password, session id or CPR number', async () => {
    logs.length = 0;
    const response = await fetch(`${server.url}/trpc/plans.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `__Host-trappen_session=${TOKEN}` },
      body: JSON.stringify({ caseId: CPR, password: PASSWORD }),
    });
    const id = response.headers.get('x-request-id');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toContain(`[${id}]`);
    expect(logs.join('\n')).toContain('Failed query');
    for (const secret of [CPR, TOKEN, PASSWORD])
      expect([secret, logs.join('\n').includes(secret)]).toEqual([secret, false]);
  });

  it('redact masks CPR-like numbers in every common spelling, session cookies and labelled secrets', () => {
    const masked = redact(
      `0102031234 01020 3-1234 x${CPR}y __Host-trappen_session=abc; password: "p4ss" Bearer eyJhbGciOi.x.y scrypt$16384$8$1$salt$hash`,
    );
    expect(masked).not.toMatch(/0102031234|010203-1234|abc;|p4ss|eyJhbGciOi|salt\$hash/);
    // Ordinary numbers (amounts, years, counts) stay readable.
    expect(redact('4.620.000 DKK in 2016, 1,095,000 DKK, case 12345')).toBe(
      '4.620.000 DKK in 2016, 1,095,000 DKK, case 12345',
    );
  });
});
