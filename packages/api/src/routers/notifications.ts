import { count, eq, notifications, sql } from '@trappen/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../trpc';

/** Notifications of concern, as yearly aggregates only (never a single notification). */
export const notificationsRouter = {
  /** Count per year and the share about children under 8 (a sign of earlier detection). */
  byYear: procedure
    .output(
      z.array(
        z.object({
          year: z.number(),
          count: z.number(),
          underEight: z.number(),
          shareUnderEight: z.number(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const year = sql<number>`extract(year from ${notifications.receivedOn})::int`;
      const rows = await ctx.db
        .select({
          year,
          count: count(),
          underEight: sql<number>`count(*) filter (where ${notifications.childAge} < 8)::int`,
        })
        .from(notifications)
        .where(eq(notifications.municipalityId, ctx.user.municipalityId))
        .groupBy(year)
        .orderBy(year);
      return rows.map((r) => ({
        year: Number(r.year),
        count: Number(r.count),
        underEight: Number(r.underEight),
        shareUnderEight: Number(r.count) === 0 ? 0 : Number(r.underEight) / Number(r.count),
      }));
    }),
} satisfies TRPCRouterRecord;
