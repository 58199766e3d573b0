import { type Database, queryRows, sql } from '@trappen/db';

/** The shortest retention the database accepts (the 180-day floor in `purge_audit_log`). */
export const MIN_AUDIT_RETENTION_DAYS = 180;

/**
 * Deletes audit rows older than `retentionDays`: stores the period in `audit_retention`
 * (where the database enforces the 180-day floor) and runs the database function
 * `purge_audit_log()`, the only path past the append-only trigger, in one transaction.
 * Only the schema owner may do either (migration 0010). Returns the count.
 */
export async function purgeAuditLog(db: Database, retentionDays: number): Promise<number> {
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_AUDIT_RETENTION_DAYS)
    throw new Error(`audit retention must be at least ${MIN_AUDIT_RETENTION_DAYS} whole days`);
  return db.transaction(async (tx) => {
    await tx.execute(sql`update audit_retention set days = ${retentionDays}`);
    const [row] = await queryRows<{ removed: string | number }>(
      tx,
      sql`select purge_audit_log() as removed`,
    );
    return Number(row?.removed ?? 0);
  });
}

/** Whether the connected role may purge (the schema owner may; `trappen_app` may not). */
export async function mayPurgeAuditLog(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ may: boolean }>(
    db,
    sql`select has_function_privilege('purge_audit_log()', 'execute') as may`,
  );
  return row?.may === true;
}

/**
 * Runs {@link purgeAuditLog} now and then every `everyMs` (default daily); failures are
 * reported, never thrown, so a purge problem cannot stop the server. A server connected as
 * a role that may not purge reports that once and leaves the purge to the schema owner.
 * Returns a stop function.
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
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  void mayPurgeAuditLog(db).then(
    (may) => {
      if (stopped) return;
      if (!may) {
        report(
          'audit retention: this database role may not purge; run the purge as the schema owner',
        );
        return;
      }
      void run();
      timer = setInterval(run, everyMs);
      timer.unref();
    },
    (error: unknown) => report(`audit retention purge failed: ${String(error)}`),
  );
  return () => {
    stopped = true;
    if (timer) clearInterval(timer);
  };
}
