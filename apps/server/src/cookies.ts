/**
 * Reads one cookie from a `Cookie` header; a value that is not valid percent-encoding
 * (e.g. `%`) reads as no cookie, since no token this server issued looks like that.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The session cookie's name: `__Host-` outside development, so it is Secure, host-only and Path=/. */
export const sessionCookieName = (secure: boolean): string =>
  secure ? '__Host-trappen_session' : 'trappen_session';

/** A `Set-Cookie` value for the session (HttpOnly, SameSite=Lax, Secure outside development). */
export function sessionCookie(
  name: string,
  token: string,
  expiresAt: Date | null,
  secure: boolean,
): string {
  const parts = [`${name}=${encodeURIComponent(token)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  parts.push(expiresAt ? `Expires=${expiresAt.toUTCString()}` : 'Max-Age=0');
  return parts.join('; ');
}
