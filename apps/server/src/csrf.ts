import type { Request, RequestHandler, Response } from 'express';

const refuse = (res: Response, message: string) =>
  res.status(403).json({
    error: {
      message,
      data: { code: 'FORBIDDEN', httpStatus: 403, requestId: res.locals.requestId },
    },
  });

/** The origin of a URL, or `null` when it is not one. */
const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * Refuses cross-site requests to the API, reads included (a top-level navigation from
 * another site carries the SameSite=Lax cookie):
 * - `Sec-Fetch-Site` (Fetch Metadata, sent by current browsers): `same-origin` and
 *   `none` (typed by the user) pass; `cross-site` and `same-site` pass only from an
 *   allowed origin.
 * - Without it (older browsers): a present `Origin`, or else `Referer`, must be the
 *   server's own or an allowed origin. Clients that send neither (the CLI, scripts)
 *   are no browser a foreign page can drive.
 * Writes must also be `application/json`, which a plain HTML form cannot send.
 */
export function csrfGuard(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = (req: Request, origin: string | null) =>
    origin !== null &&
    (origin === `${req.protocol}://${req.headers.host}` || allowedOrigins.includes(origin));
  return (req, res, next) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      res.status(415).json({ error: { message: 'Content-Type must be application/json' } });
      return;
    }
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    if (site === 'cross-site' || site === 'same-site') {
      if (!allowed(req, origin ?? null)) return refuse(res, 'Cross-site request refused');
    } else if (site !== 'same-origin' && site !== 'none') {
      // No (or an unknown) Fetch Metadata header: fall back on Origin, then Referer.
      const claimed = origin ?? (req.headers.referer ? originOf(req.headers.referer) : undefined);
      if (claimed !== undefined && !allowed(req, claimed))
        return refuse(res, 'Cross-origin request refused');
    }
    next();
  };
}
