import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { loadStaircase } from '../queries/load-staircase';
import { recordFollowUp } from '../queries/record-follow-up';
import { loadRuleSet } from '../queries/rule-set';
import { FollowUpSchema, InterventionSchema } from '../schemas/cases';
import { DateInputSchema, IdSchema, textInput, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';
import { toFollowUp, toIntervention } from './to-outputs';

/** Follow-ups: the meeting's outcome, whether the child was heard, and the next date. */
export const followUpsRouter = {
  /**
   * Records a follow-up; `stepDown`/`stepUp` move the child to `next` in the same
   * transaction. The case's next deadline follows the municipality's saved rules.
   */
  record: procedure
    .input(
      z.object({
        interventionId: IdSchema,
        interventionVersion: VersionSchema,
        date: DateInputSchema,
        outcome: z.enum(['continue', 'stepDown', 'stepUp', 'end']),
        childHeard: z.boolean(),
        nextDate: DateInputSchema.nullable().optional(),
        note: textInput(4000).default(''),
        next: z
          .object({
            code: z.string().min(1).max(64),
            provider: textInput(200).default(''),
            dailyRate: z.number().finite().nonnegative().max(1_000_000).nullable().optional(),
            plannedEnd: DateInputSchema.nullable().optional(),
          })
          .optional(),
      }),
    )
    .output(z.object({ followUp: FollowUpSchema, nextIntervention: InterventionSchema.nullable() }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, ctx.user.municipalityId);
        const { followUpRules } = await loadRuleSet(tx, ctx.user.municipalityId);
        const result = await recordFollowUp(
          tx,
          ctx.user,
          staircase,
          input,
          ctx.today(),
          followUpRules,
        );
        await ctx.audit(
          {
            action: 'create',
            entity: 'followUp',
            entityId: result.followUp.id,
            childId: result.intervention.childId,
            criteria: { outcome: input.outcome, next: input.next?.code ?? null },
          },
          tx,
        );
        return {
          followUp: toFollowUp(result.followUp),
          nextIntervention: result.nextIntervention
            ? toIntervention(result.nextIntervention)
            : null,
        };
      }),
    ),
} satisfies TRPCRouterRecord;
