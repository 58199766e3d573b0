import { initTRPC } from '@trpc/server';
import type { Role, SessionUser } from './auth/session-user';
import type { Context } from './context';
import { requestIdOf } from './db-unavailable';
import { formatError } from './error-formatter';
import { forbidden, unauthorized } from './errors';

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

/** Open to anyone. Only `auth.login` uses it. */
export const publicProcedure = t.procedure;

/** Any logged-in user. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

/**
 * Only the given roles; every other role gets `FORBIDDEN` (deny by default). The
 * queries filter by tenant and scope again, so a missing check here is not a leak.
 */
export const roleProcedure = (...roles: readonly Role[]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw forbidden();
    return next({ ctx });
  });

/** Caseworkers, team leaders and administrators. */
export const staffProcedure = roleProcedure('caseworker', 'teamLeader', 'administrator');
/**
 * Caseworkers and team leaders: the people on duty who take in notifications of concern
 * and open cases. Administrators configure, parents and council members never see them.
 */
export const intakeProcedure = roleProcedure('caseworker', 'teamLeader');
/** Team leaders and administrators. */
export const leaderProcedure = roleProcedure('teamLeader', 'administrator');
/** Administrators. */
export const adminProcedure = roleProcedure('administrator');
/** Parents (guardians). */
export const parentProcedure = roleProcedure('parent');
/** Aggregates only: staff and council members. */
export const aggregateProcedure = roleProcedure(
  'caseworker',
  'teamLeader',
  'administrator',
  'councilMember',
);
