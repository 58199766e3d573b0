import { readFileSync } from 'node:fs';
import { count, migrationsUpTo, queryRows, sql, users } from '@trappen/db';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PASSWORD } from '../src/testing/test-server';
import { ENGINE } from './harness';
import {
  type ProcessDatabase,
  processDatabase,
  repoRoot,
  runCommand,
  type ServerProcess,
  startServerProcess,
} from './server-process';

// Each test starts a server process (some seed the demo data first): minutes on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const node = (script: string, args: string[] = []) => [
  '--import',
  'tsx',
  `apps/server/src/${script}`,
  ...args,
];

let database: ProcessDatabase | undefined;
let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
  await database?.drop();
  database = undefined;
});

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

const userCount = async (db: ProcessDatabase) => {
  const handle = await db.open();
  try {
    const [row] = await handle.db.select({ n: count() }).from(users);
    return Number(row?.n ?? 0);
  } finally {
    await handle.close();
  }
};

/** Creates the first administrator through the command operators run. */
async function createFirstAdministrator(env: Record<string, string>) {
  const created = await runCommand(
    process.execPath,
    node('admin-create.ts', [
      '--email',
      'chef@herning.dk',
      '--name',
      'Hanne Chef',
      '--municipality',
      'Herning',
      '--code',
      '0657',
      '--inhabitants',
      '89000',
      '--password-stdin',
    ]),
    env,
    { input: 'første-kodeord-til-chefen\n' },
  );
  expect(created.code, created.output).toBe(0);
  return 'første-kodeord-til-chefen';
}

describe(`least privilege: migrating is not serving (ASVS V13.2.2, V15.2; ${ENGINE})`, () => {
  it('runs as trappen_app after `pnpm migrate` as the owner (PostgreSQL); the embedded database migrates itself (PGlite)', async () => {
    database = await processDatabase();
    if (database.engine === 'pglite') {
      server = await startServerProcess(database.env);
      expect((await fetch(`${server.url}/readyz`)).status, server.output()).toBe(200);
      return;
    }
    const owner = database.ownerUrl ?? '';
    const migrated = await runCommand('pnpm', ['migrate'], {
      MIGRATE_DATABASE_URL: owner,
      DATABASE_URL: '',
    });
    expect(migrated.code, migrated.output).toBe(0);
    const client = new pg.Client({ connectionString: owner });
    await client.connect();
    try {
      await client.query(readFileSync(`${repoRoot}apps/server/scripts/app-role.sql`, 'utf8'));
    } finally {
      await client.end();
    }
    const appUrl = database.urlAs('trappen_app');
    const password = await createFirstAdministrator({ DATABASE_URL: appUrl });
    server = await startServerProcess({ DATABASE_URL: appUrl });
    expect((await fetch(`${server.url}/readyz`)).status, server.output()).toBe(200);
    const answer = await login(server.url, 'chef@herning.dk', password);
    expect(answer.status, server.output()).toBe(200);
    // The app role cannot change the schema it serves.
    const app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    try {
      await expect(app.query('create table test_intruder (id int)')).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
  });

  it('refuses to start on a database behind the code, naming the fix (PostgreSQL); migrates an old embedded one (PGlite)', async () => {
    database = await processDatabase();
    const earlier = migrationsUpTo('0007_kpi_board_indexes');
    const setup = await database.open();
    await setup.migrate(earlier.folder);
    await setup.close();
    earlier.dispose();
    server = await startServerProcess(database.env);
    if (database.engine === 'pglite') {
      expect((await fetch(`${server.url}/readyz`)).status, server.output()).toBe(200);
      return;
    }
    const code = await Promise.race([
      server.exited,
      new Promise<'running'>((r) => setTimeout(() => r('running'), 20_000)),
    ]);
    expect(code, server.output()).not.toBe('running');
    expect(code).not.toBe(0);
    expect(server.output()).toMatch(/schema/i);
    expect(server.output()).toMatch(/pnpm migrate/);
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});

describe(`no demo data in production (${ENGINE})`, () => {
  it('on an empty PostgreSQL database seeds no demo users and prints how to create the first administrator', async () => {
    database = await processDatabase();
    if (database.engine === 'pglite') {
      // The embedded default (the README's `pnpm start`) keeps its demo data.
      server = await startServerProcess(database.env);
      expect((await login(server.url, 'sagsbehandler@eksempelby.dk', PASSWORD)).status).toBe(200);
      return;
    }
    const setup = await database.open();
    await setup.migrate();
    await setup.close();
    server = await startServerProcess(database.env);
    expect((await fetch(`${server.url}/readyz`)).status, server.output()).toBe(200);
    expect(await userCount(database)).toBe(0);
    expect((await login(server.url, 'administrator@eksempelby.dk', PASSWORD)).status).toBe(401);
    expect(server.output()).toMatch(/pnpm admin:create -- --email/);
    expect(server.output()).not.toContain(PASSWORD);
  });

  it('seeds demo data on PostgreSQL only with the explicit --demo flag', async () => {
    database = await processDatabase();
    const setup = await database.open();
    await setup.migrate();
    await setup.close();
    server = await startServerProcess(database.env, ['--demo']);
    expect((await login(server.url, 'sagsbehandler@eksempelby.dk', PASSWORD)).status).toBe(200);
  });

  it('the first administrator, created by command, logs in and the server adds no demo users', async () => {
    database = await processDatabase();
    const setup = await database.open();
    await setup.migrate();
    await setup.close();
    const password = await createFirstAdministrator(database.env);
    server = await startServerProcess(database.env);
    expect((await login(server.url, 'chef@herning.dk', password)).status).toBe(200);
    await server.stop();
    server = undefined;
    expect(await userCount(database)).toBe(1);
    const again = await runCommand(
      process.execPath,
      node('admin-create.ts', ['--email', 'chef@herning.dk', '--municipality', 'Herning']),
      database.env,
    );
    expect(again.code).not.toBe(0);
    expect(again.output).toMatch(/chef@herning\.dk/);
    expect(again.output).not.toMatch(/\n\s+at /);
  });
});

describe('documented commands under pnpm 10 (which passes `--` on)', () => {
  it('`pnpm seed -- --help` prints the options', async () => {
    const help = await runCommand('pnpm', ['seed', '--', '--help']);
    expect(help.code, help.output).toBe(0);
    expect(help.output).toMatch(/--national/);
  });

  it('`pnpm seed -- <options>` seeds with them', async () => {
    database = await processDatabase('pglite');
    const seeded = await runCommand(
      'pnpm',
      ['seed', '--', '--municipalities', '1', '--scale', '0.02'],
      database.env,
    );
    expect(seeded.code, seeded.output).toBe(0);
    expect(seeded.output).toMatch(/Demo logins/);
    const handle = await database.open();
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from municipalities`,
    );
    await handle.close();
    expect(Number(row?.n)).toBe(1);
  });

  it('`pnpm seed -- --national` is understood, and an unknown option is a clear error', async () => {
    database = await processDatabase('pglite');
    const wrong = await runCommand('pnpm', ['seed', '--', '--nationl'], database.env);
    expect(wrong.code).not.toBe(0);
    expect(wrong.output).toMatch(/--nationl/);
    expect(wrong.output).not.toMatch(/\n\s+at /);
    const db = (await import('@trappen/db')) as {
      parseSeedArgs?: (argv: string[]) => { national: boolean };
    };
    expect(db.parseSeedArgs?.(['--', '--national']).national).toBe(true);
    expect(db.parseSeedArgs?.(['--national']).national).toBe(true);
  });

  it('`pnpm admin:create -- --help` prints the options', async () => {
    const help = await runCommand('pnpm', ['admin:create', '--', '--help']);
    expect(help.code, help.output).toBe(0);
    expect(help.output).toMatch(/--email/);
    expect(help.output).toMatch(/--municipality/);
  });
});
