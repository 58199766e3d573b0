import { and, count, type Database, eq, gt, inArray, loginFailures } from '@trappen/db';

/** Failed-login limits per sliding window, counted in the database (shared by all instances). */
export interface ThrottlePolicy {
  windowMs: number;
  perAccount: number;
  perIp: number;
}

/** Five failures per account or 20 per IP address in 15 minutes. */
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perIp: 20,
};

const keys = (email: string, ip: string) => ({
  account: `account:${email.toLowerCase()}`,
  ip: `ip:${ip}`,
});

/** True when the account or the IP address has too many recent failures. */
export async function isThrottled(
  db: Database,
  email: string,
  ip: string,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): Promise<boolean> {
  const k = keys(email, ip);
  const since = new Date(Date.now() - policy.windowMs);
  const rows = await db
    .select({ key: loginFailures.key, n: count() })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [k.account, k.ip]), gt(loginFailures.failedAt, since)))
    .groupBy(loginFailures.key);
  const of = (key: string) => rows.find((r) => r.key === key)?.n ?? 0;
  return of(k.account) >= policy.perAccount || of(k.ip) >= policy.perIp;
}

/** Records a failed login for both the account and the IP address. */
export async function recordLoginFailure(db: Database, email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  await db.insert(loginFailures).values([{ key: k.account }, { key: k.ip }]);
}

/** Forgets an account's failures after a successful login. */
export async function clearLoginFailures(db: Database, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, keys(email, '').account));
}
