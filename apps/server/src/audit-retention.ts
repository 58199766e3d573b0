import { type Database, queryRows, sql } from '@trappen/db';

/** The shortest retention the database accepts (the 180-day floor in `purge_audit_log`). */
export const MIN_AUDIT_RETENTION_DAYS = 180;

/**
 * Deletes audit rows older than `retentionDays` through the database function
 * `purge_audit_log`, the only path past the append-only trigger. Returns the count.
 */
export async function purgeAuditLog(db: Database, retentionDays: number): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_AUDIT_RETENTION_DAYS)
    throw new Error(`audit retention must be at least ${MIN_AUDIT_RETENTION_DAYS} whole days`);
  const [row] = await queryRows<{ removed: string | number }>(
    db,
    sql`select purge_audit_log(make_interval(days => ${retentionDays})) as removed`,
  );
  return Number(row?.removed ?? 0);
}

/**
 * Runs {@link purgeAuditLog} now and then every `everyMs` (default daily); failures are
 * reported, never thrown, so a purge problem cannot stop the server. Returns a stop function.
 */
export function scheduleAuditPurge(
  db: Database,
  retentionDays: number,
  report: (message: string) => void,
  everyMs = 24 * 60 * 60 * 1000,
): () => void {
  const run = () =>
    purgeAuditLog(db, retentionDays).then(
      (removed) => {
        if (removed > 0)
          report(`audit retention: purged ${removed} rows older than ${retentionDays} days`);
      },
      (error: unknown) => report(`audit retention purge failed: ${String(error)}`),
    );
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
