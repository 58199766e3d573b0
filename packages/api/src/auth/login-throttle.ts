import { createHash } from 'node:crypto';
import { type Database, queryRows, sql } from '@trappen/db';

/**
 * Login throttling per (account, address) and per address, counted in the database (so
 * shared by every server instance). No account is ever locked: the owner logging in from
 * an address that did not fail is never delayed by an attack from elsewhere.
 */
export interface ThrottlePolicy {
  /** A key's attempts are forgiven after this long without one; also the longest delay. */
  windowMs: number;
  /** Attempts per (account, address) evaluated without delay. */
  perAccountAddress: number;
  /** Attempts per address, over all accounts, evaluated without delay (an office behind one NAT). */
  perAddress: number;
  /** The first delay after the free attempts; it doubles with each further attempt. */
  delayMs: number;
}

/** 5 free attempts per account and address, 50 per address; then 30 s, 1 min, 2 min, … up to 15 min. */
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  perAccountAddress: 5,
  perAddress: 50,
  delayMs: 30_000,
};

// Hashed, so the table holds neither e-mail addresses nor client addresses. The prefixes
// also fix the order in which `reserve_login_attempt` locks the two rows.
const digest = (text: string) => createHash('sha256').update(text).digest('base64url');
const keys = (email: string, address: string) => ({
  pair: `a:${digest(`${email.toLowerCase()}\n${address}`)}`,
  address: `i:${digest(address)}`,
});

/** Whether an attempt may be evaluated; if not, how many seconds to wait. */
export type Reservation = { reserved: true } | { reserved: false; retryAfterSeconds: number };

/**
 * Reserves one login attempt before the password is checked, in one statement that
 * counts and records it (`reserve_login_attempt`): of any number of parallel attempts,
 * only those within the free attempts or past the delay are evaluated. A reserved
 * attempt counts as a failure until {@link releaseLoginAttempt} is called after success.
 */
export async function reserveLoginAttempt(
  db: Database,
  email: string,
  address: string,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): Promise<Reservation> {
  const k = keys(email, address);
  const [row] = await queryRows<{ wait: number | string }>(
    db,
    sql`select reserve_login_attempt(${k.pair}, ${k.address}, ${policy.perAccountAddress}::int,
      ${policy.perAddress}::int, ${`${policy.windowMs} milliseconds`}::interval,
      ${`${policy.delayMs} milliseconds`}::interval) as wait`,
  );
  const wait = Number(row?.wait ?? 0);
  return wait > 0 ? { reserved: false, retryAfterSeconds: Math.ceil(wait) } : { reserved: true };
}

/**
 * After a successful login: forgets the (account, address) attempts and gives the
 * address back the attempt the success used, so an office's own logins never delay it.
 */
export async function releaseLoginAttempt(
  db: Database,
  email: string,
  address: string,
): Promise<void> {
  const k = keys(email, address);
  await db.execute(sql`with forgotten as (delete from login_throttle where key = ${k.pair})
    update login_throttle set attempts = greatest(attempts - 1, 0),
      next_attempt_at = least(next_attempt_at, now())
    where key = ${k.address}`);
}
