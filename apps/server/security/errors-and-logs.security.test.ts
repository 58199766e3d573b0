import type { Database } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server';
import { createLogger, errorForLog } from '../src/logger';
import { listen } from './harness';

const CPR = '010203-1234';
const TOKEN = 'Qm9ndXNTZXNzaW9uVG9rZW5Gb3JUaGVUZXN0MTIzNDU';
const PASSWORD = 'hemmeligt-kodeord';
const NAME = 'Ida Hansen';
// What a driver error looks like: the SQL and its parameters in the message, values in
// the detail, and the driver's stack.
const failure = Object.assign(
  new Error(
    `Failed query: select "password_hash" from "users" where "cpr" = $1 and "token_hash" = $2\nparams: ${CPR},${TOKEN},password=${PASSWORD}`,
  ),
  { code: '23505', detail: `Key (name)=(${NAME}) already exists.`, table: 'children' },
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
const lines: string[] = [];
beforeAll(async () => {
  server = await listen(
    createServer({
      db: brokenDb,
      ping: async () => {},
      appsDir: '/nonexistent',
      logger: createLogger({ destination: { write: (line) => lines.push(line) } }),
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
  it('are JSON lines that record the failure under the correlation id with allow-listed fields only', async () => {
    lines.length = 0;
    const response = await fetch(`${server.url}/trpc/plans.save?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `__Host-trappen_session=${TOKEN}` },
      body: JSON.stringify({ caseId: CPR, password: PASSWORD }),
    });
    const id = response.headers.get('x-request-id');
    await response.text();
    await new Promise((r) => setTimeout(r, 50));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failed = entries.find((e) => e.reqId === id && e.msg === 'unexpected error');
    expect(failed).toMatchObject({
      level: 50,
      err: { type: 'Error', code: '23505', table: 'children' },
    });
    // The request line: id, method and path, no query string.
    expect(entries.find((e) => e.reqId === id && e.req)).toMatchObject({
      req: { id, method: 'POST', path: '/trpc/plans.save' },
      res: { statusCode: 500 },
    });
    const all = lines.join('\n');
    for (const secret of [CPR, TOKEN, PASSWORD, NAME, 'Failed query', 'params', 'cookie'])
      expect([secret, all.includes(secret)]).toEqual([secret, false]);
  });

  it('keep of an error only its class, code and schema names and its stack frames', () => {
    const logged = errorForLog(
      Object.assign(new Error(`duplicate ${NAME}`), {
        code: '23505',
        constraint: 'children_reference_idx',
        detail: `Key (reference)=(${NAME})`,
        where: NAME,
        column: `${NAME} is not a column`,
        params: [NAME],
      }),
    );
    expect(Object.keys(logged).sort()).toEqual(['code', 'constraint', 'stack', 'type']);
    expect(JSON.stringify(logged)).not.toContain('Ida');
  });
});
