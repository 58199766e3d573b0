import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './tenancy';

/**
 * A login session. Only the SHA-256 of the cookie token is stored, so a copy of the
 * database cannot be used to hijack sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Absolute expiry; the idle limit is checked against `lastSeenAt`. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** How the user proved who they are: `password` now, `oidc` later. */
    method: text('method').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Login attempts per key: the SHA-256 of an (account, address) pair or of an address,
 * never the e-mail or address itself. Each attempt is reserved here before the password
 * is checked (`reserve_login_attempt()` in migration 0009), so parallel guesses queue on
 * the row; after the free attempts each further one waits a growing delay.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  /** Attempts not followed by a success since the key was last quiet for a window. */
  attempts: integer('attempts').notNull().default(0),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  /** No attempt for this key is evaluated before this time. */
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Append-only audit log of every access to a child's data. A trigger (see the
 * migrations) rejects UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    municipalityId: uuid('municipality_id'),
    userId: uuid('user_id'),
    role: text('role'),
    /** read, search, create, update, delete, export, login, logout, denied. */
    action: text('action').notNull(),
    /** What was touched: child, case, intervention, followUp, plan, ... */
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    childId: uuid('child_id'),
    /** ok, notFound, forbidden, conflict. */
    outcome: text('outcome').notNull().default('ok'),
    /** Search criteria or changed fields (never CPR numbers or passwords). */
    criteria: jsonb('criteria'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_child_idx').on(t.childId, t.at),
    index('audit_log_municipality_idx').on(t.municipalityId, t.at),
  ],
);

/**
 * An OpenID Connect login in progress: what the callback checks the provider's answer
 * against. Keyed by the SHA-256 of `state` (also held in a cookie of the browser that
 * started it, against login CSRF); deleted when the callback uses it, so it is single-use.
 */
export const oidcLoginAttempts = pgTable('oidc_login_attempts', {
  stateHash: text('state_hash').primaryKey(),
  /** `staff` or `parent`. */
  audience: text('audience').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  /** Where to go after login: a path on this server. */
  returnTo: text('return_to').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
