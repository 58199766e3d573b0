import { and, auditLog, children, count, desc, eq, users } from '@trappen/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { markAudited } from '../audit';
import { notFound } from '../errors';
import { IdSchema } from '../schemas/common';
import { adminProcedure } from '../trpc';

/** The audit trail, for administrators (reading it is itself audited). */
export const auditRouter = {
  /** Who accessed (or tried to access) a given child, newest first. */
  forChild: adminProcedure
    .input(
      z.object({
        childId: IdSchema,
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      }),
    )
    .output(
      z.object({
        total: z.number(),
        items: z.array(
          z.object({
            at: z.string(),
            userId: z.string().nullable(),
            userName: z.string().nullable(),
            role: z.string().nullable(),
            action: z.string(),
            entity: z.string(),
            entityId: z.string().nullable(),
            outcome: z.string(),
            criteria: z.unknown(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const [child] = await ctx.db
        .select({ id: children.id })
        .from(children)
        .where(
          and(eq(children.id, input.childId), eq(children.municipalityId, ctx.user.municipalityId)),
        );
      if (!child) {
        // Looking for a child that is not there (or in another municipality) is audited too.
        await ctx.audit({
          action: 'read',
          entity: 'audit',
          entityId: input.childId,
          outcome: 'notFound',
        });
        throw markAudited(notFound({ da: 'barnet', en: 'the child' }));
      }
      return ctx.db.transaction(async (tx) => {
        const where = and(
          eq(auditLog.childId, input.childId),
          eq(auditLog.municipalityId, ctx.user.municipalityId),
        );
        const [rows, totals] = await Promise.all([
          tx
            .select({
              at: auditLog.at,
              userId: auditLog.userId,
              userName: users.displayName,
              role: auditLog.role,
              action: auditLog.action,
              entity: auditLog.entity,
              entityId: auditLog.entityId,
              outcome: auditLog.outcome,
              criteria: auditLog.criteria,
            })
            .from(auditLog)
            .leftJoin(users, eq(users.id, auditLog.userId))
            .where(where)
            .orderBy(desc(auditLog.at), desc(auditLog.id))
            .limit(input.pageSize)
            .offset((input.page - 1) * input.pageSize),
          tx.select({ n: count() }).from(auditLog).where(where),
        ]);
        await ctx.audit(
          { action: 'read', entity: 'audit', entityId: input.childId, childId: input.childId },
          tx,
        );
        return {
          total: totals[0]?.n ?? 0,
          items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
        };
      });
    }),
} satisfies TRPCRouterRecord;
