import { initTRPC } from '@trpc/server';
import { isAudited, writeAudit } from './audit';
import type { Context } from './context';
import { requestIdOf } from './db-unavailable';
import { formatError } from './error-formatter';
import { forbidden, unauthorized } from './errors';
import { ruleOf } from './policy';
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
 * Input with text PostgreSQL cannot store, or nested too deeply, is refused before any
 * rule, schema or query (an import file's cells are checked by the importer, which
 * reports them line by line).
 */
const storable = t.middleware(async ({ getRawInput, next, path }) => {
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
 * A logged-in caller's refused attempt is audited (Datatilsynet: log denied access):
 * every FORBIDDEN (the policy refused the role), and every NOT_FOUND of a write (another
 * team's or municipality's record), unless the procedure audited it itself.
 */
const auditDenials = t.middleware(async ({ ctx, next, path, type, getRawInput }) => {
  const result = await next();
  if (ctx.user && !result.ok && !isAudited(result.error)) {
    const code = result.error.code;
    if (code === 'FORBIDDEN' || (code === 'NOT_FOUND' && type === 'mutation'))
      await writeAudit(ctx.db, ctx.user, ctx.requestId, {
        action: 'denied',
        entity: path,
        entityId: await targetIdOf(getRawInput),
        outcome: code === 'FORBIDDEN' ? 'forbidden' : 'notFound',
      });
  }
  return result;
});

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

const policed = t.procedure.use(storable).use(auditDenials).use(authorize);

/**
 * The builder of every procedure: storable input, the caller passed the procedure's rule
 * in `POLICY` (refusals audited), and `ctx.user` is the signed-in user.
 */
export const procedure = policed.use(({ ctx, next }) => {
  // Only an open rule lets an anonymous caller this far; its procedure is declared
  // with `openProcedure`, so this refuses rather than hand a procedure a null user.
  if (!ctx.user) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * `procedure` for the rules that are `open` (the login, the board): the same checks, with
 * `ctx.user` `null` for anonymous callers.
 */
export const openProcedure = policed;
