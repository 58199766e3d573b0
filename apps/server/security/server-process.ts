import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, type DatabaseHandle } from '@trappen/db';
import pg from 'pg';
import { ENGINE } from './harness';

/** The repository root, where `pnpm` commands run. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A database for a server process: an empty PostgreSQL database on the test cluster
 * (`TEST_DATABASE_URL`), or an empty PGlite data directory. `env` points the server at
 * it; `open()` gives a handle for setup, to be closed before the server starts (PGlite
 * allows one process at a time).
 */
export interface ProcessDatabase {
  engine: 'postgres' | 'pglite';
  /** The owner's URL (PostgreSQL only). */
  ownerUrl: string | undefined;
  /** The URL with another role, e.g. `trappen_app` (PostgreSQL only). */
  urlAs(role: string): string;
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

/** A fresh, empty database on this suite's engine (or PGlite when asked). */
export async function processDatabase(
  engine: 'postgres' | 'pglite' = ENGINE,
): Promise<ProcessDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (engine === 'pglite' || !serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'trappen-process-'));
    const dataDir = join(dir, 'pglite');
    return {
      engine: 'pglite',
      ownerUrl: undefined,
      urlAs: () => {
        throw new Error('PGlite has no roles');
      },
      env: { TRAPPEN_DATA_DIR: dataDir, DATABASE_URL: '', MIGRATE_DATABASE_URL: '' },
      open: () => createDatabase({ dataDir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `trappen_proc_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  return {
    engine: 'postgres',
    ownerUrl,
    urlAs: (role) => {
      const other = new URL(ownerUrl);
      other.username = role;
      other.password = '';
      return other.toString();
    },
    env: { DATABASE_URL: ownerUrl, MIGRATE_DATABASE_URL: '' },
    open: () => createDatabase({ url: ownerUrl, maxConnections: 2 }),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A command's exit code and everything it printed. */
export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs a command from the repository root to its end (or `timeoutMs`, then SIGKILL). */
export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  options: { input?: string; timeoutMs?: number } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A server process (`apps/server/src/main.ts`) and what it printed so far. */
export interface ServerProcess {
  url: string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node apps/server/src/main.ts` in production mode with `env` and waits until
 * `/readyz` answers or the process exits (a refusal to start is a result too).
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/server/src/main.ts', ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  let ended = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      ended = true;
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  // Up to three minutes: the embedded default seeds its demo data first, slow on a busy CI machine.
  const deadline = Date.now() + 180_000;
  while (!ended && Date.now() < deadline) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    exited,
    output: () => output,
    stop: async () => {
      if (!ended) child.kill('SIGTERM');
      await exited;
    },
  };
}
