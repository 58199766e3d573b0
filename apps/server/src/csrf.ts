import type { RequestHandler } from 'express';

/**
 * Refuses cross-site writes: a POST must be `application/json` (which a plain HTML
 * form cannot send) and, when the browser says where it comes from, from an allowed
 * origin (the server's own by default).
 */
export function csrfGuard(allowedOrigins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    if (!req.is('application/json')) {
      res.status(415).json({ error: { message: 'Content-Type must be application/json' } });
      return;
    }
    const origin = req.headers.origin;
    if (origin) {
      const own = `${req.protocol}://${req.headers.host}`;
      if (origin !== own && !allowedOrigins.includes(origin)) {
        res.status(403).json({ error: { message: 'Cross-origin request refused' } });
        return;
      }
    }
    next();
  };
}
