import { z } from 'zod';
import { fieldError } from '../queries/intake-errors';
import { openCase } from '../queries/open-case';
import { OpenCaseInputSchema } from '../schemas/intake';
import { procedure } from '../trpc';

/**
 * `cases.open`: opens a case for a registered or a new child (with custody holders),
 * assigned to a caseworker and their team, linked to the notification it came from.
 * The CPR number is never audited.
 */
export const openCaseProcedure = procedure
  .input(OpenCaseInputSchema)
  .output(z.object({ caseId: z.string(), childId: z.string() }))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      if (input.openedOn > ctx.today()) {
        throw fieldError('openedOn', {
          da: `Datoen ${input.openedOn} ligger i fremtiden.`,
          en: `The date ${input.openedOn} is in the future.`,
        });
      }
      const opened = await openCase(tx, ctx.user, input);
      await ctx.audit(
        {
          action: 'create',
          entity: 'case',
          entityId: opened.caseId,
          childId: opened.childId,
          criteria: {
            newChild: input.child.kind === 'new',
            custodyHolders: input.child.kind === 'new' ? input.child.custodyHolders.length : null,
            fromNotification: input.notificationId !== undefined,
          },
        },
        tx,
      );
      return opened;
    }),
  );
