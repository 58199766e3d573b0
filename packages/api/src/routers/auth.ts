import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { writeAudit } from '../audit';
import { destroySession } from '../auth/destroy-session';
import { establishSession } from '../auth/establish-session';
import { clearLoginFailures, isThrottled, recordLoginFailure } from '../auth/login-throttle';
import { resolveSession } from '../auth/resolve-session';
import { verifyCredentials } from '../auth/verify-credentials';
import { AppError, tooManyRequests } from '../errors';
import { MeSchema } from '../schemas/me';
import { openProcedure, procedure } from '../trpc';
import { toMe } from './to-me';

const invalidCredentials = () =>
  new AppError('UNAUTHORIZED', {
    da: 'E-mail eller adgangskode er forkert.',
    en: 'E-mail or password is wrong.',
  });

/** Login, logout and the current user. */
export const authRouter = {
  /** Password login; on success a new session cookie. Throttled per account and IP. */
  login: openProcedure
    .input(
      z.object({ email: z.string().trim().toLowerCase().max(254), password: z.string().max(200) }),
    )
    .output(z.object({ user: MeSchema }))
    .mutation(async ({ ctx, input }) => {
      if (await isThrottled(ctx.db, input.email, ctx.ip, ctx.throttle)) throw tooManyRequests();
      const userId = await verifyCredentials(ctx.db, input.email, input.password);
      if (!userId) {
        await recordLoginFailure(ctx.db, input.email, ctx.ip);
        // Audited without the e-mail typed (it may be anyone's, or a password pasted by mistake).
        await writeAudit(ctx.db, null, ctx.requestId, {
          action: 'login',
          entity: 'session',
          outcome: 'failed',
        });
        throw invalidCredentials();
      }
      await clearLoginFailures(ctx.db, input.email);
      if (ctx.sessionTokenHash) await destroySession(ctx.db, ctx.sessionTokenHash);
      const session = await establishSession(ctx.db, userId, 'password', ctx.sessionPolicy);
      // The session was created a moment ago; only the user lookup matters here.
      const resolved = await resolveSession(ctx.db, session.token, {
        ...ctx.sessionPolicy,
        idleMs: ctx.sessionPolicy.absoluteMs,
      });
      if (!resolved) throw invalidCredentials();
      await writeAudit(ctx.db, resolved.user, ctx.requestId, {
        action: 'login',
        entity: 'session',
        entityId: userId,
      });
      ctx.cookies.set(session.token, session.expiresAt);
      return { user: toMe(resolved.user) };
    }),

  /** Ends the session server-side and clears the cookie. */
  logout: procedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.sessionTokenHash) await destroySession(ctx.db, ctx.sessionTokenHash);
    await ctx.audit({ action: 'logout', entity: 'session', entityId: ctx.user.id });
    ctx.cookies.clear();
    return { ok: true as const };
  }),

  /** The logged-in user. */
  me: procedure.output(MeSchema).query(({ ctx }) => toMe(ctx.user)),
} satisfies TRPCRouterRecord;
