import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  appRouter,
  type Context,
  createContext,
  DEFAULT_SESSION_POLICY,
  DEFAULT_THROTTLE,
  type SessionPolicy,
  type ThrottlePolicy,
} from '@trappen/api';
import type { Database } from '@trappen/db';
import type { TRPCError } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { OidcConfig } from './auth/oidc-config';
import { oidcRoutes } from './auth/oidc-routes';
import { readCookie, sessionCookie, sessionCookieName } from './cookies';
import { csrfGuard } from './csrf';
import { landingPage } from './landing-page';
import { openApiRoute } from './openapi/route';
import { queryFastPath } from './query-fast-path';
import { DEFAULT_RATE_LIMIT, type RateLimitPolicy, rateLimit } from './rate-limit';
import { describeForLog } from './redact';
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
  /** JSON body limit (default 100 kB; more → 413). */
  bodyLimit?: string;
  /** Most calls in one tRPC batch (more → 400). */
  maxBatchSize?: number;
  sessionPolicy?: SessionPolicy;
  throttle?: ThrottlePolicy;
  /** "Today" for deadlines (tests pin it to the demo data's date). */
  today?: () => string;
  /** Trust `X-Forwarded-*` from a reverse proxy (for the client IP and protocol). */
  trustProxy?: boolean;
  /** API requests per session and per address before `429` (default {@link DEFAULT_RATE_LIMIT}). */
  rateLimit?: RateLimitPolicy;
  /** Where unexpected errors are reported, already redacted (default `console.error`). */
  logError?: (requestId: string, message: string) => void;
  /**
   * Answer single `GET` queries without tRPC's Fetch translation (default on; see
   * {@link queryFastPath}). Off sends every call through the tRPC adapter.
   */
  queryFastPath?: boolean;
  /** OpenID Connect providers for staff and parents (see `readOidcConfig`); none by default. */
  oidc?: OidcConfig | null;
}

const defaultAppsDir = fileURLToPath(new URL('../../', import.meta.url));

// CSV imports travel as one JSON string of up to 4 million characters (the API's own cap);
// JSON escaping and UTF-8 can about double that. Every other procedure keeps the small limit.
const IMPORT_BODY_LIMIT = '10mb';
const IMPORT_PATH = /^\/imports\.[A-Za-z]+(,imports\.[A-Za-z]+)*$/;

/** The JSON body parser: `limit` for every call, {@link IMPORT_BODY_LIMIT} for import calls only. */
function jsonBody(limit: string): express.RequestHandler {
  const small = express.json({ limit });
  const large = express.json({ limit: IMPORT_BODY_LIMIT });
  return (req, res, next) => (IMPORT_PATH.test(req.path) ? large : small)(req, res, next);
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
  const sink = options.logError ?? ((id, message) => console.error(`[${id}] ${message}`));
  // Redacted here, whatever the sink, so no password, session id or CPR number reaches a log.
  const logError = (id: string, error: unknown) => sink(id, describeForLog(error));
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', true);
  app.use(securityHeaders(isDev));
  app.use((_req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });

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
  const contextFor = (req: express.Request, res: express.Response) =>
    createContext({
      db: options.db,
      sessionToken: readCookie(req.headers.cookie, cookieName),
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      requestId: res.locals.requestId as string,
      isDev,
      sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
      throttle: options.throttle ?? DEFAULT_THROTTLE,
      ...(options.today ? { today: options.today } : {}),
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
    csrfGuard(options.allowedOrigins ?? []),
    rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT, (header) => readCookie(header, cookieName)),
    jsonBody(options.bodyLimit ?? '100kb'),
    ...(options.queryFastPath === false
      ? []
      : [queryFastPath({ router: appRouter, createContext: contextFor, onError })]),
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
      res.status(status).json({
        error: {
          message:
            status === 413 ? 'The request is too large.' : 'The request body is not valid JSON.',
          data: { code, httpStatus: status, requestId: res.locals.requestId, fieldErrors: {} },
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
