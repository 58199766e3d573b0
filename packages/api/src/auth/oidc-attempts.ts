import { type Database, eq, lt, oidcLoginAttempts } from '@trappen/db';
import { hashToken } from './token';

/** A login attempt lives this long between the redirect to the provider and the callback. */
export const OIDC_ATTEMPT_TTL_MS = 10 * 60 * 1000;

/** What the callback checks the provider's answer against. */
export interface OidcAttempt {
  audience: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Stores a new attempt under the hash of its `state`, and forgets expired ones. */
export async function saveOidcAttempt(
  db: Database,
  state: string,
  attempt: OidcAttempt,
): Promise<void> {
  await db
    .delete(oidcLoginAttempts)
    .where(lt(oidcLoginAttempts.createdAt, new Date(Date.now() - OIDC_ATTEMPT_TTL_MS)));
  await db.insert(oidcLoginAttempts).values({ stateHash: hashToken(state), ...attempt });
}

/**
 * Takes the attempt for `state` (deleting it: a state is used once), or `null` when it
 * is unknown, expired or was started for another audience.
 */
export async function takeOidcAttempt(
  db: Database,
  state: string,
  audience: string,
): Promise<OidcAttempt | null> {
  const [row] = await db
    .delete(oidcLoginAttempts)
    .where(eq(oidcLoginAttempts.stateHash, hashToken(state)))
    .returning();
  if (!row || row.audience !== audience) return null;
  if (row.createdAt.getTime() < Date.now() - OIDC_ATTEMPT_TTL_MS) return null;
  return {
    audience: row.audience,
    nonce: row.nonce,
    codeVerifier: row.codeVerifier,
    returnTo: row.returnTo,
  };
}
