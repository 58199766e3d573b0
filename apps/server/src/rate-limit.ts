import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Requests allowed per fixed window, per session and per client address. */
export interface RateLimitPolicy {
  windowMs: number;
  /** Most API requests per session (a logged-in user) in one window. */
  perSession: number;
  /** Most API requests per client address in one window (anonymous and logged in). */
  perIp: number;
}

/** 300 requests a minute per session, 1,200 per address (a whole office behind one NAT). */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = {
  windowMs: 60_000,
  perSession: 300,
  perIp: 1200,
};

/**
 * Answers `429` with `Retry-After` once a session or an address has made too many API
 * requests in the current window. Counted in memory per instance; a fleet behind a load
 * balancer multiplies the limit by the number of instances.
 */
export function rateLimit(
  policy: RateLimitPolicy,
  sessionOf: (cookieHeader: string | undefined) => string | undefined,
): RequestHandler {
  const counts = new Map<string, number>();
  let windowStart = Date.now();
  const hit = (key: string) => {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n;
  };
  return (req, res, next) => {
    const now = Date.now();
    if (now - windowStart >= policy.windowMs) {
      counts.clear();
      windowStart = now;
    }
    const token = sessionOf(req.headers.cookie);
    // Keyed by a hash so the map never holds a usable session token.
    const overSession =
      token !== undefined &&
      hit(`s:${createHash('sha256').update(token).digest('base64url')}`) > policy.perSession;
    const overIp = hit(`ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`) > policy.perIp;
    if (!overSession && !overIp) return next();
    res.setHeader('Retry-After', String(Math.ceil((windowStart + policy.windowMs - now) / 1000)));
    res.status(429).json({
      error: {
        message: 'Too many requests. Wait a moment and try again.',
        data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, requestId: res.locals.requestId },
      },
    });
  };
}
