import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { accessRequesters, exportChildData } from '../queries/access-export';
import { IdSchema } from '../schemas/common';
import { procedure } from '../trpc';

const Rows = z.array(z.record(z.string(), z.unknown()));

/** A family's access to its data (indsigt). */
export const accessRouter = {
  /** The child's custody holders and whether the young person may ask themself. Audited as a read. */
  requesters: procedure
    .input(z.object({ childId: IdSchema }))
    .output(
      z.object({
        guardians: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })),
        accessAge: z.number().int(),
        youngPersonMayAsk: z.boolean(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const result = await accessRequesters(ctx.db, ctx.user, input.childId, ctx.today());
      await ctx.audit({ action: 'read', entity: 'guardians', childId: input.childId });
      return result;
    }),

  /**
   * `access.export`: everything trappen holds about a child, for a custody holder or
   * the young person (from the municipality's access age), as JSON; the console prints
   * it as a Danish document. Audited as an export in the same transaction.
   */
  export: procedure
    .input(
      z.object({
        childId: IdSchema,
        requester: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('guardian'), guardianId: IdSchema }),
          z.object({ kind: z.literal('youngPerson') }),
        ]),
      }),
    )
    .output(
      z.object({
        generatedOn: z.string(),
        municipality: z.string(),
        requester: z.object({ kind: z.enum(['guardian', 'youngPerson']), name: z.string() }),
        child: z.object({
          id: z.string(),
          reference: z.string(),
          name: z.string(),
          birthDate: z.string(),
          cpr: z.string().nullable(),
        }),
        guardians: Rows,
        cases: Rows,
        caseworkerHistory: Rows,
        interventions: Rows,
        followUps: Rows,
        plans: Rows,
        planVersions: Rows,
        comments: Rows,
        readConfirmations: Rows,
        notifications: Rows,
        consents: Rows,
        meetings: Rows,
        childAssessments: Rows,
        accessLog: Rows,
      }),
    )
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const result = await exportChildData(
          tx,
          ctx.user,
          input.childId,
          input.requester,
          ctx.today(),
        );
        await ctx.audit(
          {
            action: 'export',
            entity: 'accessExport',
            entityId: input.childId,
            childId: input.childId,
            criteria: { requester: input.requester.kind },
          },
          tx,
        );
        return result;
      }),
    ),
} satisfies TRPCRouterRecord;
