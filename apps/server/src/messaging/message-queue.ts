import { type Database, queryRows, sql } from '@trappen/db';
import PgBoss from 'pg-boss';
import { type Channels, deliverMessage } from './deliver';

/** What the queue needs from the database handle: Drizzle, and raw SQL for pg-boss. */
export interface QueueDatabase {
  db: Database;
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Options of {@link startMessageQueue}. */
export interface MessageQueueOptions {
  channels: Channels;
  /** Attempts before a message is dead (default 6: about a minute of backoff in all). */
  maxAttempts?: number;
  /** First retry delay in seconds, doubled each time (default 2). */
  retryDelaySeconds?: number;
  /** An attempt running longer is taken as a dead worker and retried (default 120). */
  attemptTimeoutSeconds?: number;
  /** How often queued outbox rows are handed to the queue, in ms (default 2,000). */
  relayIntervalMs?: number;
  /** Messages delivered at once by this worker (default 4). */
  concurrency?: number;
  /** How often pg-boss looks for attempts of dead workers, in seconds (default 30). */
  maintenanceIntervalSeconds?: number;
  /**
   * Create or upgrade pg-boss's schema and the queue (default true). A server running
   * as the least-privileged role cannot: `pnpm migrate` does it with
   * {@link installMessageQueue}, and the server starts with `migrate: false`.
   */
  migrate?: boolean;
}

/** A running delivery worker. */
export interface MessageQueue {
  /** Hands every queued outbox message to the job queue now (the relay does it on its own). */
  relay(): Promise<number>;
  /** Jobs waiting or running (for `/metrics`). */
  depth(): Promise<number>;
  /** Stops taking work; `graceful: false` drops what is running (as a crash would). */
  stop(options?: { graceful: boolean }): Promise<void>;
}

const QUEUE = 'outbox-deliver';

/**
 * Creates pg-boss's schema and the delivery queue, as the schema owner (`pnpm migrate`),
 * so a server running as the least-privileged role can start with `migrate: false`.
 */
export async function installMessageQueue(database: QueueDatabase): Promise<void> {
  const queue = await startMessageQueue(database, { channels: {}, concurrency: 0 });
  await queue.stop();
}

/**
 * Delivers the outbox through pg-boss, on PostgreSQL and on the embedded PGlite alike
 * (through the handle's own connections). Each outbox row becomes one job keyed by the
 * row's id (a `singleton` queue, so a row never has two jobs at once); a job whose channel
 * fails is retried with exponential backoff; after `maxAttempts` the row is `dead` until
 * an administrator retries it. Several workers, in one or several servers, may run at
 * once: the row's claim decides who sends.
 */
export async function startMessageQueue(
  database: QueueDatabase,
  options: MessageQueueOptions,
): Promise<MessageQueue> {
  const maxAttempts = options.maxAttempts ?? 6;
  const attemptTimeout = options.attemptTimeoutSeconds ?? 120;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values ?? []) },
    schema: 'pgboss',
    schedule: false,
    supervise: true,
    migrate: options.migrate ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  // pg-boss reports maintenance hiccups here; a delivery failure is recorded on its row.
  boss.on('error', () => {});
  await boss.start();
  const queue = {
    name: QUEUE,
    policy: 'singleton' as const,
    retryLimit: maxAttempts - 1,
    retryDelay: options.retryDelaySeconds ?? 2,
    retryBackoff: true,
    expireInSeconds: attemptTimeout,
  };
  if (options.migrate ?? true) await boss.createQueue(QUEUE, queue);
  else if (!(await boss.getQueue(QUEUE))) {
    await boss.stop({ graceful: false });
    throw new Error(`the message queue "${QUEUE}" does not exist: run pnpm migrate as the owner`);
  }
  const deliverJob = async ([job]: PgBoss.Job<{ messageId: string }>[]) => {
    if (!job) return;
    const outcome = await deliverMessage(database.db, job.data.messageId, {
      channels: options.channels,
      staleAfterSeconds: attemptTimeout,
      maxAttempts,
    });
    // Throwing hands the job back to pg-boss for its next, later attempt.
    if (outcome === 'failed' || outcome === 'busy')
      throw new Error(`delivery ${outcome}; retrying`);
  };
  for (let i = 0; i < (options.concurrency ?? 4); i += 1)
    await boss.work(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, deliverJob);

  const relay = async () => {
    const rows = await queryRows<{ id: string }>(
      database.db,
      // Queued rows, and rows whose sender died and whose job is gone (its claim is stale).
      sql`select id from outbox_messages
          where status = 'queued'
            or (status = 'sending' and claimed_at < now() - make_interval(secs => ${attemptTimeout * 2}))
          order by created_at limit 500`,
    );
    for (const row of rows) await boss.send(QUEUE, { messageId: row.id }, { singletonKey: row.id });
    return rows.length;
  };
  let relaying: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    relaying = relaying.then(relay).catch(() => {});
  }, options.relayIntervalMs ?? 2000);
  timer.unref();

  return {
    relay,
    depth: () => boss.getQueueSize(QUEUE),
    stop: async ({ graceful } = { graceful: true }) => {
      clearInterval(timer);
      await relaying;
      await boss.stop({ graceful, wait: true, timeout: graceful ? 30_000 : 1 });
    },
  };
}
