import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../errors';
import { auditTrailForChild } from '../queries/audit-trail';
import { IdSchema } from '../schemas/common';
import { procedure } from '../trpc';

/** The audit trail, for administrators (reading it is itself audited). */
export const auditRouter = {
  /** Who accessed (or tried to access) a given child, newest first. */
  forChild: procedure
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
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const trail = await auditTrailForChild(tx, ctx.user.municipalityId, input.childId, input);
        if (!trail) throw notFound({ da: 'barnet', en: 'the child' });
        await ctx.audit(
          { action: 'read', entity: 'audit', entityId: input.childId, childId: input.childId },
          tx,
        );
        return {
          total: trail.total,
          items: trail.rows.map((r) => ({ ...r, at: r.at.toISOString() })),
        };
      }),
    ),
} satisfies TRPCRouterRecord;
