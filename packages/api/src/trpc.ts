import { initTRPC } from '@trpc/server';
import type { Context } from './context';
import { requestIdOf } from './db-unavailable';
import { formatError } from './error-formatter';
import { forbidden, unauthorized } from './errors';
import { ruleOf } from './policy';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx, path }) {
    const formatted = formatError({
      error,
      path,
      httpStatus: shape.data.httpStatus,
      requestId: ctx?.requestId ?? requestIdOf(error),
      isDev: ctx?.isDev ?? false,
    });
    return { ...shape, message: formatted.message, data: formatted.data };
  },
});

/** Builds a router. */
export const createTRPCRouter = t.router;
/** Merges callers for server-side use in tests and scripts. */
export const createCallerFactory = t.createCallerFactory;

/**
 * The one authorization step: the rule of the called path in `POLICY`. No rule, or a
 * role outside the rule: `FORBIDDEN`; anonymous on a closed rule: `UNAUTHORIZED` (deny
 * by default). The queries filter by tenant and scope again, so a wrong rule is not a leak.
 */
const authorize = t.middleware(({ ctx, path, next }) => {
  const rule = ruleOf(path);
  if (!rule) throw forbidden();
  if (!rule.open) {
    if (!ctx.user) throw unauthorized();
    if (!rule.roles.includes(ctx.user.role)) throw forbidden();
  }
  return next();
});

/**
 * The builder of every procedure: the caller passed the procedure's rule in `POLICY`,
 * and `ctx.user` is the signed-in user.
 */
export const procedure = t.procedure.use(authorize).use(({ ctx, next }) => {
  // Only an open rule lets an anonymous caller this far; its procedure is declared
  // with `openProcedure`, so this refuses rather than hand a procedure a null user.
  if (!ctx.user) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * `procedure` for the rules that are `open` (the login, the board): the same policy
 * middleware, with `ctx.user` `null` for anonymous callers.
 */
export const openProcedure = t.procedure.use(authorize);
