import { queueDueMessages } from '@trappen/api';
import type { Database } from '@trappen/db';

/**
 * Writes the due reminders, digests and weekly summaries every five minutes (and once at
 * start); each message's key names its day, so the many runs of a day write it once.
 */
export function scheduleDueMessages(
  db: Database,
  everyMs = 5 * 60_000,
  now: () => Date = () => new Date(),
): { stop(): void } {
  let running = Promise.resolve();
  const tick = () => {
    // One run at a time; a failed run is retried by the next tick.
    running = running.then(() => queueDueMessages(db, now()).then(() => {})).catch(() => {});
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
