import { type Database, eq, municipalities } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';

/** Whether the caller's municipality accepts local passwords. */
export async function passwordLoginOf(db: Database, user: SessionUser): Promise<boolean> {
  const [row] = await db
    .select({ passwordLogin: municipalities.passwordLogin })
    .from(municipalities)
    .where(eq(municipalities.id, user.municipalityId));
  return row?.passwordLogin ?? true;
}

/**
 * Turns local passwords on or off for the caller's municipality. Off refuses every
 * password login there from the next attempt; sessions already open stay until they end.
 */
export async function setPasswordLogin(
  db: Database,
  user: SessionUser,
  enabled: boolean,
): Promise<void> {
  await db
    .update(municipalities)
    .set({ passwordLogin: enabled })
    .where(eq(municipalities.id, user.municipalityId));
}
