import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { addIntervention } from '../queries/add-intervention';
import { loadStaircase } from '../queries/load-staircase';
import { updateIntervention } from '../queries/update-intervention';
import { InterventionSchema } from '../schemas/cases';
import { DateInputSchema, IdSchema, textInput, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';
import { toIntervention } from './to-outputs';

const rate = z.number().finite().nonnegative().max(1_000_000).nullable().optional();
const code = z.string().min(1).max(64);

/** Adding, changing and ending a child's interventions, each guarded by a version. */
export const interventionsRouter = {
  /** Adds an intervention from the catalogue; `caseVersion` must be the case's current version. */
  add: procedure
    .input(
      z.object({
        caseId: IdSchema,
        caseVersion: VersionSchema,
        code,
        startDate: DateInputSchema,
        plannedEnd: DateInputSchema.nullable().optional(),
        provider: textInput(200).default(''),
        dailyRate: rate,
      }),
    )
    .output(InterventionSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, ctx.user.municipalityId);
        const row = await addIntervention(tx, ctx.user, staircase, input, ctx.today());
        await ctx.audit(
          {
            action: 'create',
            entity: 'intervention',
            entityId: row.id,
            childId: row.childId,
            criteria: { code: row.code },
          },
          tx,
        );
        return toIntervention(row);
      }),
    ),

  /** Changes an intervention the caller read at `version`. */
  update: procedure
    .input(
      z.object({
        id: IdSchema,
        version: VersionSchema,
        code: code.optional(),
        startDate: DateInputSchema.optional(),
        plannedEnd: DateInputSchema.nullable().optional(),
        provider: textInput(200).optional(),
        dailyRate: rate,
      }),
    )
    .output(InterventionSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, ctx.user.municipalityId);
        const { after } = await updateIntervention(tx, ctx.user, staircase, input, ctx.today());
        const { id: _id, version: _version, ...changed } = input;
        await ctx.audit(
          {
            action: 'update',
            entity: 'intervention',
            entityId: after.id,
            childId: after.childId,
            criteria: { fields: Object.keys(changed) },
          },
          tx,
        );
        return toIntervention(after);
      }),
    ),

  /** Ends an intervention on `endDate` (inclusive). */
  end: procedure
    .input(z.object({ id: IdSchema, version: VersionSchema, endDate: DateInputSchema }))
    .output(InterventionSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, ctx.user.municipalityId);
        const { after } = await updateIntervention(tx, ctx.user, staircase, input, ctx.today());
        await ctx.audit(
          {
            action: 'update',
            entity: 'intervention',
            entityId: after.id,
            childId: after.childId,
            criteria: { ended: input.endDate },
          },
          tx,
        );
        return toIntervention(after);
      }),
    ),
} satisfies TRPCRouterRecord;
