import { type RetentionRunResult, runRetention } from '@trappen/api';
import { type Database, queryRows, sql } from '@trappen/db';

/**
 * The day a retention run checks against: the earlier of the server's and the
 * database's date, so a server clock set forward cannot make cases due early.
 */
export async function retentionToday(db: Database, now: Date = new Date()): Promise<string> {
  const [row] = await queryRows<{ today: string }>(db, sql`select current_date::text as today`);
  const server = now.toISOString().slice(0, 10);
  const database = row?.today ?? server;
  // ISO dates compare as strings: the earlier day sorts first.
  return [database, server].sort()[0] ?? server;
}

/**
 * One run of the retention job over every municipality, reporting progress every
 * `progressEvery` children. The scheduler and the operator command both call it.
 */
export async function runRetentionJob(
  db: Database,
  options: {
    dryRun?: boolean;
    today?: string;
    report: (message: string) => void;
    progressEvery?: number;
  },
): Promise<RetentionRunResult> {
  const safe = await retentionToday(db);
  // An operator may look back (a dry run "as of" an earlier day), never ahead.
  const today = options.today !== undefined && options.today < safe ? options.today : safe;
  const every = options.progressEvery ?? 100;
  const result = await runRetention(db, {
    today,
    dryRun: options.dryRun ?? false,
    onProgress: (p) => {
      if (p.done % every === 0 || p.done === p.total)
        options.report(
          `retention: ${p.done}/${p.total} children (${p.removed} removed, ${p.skipped} skipped)`,
        );
    },
  });
  options.report(
    `retention ${result.dryRun ? 'dry run' : 'run'} for ${today}: ${result.cases.length} case(s) ${result.dryRun ? 'due' : 'removed'}`,
  );
  return result;
}

/**
 * Runs the retention job now and then every `everyMs` (default daily) inside the
 * server; failures are reported, never thrown, and a run still going is not started
 * twice. Returns a stop function.
 */
export function scheduleRetention(
  db: Database,
  report: (message: string) => void,
  everyMs = 24 * 60 * 60 * 1000,
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await runRetentionJob(db, { report });
    } catch (error) {
      report(`retention run failed (rerun resumes where it stopped): ${String(error)}`);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
