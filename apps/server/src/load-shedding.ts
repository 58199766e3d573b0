import type { RequestHandler } from 'express';

/** How many requests may run at once, and how many may wait, before new ones get 503. */
export interface ConcurrencyLimit {
  maxActive: number;
  maxQueued: number;
  /** Seconds a refused client is told to wait (`Retry-After`). */
  retryAfterSeconds: number;
}

/**
 * The bound `pnpm start` puts on the embedded database, which answers one statement at a
 * time on the server's thread: beyond a few requests running and a short queue, a fast
 * 503 beats a request that times out.
 */
export const EMBEDDED_CONCURRENCY: ConcurrencyLimit = {
  maxActive: 4,
  maxQueued: 32,
  retryAfterSeconds: 1,
};

/** A middleware that bounds the work in flight, and how many requests are waiting now. */
export interface BoundedConcurrency {
  handler: RequestHandler;
  queued(): number;
}

/**
 * Bounds concurrent requests for the embedded database, which runs every statement on
 * the server's own thread one after the other: past `maxActive` running and `maxQueued`
 * waiting, a request is answered at once with 503 and `Retry-After` instead of waiting
 * until the client gives up. A slot is freed when the response finishes or the client
 * goes away.
 */
export function boundedConcurrency(limit: ConcurrencyLimit): BoundedConcurrency {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  const handler: RequestHandler = (_req, res, next) => {
    const start = () => {
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release();
      };
      res.once('finish', done);
      res.once('close', done);
      next();
    };
    if (active < limit.maxActive) {
      active += 1;
      start();
      return;
    }
    if (waiting.length >= limit.maxQueued) {
      res.setHeader('Retry-After', String(limit.retryAfterSeconds));
      res.status(503).json({
        error: {
          message: 'The server is busy; try again shortly.',
          data: {
            code: 'SERVICE_UNAVAILABLE',
            httpStatus: 503,
            requestId: res.locals.requestId ?? null,
            messages: {
              da: 'Serveren har travlt lige nu. Prøv igen om lidt.',
              en: 'The server is busy; try again shortly.',
            },
          },
        },
      });
      return;
    }
    const entry = () => start();
    waiting.push(entry);
    // A client that leaves while waiting gives its place up.
    res.once('close', () => {
      const at = waiting.indexOf(entry);
      if (at >= 0) waiting.splice(at, 1);
    });
  };
  return { handler, queued: () => waiting.length };
}
