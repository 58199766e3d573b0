import { randomUUID } from 'node:crypto';
import { queryRows, seed, sql } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, loginAs, PASSWORD } from '../src/testing/test-server';
import { cookieHeader, ENGINE } from './harness';
import {
  type ProcessDatabase,
  processDatabase,
  type ServerProcess,
  startServerProcess,
} from './server-process';

// Personal data a failing request carries; none of it may reach the log output.
const CHILD_NAME = 'Ida Loggetest';
const BIRTH_DATE = '2014-03-17';
const COMMENT = 'Mor fortalte om skænderiet i weekenden';
const EMAIL = 'ida.loggetest@eksempelby.dk';
const SEARCH = 'Ulrikke Søgeord';

let database: ProcessDatabase;
let server: ServerProcess;
let childId = '';
beforeAll(async () => {
  database = await processDatabase();
  const setup = await database.open();
  await setup.migrate();
  await seed(setup.db, { municipalities: 1, scale: 0.05, asOf: AS_OF, randomSeed: 5 });
  // A comment insert that fails in the database, as a bug or a constraint would.
  await setup.db.execute(
    sql.raw(`create function test_refuse_comment() returns trigger
    language plpgsql as $$ begin raise exception 'comment refused by test trigger'; end $$`),
  );
  await setup.db.execute(
    sql.raw(`create trigger test_refuse_comment before insert on plan_comments
      for each row execute function test_refuse_comment()`),
  );
  const [row] = await queryRows<{ id: string }>(
    setup.db,
    sql`select g.child_id::text as id from guardians g
      join users u on u.id = g.user_id where u.email = 'foraelder@eksempelby.dk' limit 1`,
  );
  childId = row?.id ?? '';
  await setup.close();
  server = await startServerProcess(database.env);
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const post = (path: string, body: unknown, cookie?: string) =>
  fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

describe(`personal data in logs (Datatilsynet; ASVS V16.2.5; ${ENGINE})`, () => {
  it('logs a failing import, comment and login under their request ids, without the data they carried', async () => {
    const admin = cookieHeader((await loginAs(server.url, 'administrator@eksempelby.dk')).jar);
    const csv = [
      'child_reference,name,birth_date,cpr,case_id,opened_on,closed_on,caseworker_email',
      `B-77001,${CHILD_NAME}\u0000,${BIRTH_DATE},,${randomUUID()},2025-01-06,,`,
    ].join('\n');
    const imported = await post(
      'imports.run',
      { kind: 'children', csv, idempotencyKey: 'log-privacy-0001' },
      admin,
    );
    const parent = cookieHeader((await loginAs(server.url, 'foraelder@eksempelby.dk')).jar);
    const commented = await post('plans.addComment', { childId, body: COMMENT }, parent);
    const loggedIn = await post('auth.login', { email: `${EMAIL}\u0000`, password: PASSWORD });
    const listed = await fetch(
      `${server.url}/trpc/cases.list?input=${encodeURIComponent(JSON.stringify({ search: SEARCH }))}`,
      { headers: { cookie: admin } },
    );
    await new Promise((r) => setTimeout(r, 300));
    const log = server.output();
    // The comment fails in the database: its failure is logged, under its request id.
    expect(commented.status).toBe(500);
    expect(log).toContain(commented.headers.get('x-request-id'));
    // Every request is logged with its id (the list succeeded) but without its query string.
    expect(log).toContain(listed.headers.get('x-request-id'));
    for (const answer of [imported, loggedIn])
      if (answer.status === 500) expect(log).toContain(answer.headers.get('x-request-id'));
    for (const secret of [
      CHILD_NAME,
      BIRTH_DATE,
      COMMENT,
      EMAIL,
      SEARCH,
      encodeURIComponent(SEARCH),
      'Ulrikke',
      PASSWORD,
      'params:',
      '?input=',
    ])
      expect([secret, log.includes(secret)]).toEqual([secret, false]);
  });
});
