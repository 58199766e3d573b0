import { asc, budgetEntries, eq } from '@trappen/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../trpc';

/** Budget and spend per account and year (municipal totals, no person data). */
export const spendRouter = {
  /** Measures (account 5) and administration (account 6), budget against spend. */
  byYear: procedure
    .output(
      z.array(
        z.object({
          year: z.number(),
          account: z.enum(['measures', 'administration']),
          budget: z.number(),
          spend: z.number(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const rows = await ctx.db
        .select({
          year: budgetEntries.year,
          account: budgetEntries.account,
          budget: budgetEntries.budget,
          spend: budgetEntries.spend,
        })
        .from(budgetEntries)
        .where(eq(budgetEntries.municipalityId, ctx.user.municipalityId))
        .orderBy(asc(budgetEntries.year), asc(budgetEntries.account));
      return rows.map((r) => ({ ...r, budget: Number(r.budget), spend: Number(r.spend) }));
    }),
} satisfies TRPCRouterRecord;
