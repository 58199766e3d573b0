import { z } from 'zod';
import { reassignCase } from '../queries/reassign-case';
import { IdSchema, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';

/** The reassigned case as the console needs it to update its lists. */
export const ReassignOutputSchema = z.object({
  caseId: z.string(),
  version: z.number().int(),
  previousCaseworkerId: z.string().nullable(),
  caseworker: z.object({ id: z.string(), name: z.string() }),
  teamId: z.string(),
});

/**
 * `cases.reassign`: a team leader (within the team) or an administrator (within the
 * municipality) moves a case to another caseworker. Stale version → CONFLICT, nothing
 * written; the change and its audit row commit together.
 */
export const reassignProcedure = procedure
  .input(z.object({ caseId: IdSchema, caseworkerId: IdSchema, version: VersionSchema }))
  .output(ReassignOutputSchema)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const result = await reassignCase(tx, ctx.user, input, ctx.today());
      await ctx.audit(
        {
          action: 'update',
          entity: 'case',
          entityId: result.caseId,
          childId: result.childId,
          criteria: {
            change: 'reassign',
            from: result.previousCaseworkerId,
            to: result.caseworker.id,
          },
        },
        tx,
      );
      return {
        caseId: result.caseId,
        version: result.version,
        previousCaseworkerId: result.previousCaseworkerId,
        caseworker: result.caseworker,
        teamId: result.teamId,
      };
    }),
  );
