import { type Database, eq, queryRows, sql, users } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { createContext } from '../context';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

const createCaller = createCallerFactory(appRouter);

/** A server-side caller of the whole router, as the router's tests use it. */
export type TestCaller = ReturnType<typeof createCaller>;

/**
 * A caller signed in as the seeded user with `email` (with their guardianships), or an
 * anonymous caller for `null`, with "today" (and optionally "now") fixed. Test support only: it skips the
 * session cookie and calls the procedures directly.
 */
export async function callerFor(
  db: Database,
  email: string | null,
  today: string,
  now?: () => Date,
): Promise<{ caller: TestCaller; user: SessionUser | null }> {
  const ctx = await createContext({ db, today: () => today, ...(now ? { now } : {}) });
  if (email === null) return { caller: createCaller(ctx), user: null };
  const [row] = await db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  const guardianOf = await queryRows<{ child_id: string }>(
    db,
    sql`select child_id::text from guardians where user_id = ${row.id}`,
  );
  const [municipality] = await queryRows<{ name: string }>(
    db,
    sql`select name from municipalities where id = ${row.municipalityId}`,
  );
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    municipalityId: row.municipalityId,
    municipalityName: municipality?.name ?? '',
    teamId: row.teamId,
    caseworkerId: row.caseworkerId,
    guardianOf: guardianOf.map((g) => g.child_id),
  };
  return { caller: createCaller({ ...ctx, user }), user };
}
