import { initTRPC } from '@trpc/server';
import type { Role, SessionUser } from './auth/session-user';
import type { Context } from './context';
import { requestIdOf } from './db-unavailable';
import { formatError } from './error-formatter';
import { forbidden, unauthorized } from './errors';
import { unstorableInput, unstorableInputError } from './storable-input';

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
 * Open to anyone (`auth.login`, `kpi.board`). Every procedure starts here: input with
 * text PostgreSQL cannot store, or nested too deeply, is refused before any schema or query
 * (an import file's cells are checked by the importer, which reports them line by line).
 */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next, path }) => {
  const problems = unstorableInput(await getRawInput(), path);
  if (Object.keys(problems).length > 0) throw unstorableInputError(problems);
  return next();
});

/** Any logged-in user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
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
