import { fileURLToPath } from 'node:url';

/** Server configuration from the environment. */
export interface Config {
  port: number;
  /** `postgres://…`; when absent, the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  isDev: boolean;
  trustProxy: boolean;
  allowedOrigins: string[];
  /** Audit rows older than this are purged daily (at least 180). */
  auditRetentionDays: number;
  /** Bearer token for `/metrics`; without one the endpoint is off. */
  metricsToken: string | undefined;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Reads `PORT` (3000), `DATABASE_URL`, `TRAPPEN_DATA_DIR` (`.data/pglite` under the
 * repository root), `NODE_ENV`, `TRUST_PROXY`, `ALLOWED_ORIGINS` (comma-separated) and `METRICS_TOKEN`.
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
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    auditRetentionDays,
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}
