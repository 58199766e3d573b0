import { type Database, eq, sessions } from '@trappen/db';

/** Deletes a session server-side, so its cookie is worthless from now on. */
export async function destroySession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
