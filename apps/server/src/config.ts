import { fileURLToPath } from 'node:url';

/** Server configuration from the environment. */
export interface Config {
  port: number;
  /** `postgres://…`; when absent, the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  isDev: boolean;
  /** Reverse proxies whose `X-Forwarded-For` is believed (see {@link parseTrustProxy}). */
  trustProxy: TrustProxy;
  allowedOrigins: string[];
  /** Audit rows older than this are purged daily (at least 180). */
  auditRetentionDays: number;
  /** Bearer token for `/metrics`; without one the endpoint is off. */
  metricsToken: string | undefined;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Which reverse proxies to believe: `false` (none: the socket's address is the client),
 * a hop count (that many proxies in front, the rightmost addresses of
 * `X-Forwarded-For`), or proxy addresses, CIDR ranges and Express's names (`loopback`,
 * `linklocal`, `uniquelocal`). Never "any", which lets a client pick its own address.
 */
export type TrustProxy = false | number | string[];

const ADDRESS_OR_RANGE = /^(?:loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(?:\/\d{1,3})?)$/;

/** Parses `TRUST_PROXY`: empty, a hop count (`1`), or a comma-separated list of addresses/CIDRs. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const bad = list.find((part) => !ADDRESS_OR_RANGE.test(part));
  if (bad !== undefined || list.length === 0)
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the server (e.g. 1) or their addresses/CIDRs (e.g. 10.0.0.0/8,192.168.1.5), not ${JSON.stringify(text)}${text === 'true' ? ' (which would believe any client’s X-Forwarded-For)' : ''}`,
    );
  return list;
}

/**
 * Reads `PORT` (3000), `DATABASE_URL`, `TRAPPEN_DATA_DIR` (`.data/pglite` under the
 * repository root), `NODE_ENV`, `TRUST_PROXY` ({@link parseTrustProxy}), `ALLOWED_ORIGINS` (comma-separated) and `METRICS_TOKEN`.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port: ${env.PORT}`);
  const auditRetentionDays = Number(env.AUDIT_RETENTION_DAYS ?? 1825);
  if (!Number.isInteger(auditRetentionDays) || auditRetentionDays < 180)
    throw new Error(
      `AUDIT_RETENTION_DAYS must be a whole number ≥ 180: ${env.AUDIT_RETENTION_DAYS}`,
    );
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.TRAPPEN_DATA_DIR || `${repoRoot}.data/pglite`,
    // Secure by default: only an explicit NODE_ENV=development relaxes cookies and errors.
    isDev: env.NODE_ENV === 'development',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    auditRetentionDays,
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}
