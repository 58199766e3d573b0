import type { TRPCRouterRecord } from '@trpc/server';
import { loadStaircase } from '../queries/load-staircase';
import { StaircaseOutputSchema } from '../schemas/staircase';
import { procedure } from '../trpc';
import { toStaircaseOutput } from './to-staircase-output';

/** The municipality's staircase (taxonomy data, no person data). */
export const staircaseRouter = {
  /** Steps for everyone logged in; the catalogue with rates for staff and council only. */
  get: procedure.output(StaircaseOutputSchema).query(async ({ ctx }) => {
    const staircase = await loadStaircase(ctx.db, ctx.user.municipalityId);
    return toStaircaseOutput(staircase, ctx.user.role !== 'parent');
  }),
} satisfies TRPCRouterRecord;
