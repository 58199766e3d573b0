import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  appRouter,
  type Context,
  createContext,
  DEFAULT_SESSION_POLICY,
  DEFAULT_THROTTLE,
  POLICY,
  type Role,
  resolveSession,
  type SessionPolicy,
  type ThrottlePolicy,
} from '@trappen/api';
import type { Database } from '@trappen/db';
import type { TRPCError } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Logger } from 'pino';
import type { OidcConfig } from './auth/oidc-config';
import { oidcRoutes } from './auth/oidc-routes';
import type { TrustProxy } from './config';
import { readCookie, sessionCookie, sessionCookieName } from './cookies';
import { csrfGuard } from './csrf';
import { JsonTooDeepError, MAX_JSON_DEPTH, refuseDeepJson } from './json-depth';
import { landingPage } from './landing-page';
import { boundedConcurrency, type ConcurrencyLimit } from './load-shedding';
import { createLogger, requestLogger } from './logger';
import { createMetrics, type PoolStats } from './metrics';
import { openApiRoute } from './openapi/route';
import { DEFAULT_RATE_LIMIT, type RateLimitPolicy, rateLimit } from './rate-limit';
import { securityHeaders } from './security-headers';
import { mountStaticApps } from './static-apps';

/** Everything the HTTP server needs; nothing here listens on a port. */
export interface ServerOptions {
  db: Database;
  /** Resolves when the database answers (for `/readyz`). */
  ping: () => Promise<void>;
  /** Development: no Secure cookie or HSTS, and stacks in errors. */
  isDev?: boolean;
  /** Directory holding `console/`, `portal/` and `board/` with their `dist/`. */
  appsDir?: string;
  /** Origins besides the server's own allowed to send mutations (e.g. a Vite dev server). */
  allowedOrigins?: readonly string[];
  /** JSON body limit for logged-in callers (default 100 kB; more → 413). */
  bodyLimit?: string;
  /** JSON body limit for callers without a session cookie (default 64 kB; more → 413). */
  anonymousBodyLimit?: string;
  /** Most calls in one tRPC batch (more → 400). */
  maxBatchSize?: number;
  sessionPolicy?: SessionPolicy;
  throttle?: ThrottlePolicy;
  /** "Today" for deadlines (tests pin it to the demo data's date). */
  today?: () => string;
  /** "Now" for hour clocks (the 24-hour assessment); tests pin it on the demo data's day. */
  now?: () => Date;
  /**
   * Which reverse proxies' `X-Forwarded-*` to believe, for the client address and
   * protocol: a hop count or proxy addresses/CIDRs (Express's `trust proxy`), default none.
   */
  trustProxy?: TrustProxy;
  /** API requests per session and per address before `429` (default {@link DEFAULT_RATE_LIMIT}). */
  rateLimit?: RateLimitPolicy;
  /**
   * The structured logger for requests and unexpected errors (default JSON on stdout,
   * see {@link createLogger}); its serializers keep personal data out.
   */
  logger?: Logger;
  /**
   * Bounds API requests in flight (503 with `Retry-After` past it); for the embedded
   * database, which runs one statement at a time. Default: unbounded.
   */
  concurrency?: ConcurrencyLimit;
  /** Serves Prometheus metrics at `/metrics` to `Authorization: Bearer <token>`; off without. */
  metricsToken?: string;
  /** The database pool's state for `/metrics`. */
  poolStats?: () => PoolStats | null;
  /** OpenID Connect providers for staff and parents (see `readOidcConfig`); none by default. */
  oidc?: OidcConfig | null;
}

const defaultAppsDir = fileURLToPath(new URL('../../', import.meta.url));

// CSV imports travel as one JSON string of up to 4 million characters (the API's own cap);
// JSON escaping and UTF-8 can about double that. Every other procedure keeps the small limit.
const IMPORT_BODY_LIMIT = '10mb';
const IMPORT_PATH = /^\/imports\.[A-Za-z]+(,imports\.[A-Za-z]+)*$/;
/** The roles the policy allows to run an import (the large body limit is for them only). */
const IMPORT_ROLES: readonly Role[] = POLICY['imports.run'].roles;

/**
 * The JSON body parser, chosen before a byte of the body is read: `anonymous` without a
 * session cookie, `limit` with one, and {@link IMPORT_BODY_LIMIT} only for import calls
 * of a live session whose role may import (the session is resolved first). A larger
 * declared length is refused with 413 and the body drained unbuffered.
 */
function jsonBody(options: {
  anonymous: string;
  limit: string;
  sessionOf: (req: express.Request) => string | undefined;
  mayImport: (token: string) => Promise<boolean>;
}): express.RequestHandler {
  const anonymous = express.json({ limit: options.anonymous, verify: refuseDeepJson });
  const small = express.json({ limit: options.limit, verify: refuseDeepJson });
  const large = express.json({ limit: IMPORT_BODY_LIMIT, verify: refuseDeepJson });
  return async (req, res, next) => {
    const token = options.sessionOf(req);
    if (!token) return anonymous(req, res, next);
    if (req.method !== 'POST' || !IMPORT_PATH.test(req.path)) return small(req, res, next);
    return ((await options.mayImport(token)) ? large : small)(req, res, next);
  };
}

/**
 * Builds the Express app: security headers, `/healthz`, `/readyz`, the tRPC API at
 * `/trpc` with database sessions, the built apps and a landing page.
 *
 * @example
 * ```ts
 * const app = createServer({ db: handle.db, ping: handle.ping });
 * app.listen(3000);
 * ```
 */
export function createServer(options: ServerOptions): Express {
  const isDev = options.isDev ?? false;
  const secure = !isDev;
  const cookieName = sessionCookieName(secure);
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const logger = options.logger ?? createLogger();
  // The logger's `err` serializer keeps only the allow-listed fields of the error.
  const logError = (id: string, error: unknown) =>
    logger.error({ reqId: id, err: error }, 'unexpected error');
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined && options.trustProxy !== false)
    app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders(isDev));
  app.use((_req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });
  app.use(requestLogger(logger));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.get('/openapi.json', openApiRoute(cookieName));
  const limit = options.concurrency ? boundedConcurrency(options.concurrency) : null;
  const metrics = options.metricsToken
    ? createMetrics(options.metricsToken, new Set(Object.keys(appRouter._def.procedures)), {
        ...(options.poolStats
          ? { pool: () => options.poolStats?.() ?? { total: 0, idle: 0, waiting: 0 } }
          : {}),
        ...(limit ? { queued: limit.queued } : {}),
      })
    : null;
  if (metrics) app.get('/metrics', metrics.route);
  const contextFor = (req: express.Request, res: express.Response) =>
    createContext({
      db: options.db,
      sessionToken: readCookie(req.headers.cookie, cookieName),
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      requestId: res.locals.requestId as string,
      retryAfter: (seconds) => res.setHeader('Retry-After', String(seconds)),
      isDev,
      sessionPolicy,
      throttle: options.throttle ?? DEFAULT_THROTTLE,
      ...(options.today ? { today: options.today } : {}),
      ...(options.now ? { now: options.now } : {}),
      cprKey: options.oidc?.cprKey ?? null,
      cookies: {
        set: (token, expiresAt) =>
          res.append('Set-Cookie', sessionCookie(cookieName, token, expiresAt, secure)),
        clear: () => res.append('Set-Cookie', sessionCookie(cookieName, '', null, secure)),
      },
    });
  const onError = ({ error, ctx }: { error: TRPCError; ctx?: Context | undefined }) => {
    if (error.code === 'INTERNAL_SERVER_ERROR')
      // Without a context (the session lookup failed) the id rides on the error.
      logError(
        ctx?.requestId ?? (error as { requestId?: string }).requestId ?? '-',
        error.cause ?? error,
      );
  };
  app.use(
    '/trpc',
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    ...(metrics ? [metrics.recordApi] : []),
    // JSON answers (the board, case lists) shrink several-fold. tRPC streams its answers
    // without a length, so every answer is compressed for a client that accepts it.
    compression(),
    csrfGuard(options.allowedOrigins ?? []),
    rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT, (header) => readCookie(header, cookieName)),
    ...(limit ? [limit.handler] : []),
    jsonBody({
      anonymous: options.anonymousBodyLimit ?? '64kb',
      limit: options.bodyLimit ?? '100kb',
      sessionOf: (req) => readCookie(req.headers.cookie, cookieName),
      mayImport: async (token) => {
        const session = await resolveSession(options.db, token, sessionPolicy).catch(() => null);
        return session !== null && IMPORT_ROLES.includes(session.user.role);
      },
    }),
    createExpressMiddleware({
      router: appRouter,
      maxBatchSize: options.maxBatchSize ?? 20,
      createContext: ({ req, res }) => contextFor(req as express.Request, res as express.Response),
      onError,
    }),
  );

  if (options.oidc)
    app.use(
      '/auth/oidc',
      oidcRoutes({
        db: options.db,
        config: options.oidc,
        sessionCookieName: cookieName,
        secure,
        sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
      }),
    );
  else
    app.get('/auth/oidc/providers', (_req, res) => {
      res.json({ staff: false, parent: false });
    });

  const mounted = mountStaticApps(app, options.appsDir ?? defaultAppsDir);
  app.get('/', (_req, res) => {
    res.type('html').send(landingPage(mounted));
  });

  // Our own 404, so it carries the same security headers (Express's default replaces the CSP).
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 413 || status === 400) {
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      const deep = error instanceof JsonTooDeepError;
      res.status(status).json({
        error: {
          message:
            status === 413
              ? 'The request is too large.'
              : deep
                ? error.message
                : 'The request body is not valid JSON.',
          data: {
            code,
            httpStatus: status,
            requestId: res.locals.requestId,
            fieldErrors: deep ? { '(root)': [error.message] } : {},
            ...(deep
              ? {
                  messages: {
                    da: `Forespørgslen er indlejret mere end ${MAX_JSON_DEPTH} niveauer dybt.`,
                    en: error.message,
                  },
                }
              : {}),
          },
        },
      });
      return;
    }
    logError(res.locals.requestId as string, error);
    if (res.headersSent) return next(error);
    res
      .status(500)
      .json({ error: { message: 'Internal error', data: { requestId: res.locals.requestId } } });
  };
  app.use(bodyErrors);
  return app;
}
