import { type Database, sessions } from '@trappen/db';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './session-policy';
import { hashToken, newSessionToken } from './token';

/** A fresh session: the token for the cookie and when it expires at the latest. */
export interface EstablishedSession {
  token: string;
  expiresAt: Date;
}

/**
 * The one way a login becomes a session, whatever proved the user's identity
 * (`password` now, an OpenID Connect provider such as MitID later). Always a new id,
 * so a session id planted before login is worthless.
 */
export async function establishSession(
  db: Database,
  userId: string,
  method: 'password' | 'oidc',
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<EstablishedSession> {
  const token = newSessionToken();
  const now = Date.now();
  const expiresAt = new Date(now + policy.absoluteMs);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    method,
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    expiresAt,
  });
  return { token, expiresAt };
}
