import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable session token (256 bits, base64url). */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database stores for a token: its SHA-256, so a database copy cannot log anyone in. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');
