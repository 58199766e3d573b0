import { initTRPC } from '@trpc/server';
import { isAudited, writeAudit } from './audit';
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

const ID_FIELDS = ['id', 'caseId', 'interventionId', 'planId', 'childId', 'businessCaseId'];

/** The id the caller aimed at, from the raw input, for the audit row of a denial. */
async function targetIdOf(getRawInput: () => Promise<unknown>): Promise<string | null> {
  const input = await getRawInput().catch(() => undefined);
  if (typeof input !== 'object' || input === null) return null;
  const record = input as Record<string, unknown>;
  const id = ID_FIELDS.map((key) => record[key]).find((v) => typeof v === 'string');
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

/**
 * Any logged-in user. A refused attempt is audited (Datatilsynet: log denied access):
 * every FORBIDDEN (a role that may not call the procedure), and every NOT_FOUND of a
 * write (another team's or municipality's record), unless the procedure audited it.
 */
export const authedProcedure = publicProcedure.use(
  async ({ ctx, next, path, type, getRawInput }) => {
    if (!ctx.user) throw unauthorized();
    const user = ctx.user as SessionUser;
    const result = await next({ ctx: { ...ctx, user } });
    if (!result.ok && !isAudited(result.error)) {
      const code = result.error.code;
      if (code === 'FORBIDDEN' || (code === 'NOT_FOUND' && type === 'mutation')) {
        await writeAudit(ctx.db, user, ctx.requestId, {
          action: 'denied',
          entity: path,
          entityId: await targetIdOf(getRawInput),
          outcome: code === 'FORBIDDEN' ? 'forbidden' : 'notFound',
        });
      }
    }
    return result;
  },
);

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
