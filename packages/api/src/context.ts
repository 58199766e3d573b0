import { randomUUID } from 'node:crypto';
import type { Database, SQL } from '@trappen/db';
import { TRPCError } from '@trpc/server';
import { type AuditEntry, type AuditSqlEntry, auditInsertSql, writeAudit } from './audit';
import { DEFAULT_THROTTLE, type ThrottlePolicy } from './auth/login-throttle';
import { resolveSession } from './auth/resolve-session';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/session-policy';
import type { SessionUser } from './auth/session-user';

/** How the transport sets and clears the session cookie (the API never sees HTTP). */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Per-request context every procedure receives. */
export interface Context {
  db: Database;
  /** The logged-in user, or `null`. */
  user: SessionUser | null;
  /** Hash of the current session token, for logout. */
  sessionTokenHash: string | null;
  /** Correlation id, echoed in errors and audit rows. */
  requestId: string;
  /** Client address, for login throttling. */
  ip: string;
  /** Tells the client how many seconds to wait before trying again (`Retry-After`). */
  retryAfter(seconds: number): void;
  isDev: boolean;
  cookies: SessionCookies;
  sessionPolicy: SessionPolicy;
  throttle: ThrottlePolicy;
  /** Today's date (ISO); injectable so tests and demo data agree on "today". */
  today: () => string;
  /** The current instant, for clocks counted in hours (the 24-hour assessment); on {@link today}'s day. */
  now: () => Date;
  /** Server secret for `cprHash` (parents' CPR numbers); `null` when not configured. */
  cprKey: string | null;
  /** Writes an audit row as the current user, through `db` (pass a transaction). */
  audit(entry: AuditEntry, db?: Database): Promise<void>;
  /**
   * The audit row as the current user, as an `INSERT` to embed in the statement of the
   * read it documents (see {@link auditInsertSql}).
   */
  auditSql(entry: AuditSqlEntry, from?: SQL): SQL;
}

/** What the transport provides to build a {@link Context}. */
export interface CreateContextOptions {
  db: Database;
  sessionToken?: string | undefined;
  ip?: string | undefined;
  requestId?: string | undefined;
  /** Sets `Retry-After` on the response (absent outside HTTP). */
  retryAfter?: (seconds: number) => void;
  isDev?: boolean;
  cookies?: SessionCookies;
  sessionPolicy?: SessionPolicy;
  throttle?: ThrottlePolicy;
  today?: () => string;
  /** The current instant; by default the real time of day on `today`'s date. */
  now?: () => Date;
  cprKey?: string | null | undefined;
}

/**
 * With `today` injected (tests, the demo) and no `now`, the clock runs at the real time
 * of day on that date, so hour clocks and day deadlines agree.
 */
function nowOf(options: CreateContextOptions): () => Date {
  if (options.now) return options.now;
  const today = options.today;
  if (!today) return () => new Date();
  return () => new Date(`${today()}T${new Date().toISOString().slice(11)}`);
}

const noCookies: SessionCookies = { set: () => {}, clear: () => {} };

/**
 * Builds the request context: resolves the session cookie to a fresh user (or `null`).
 *
 * @example
 * ```ts
 * const ctx = await createContext({ db, sessionToken: req.cookies.session, ip: req.ip });
 * ```
 */
export async function createContext(options: CreateContextOptions): Promise<Context> {
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const requestId = options.requestId ?? randomUUID();
  const session = await resolveSession(options.db, options.sessionToken, sessionPolicy).catch(
    (error: unknown) => {
      // No context means no correlation id in the error response unless it rides on the error.
      throw Object.assign(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error }), {
        requestId,
      });
    },
  );
  const user = session?.user ?? null;
  return {
    db: options.db,
    user,
    sessionTokenHash: session?.tokenHash ?? null,
    requestId,
    ip: options.ip ?? 'unknown',
    retryAfter: options.retryAfter ?? (() => {}),
    isDev: options.isDev ?? false,
    cookies: options.cookies ?? noCookies,
    sessionPolicy,
    throttle: options.throttle ?? DEFAULT_THROTTLE,
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
    now: nowOf(options),
    cprKey: options.cprKey ?? null,
    audit: (entry, db = options.db) => writeAudit(db, user, requestId, entry),
    auditSql: (entry, from) => auditInsertSql(user, requestId, entry, from),
  };
}
