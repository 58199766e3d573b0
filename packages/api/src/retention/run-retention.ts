import { randomUUID } from 'node:crypto';
import type { Database } from '@trappen/db';
import { type DueChild, findDueChildren } from './find-due-children';
import { caseHashOf, type RemovalCounts, removeChild } from './remove-child';

/** How far a retention run has come. */
export interface RetentionProgress {
  /** Children handled so far (removed or skipped). */
  done: number;
  total: number;
  removed: number;
  /** Children that stopped being due between the preview and their turn (reopened, held). */
  skipped: number;
}

/** What a run should do. */
export interface RetentionRunOptions {
  /** The day the retention periods are checked against (a parameter, never the clock). */
  today: string;
  /** Only report what a real run would remove; writes nothing. */
  dryRun?: boolean;
  /** Only this municipality (an administrator's run); all municipalities otherwise. */
  municipalityId?: string | undefined;
  /**
   * Only children whose every case hash is in this set (an administrator confirms the
   * preview's list); every due child otherwise (the scheduled job).
   */
  onlyCaseHashes?: ReadonlySet<string> | undefined;
  /** At most this many children (one batch of a longer run; the next call continues). */
  limit?: number | undefined;
  /** Called after every child. */
  onProgress?: (progress: RetentionProgress) => void;
  /**
   * Called inside each child's transaction after its rows are removed and before it
   * commits; a throw rolls that child back whole and stops the run (crash tests).
   */
  beforeCommit?: (childNumber: number) => void | Promise<void>;
}

/** One case a run removed (or, in a dry run, would remove); no personal data. */
export interface RetentionRunCase {
  caseHash: string;
  municipalityId: string;
  closedOn: string;
  removableFrom: string;
  mode: 'delete' | 'anonymise';
}

/** What a run did. */
export interface RetentionRunResult {
  runId: string;
  today: string;
  dryRun: boolean;
  cases: RetentionRunCase[];
  progress: RetentionProgress;
  /** Rows removed or anonymised per table over the run. */
  counts: RemovalCounts;
}

const casesOf = (child: DueChild): RetentionRunCase[] =>
  child.cases.map((item) => ({
    caseHash: caseHashOf(item.caseId),
    municipalityId: child.municipalityId,
    closedOn: item.closedOn,
    removableFrom: item.removableFrom,
    mode: child.policy.mode,
  }));

/**
 * The retention job: removes the personal data of every child whose cases are all
 * closed, without a legal hold and past the municipality's retention period on
 * `today`. Each child is removed in its own transaction that first locks and
 * re-checks the child's cases, so a crash leaves whole children (rerun to resume), a
 * retried or concurrent run skips what is already removed, and a clock set back
 * removes nothing early. The scheduler and the operator command both call this.
 *
 * @example
 * ```ts
 * const preview = await runRetention(db, { today: '2030-01-01', dryRun: true });
 * preview.cases.length; // what a real run would remove
 * ```
 */
export async function runRetention(
  db: Database,
  options: RetentionRunOptions,
): Promise<RetentionRunResult> {
  const runId = randomUUID();
  const only = options.onlyCaseHashes;
  const due = (await findDueChildren(db, options.today, { municipalityId: options.municipalityId }))
    .filter((child) => !only || child.cases.every((item) => only.has(caseHashOf(item.caseId))))
    .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const progress: RetentionProgress = { done: 0, total: due.length, removed: 0, skipped: 0 };
  const result: RetentionRunResult = {
    runId,
    today: options.today,
    dryRun: options.dryRun ?? false,
    cases: [],
    progress,
    counts: {},
  };
  if (options.dryRun) {
    result.cases = due.flatMap(casesOf);
    progress.done = due.length;
    options.onProgress?.({ ...progress });
    return result;
  }
  for (const candidate of due) {
    const removed = await db.transaction(async (tx) => {
      const [child] = await findDueChildren(tx, options.today, { lockFor: candidate.childId });
      if (!child || child.cases.length !== candidate.cases.length) return null;
      const counts = await removeChild(tx, child, { runId, today: options.today });
      await options.beforeCommit?.(progress.done + 1);
      return { child, counts };
    });
    progress.done += 1;
    if (removed) {
      progress.removed += 1;
      result.cases.push(...casesOf(removed.child));
      for (const [table, n] of Object.entries(removed.counts))
        result.counts[table] = (result.counts[table] ?? 0) + n;
    } else progress.skipped += 1;
    options.onProgress?.({ ...progress });
  }
  return result;
}
