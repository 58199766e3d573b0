/** How long sessions live. Both limits are enforced on the server, not by the cookie. */
export interface SessionPolicy {
  /** Idle timeout: a session unused this long is dead (default 30 minutes). */
  idleMs: number;
  /** Absolute timeout from login (default 12 hours). */
  absoluteMs: number;
}

/** The default {@link SessionPolicy}. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 30 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
};

// Refreshing lastSeenAt on every request would turn every read into a write.
export const TOUCH_AFTER_MS = 60 * 1000;
