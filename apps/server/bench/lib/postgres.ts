/**
 * A throwaway PostgreSQL cluster for a bench, started through `scripts/pg-cluster.sh`
 * when PostgreSQL is installed and the bench runs as root; otherwise the reason it is
 * not available, which the bench reports instead of PostgreSQL figures. Under
 * `pnpm bench` one cluster serves every bench file (`BENCH_POSTGRES_URL`), so each
 * size is seeded or restored once per run, not once per file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** A running cluster. */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  url: string;
  version: string;
  stop(): void;
}

const script = join(repoRoot, 'scripts', 'pg-cluster.sh');

/** The newest installed PostgreSQL's `bin` folder (as `scripts/pg-cluster.sh` picks it). */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions[versions.length - 1];
  return newest ? join(root, newest, 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Why PostgreSQL cannot be used here, or `null` when it can. */
export function postgresUnavailable(): string | null {
  if (!postgresBin()) return 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)';
  if (process.getuid?.() !== 0) return 'not running as root (initdb runs as the postgres user)';
  return null;
}

/** The version a running server reports (an own cluster given as `BENCH_POSTGRES_URL`). */
function serverVersion(url: string): string {
  const bin = postgresBin();
  try {
    return execFileSync(join(bin ?? '', 'psql'), ['-At', '-c', 'show server_version', url], {
      encoding: 'utf8',
    })
      .trim()
      .split(' ')[0] as string;
  } catch {
    return 'unknown';
  }
}

/**
 * Starts a cluster on a free loopback port (not the tests' 5433, which another run may
 * be using), or hands out the one `pnpm bench` started (`BENCH_POSTGRES_URL`, which the
 * bench must then not stop). Returns `null` with the reason logged when PostgreSQL is
 * unavailable.
 */
export async function startPostgres(): Promise<PostgresCluster | null> {
  const shared = process.env.BENCH_POSTGRES_URL;
  if (shared)
    return {
      url: shared,
      version: process.env.BENCH_POSTGRES_VERSION ?? serverVersion(shared),
      stop: () => {},
    };
  const reason = postgresUnavailable();
  if (reason) {
    console.log(`  PostgreSQL not available: ${reason}`);
    return null;
  }
  const port = await freePort();
  const out = execFileSync(
    'bash',
    ['-c', `source "${script}" && pg_cluster_start && echo "PGROOT=$PG_ROOT PGDATA=$PGDATA"`],
    { env: { ...process.env, PG_PORT: String(port) }, encoding: 'utf8' },
  );
  const root = /PGROOT=(\S+)/.exec(out)?.[1];
  const data = /PGDATA=(\S+)/.exec(out)?.[1];
  const version = /PostgreSQL (\S+)/.exec(out)?.[1] ?? 'unknown';
  if (!root || !data) throw new Error(`pg_cluster_start said: ${out}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop: () => {
      execFileSync('bash', ['-c', `source "${script}" && PGDATA="${data}" pg_cluster_stop`]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
