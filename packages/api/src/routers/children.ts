import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { searchChildren } from '../queries/search-children';
import { DateInputSchema } from '../schemas/common';
import { ChildMatchSchema, textInput } from '../schemas/intake';
import { procedure } from '../trpc';

/** Finding a registered child before a new one is created. */
export const childrenRouter = {
  /**
   * Children with the same CPR number, or the same name and/or birth date. A mutation
   * (POST) on purpose: a query's input travels in the URL, and a CPR number never may.
   * The CPR number is neither audited nor returned unmasked.
   */
  search: procedure
    .input(
      z.object({
        name: textInput(200).optional(),
        birthDate: DateInputSchema.optional(),
        cpr: textInput(20).optional(),
      }),
    )
    .output(z.array(ChildMatchSchema))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const matches = await searchChildren(tx, ctx.user, input);
        await ctx.audit(
          {
            action: 'search',
            entity: 'child',
            criteria: {
              byName: Boolean(input.name),
              byBirthDate: Boolean(input.birthDate),
              byCpr: Boolean(input.cpr),
              resultCount: matches.length,
            },
          },
          tx,
        );
        return matches;
      }),
    ),
} satisfies TRPCRouterRecord;
