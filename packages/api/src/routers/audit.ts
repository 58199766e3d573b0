import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { markAudited } from '../audit';
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
    .query(async ({ ctx, input }) => {
      const trail = await ctx.db.transaction(async (tx) => {
        const found = await auditTrailForChild(tx, ctx.user.municipalityId, input.childId, input);
        if (found)
          await ctx.audit(
            { action: 'read', entity: 'audit', entityId: input.childId, childId: input.childId },
            tx,
          );
        return found;
      });
      if (!trail) {
        // Looking for a child that is not there (or in another municipality) is audited too.
        await ctx.audit({
          action: 'read',
          entity: 'audit',
          entityId: input.childId,
          outcome: 'notFound',
        });
        throw markAudited(notFound({ da: 'barnet', en: 'the child' }));
      }
      return {
        total: trail.total,
        items: trail.rows.map((r) => ({ ...r, at: r.at.toISOString() })),
      };
    }),
} satisfies TRPCRouterRecord;
