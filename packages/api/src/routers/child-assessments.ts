import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { caseAssessments, concludeAssessment, startAssessment } from '../queries/child-assessments';
import { loadStaircase } from '../queries/load-staircase';
import { loadRuleSet } from '../queries/rule-set';
import { DateInputSchema, IdSchema, VersionSchema } from '../schemas/common';
import { ChildAssessmentSchema, textInput } from '../schemas/intake';
import { procedure } from '../trpc';

const required = (max: number) => textInput(max).pipe(z.string().min(1));

/** Child assessments (børnefaglig undersøgelse, Barnets lov § 20) on a case. */
export const childAssessmentsRouter = {
  /** Starts one, due after the months in the municipality's rules (4 by default). */
  start: procedure
    .input(
      z.object({
        caseId: IdSchema,
        startedOn: DateInputSchema,
        notificationId: IdSchema.optional(),
      }),
    )
    .output(ChildAssessmentSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, ctx.user.municipalityId);
        const { followUpRules } = await loadRuleSet(tx, ctx.user.municipalityId);
        const started = await startAssessment(
          tx,
          ctx.user,
          staircase,
          followUpRules,
          input,
          ctx.today(),
        );
        await ctx.audit(
          {
            action: 'create',
            entity: 'childAssessment',
            entityId: started.id,
            childId: started.childId,
            criteria: { dueOn: started.dueOn },
          },
          tx,
        );
        return started;
      }),
    ),

  /** Concludes one with the conclusion and the child's own view. */
  conclude: procedure
    .input(
      z.object({
        assessmentId: IdSchema,
        version: VersionSchema,
        concludedOn: DateInputSchema,
        conclusion: required(8000),
        childView: required(8000),
      }),
    )
    .output(ChildAssessmentSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const staircase = await loadStaircase(tx, ctx.user.municipalityId);
        const { followUpRules } = await loadRuleSet(tx, ctx.user.municipalityId);
        const done = await concludeAssessment(
          tx,
          ctx.user,
          staircase,
          followUpRules,
          input,
          ctx.today(),
        );
        await ctx.audit(
          {
            action: 'update',
            entity: 'childAssessment',
            entityId: done.id,
            childId: done.childId,
            criteria: { concludedOn: input.concludedOn },
          },
          tx,
        );
        return done;
      }),
    ),

  /** The child assessments of a case, newest first. */
  forCase: procedure
    .input(z.object({ caseId: IdSchema }))
    .output(z.array(ChildAssessmentSchema))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { followUpRules } = await loadRuleSet(tx, ctx.user.municipalityId);
        const found = await caseAssessments(
          tx,
          ctx.user,
          input.caseId,
          ctx.today(),
          followUpRules.dueSoonDays,
        );
        await ctx.audit(
          {
            action: 'read',
            entity: 'childAssessment',
            entityId: input.caseId,
            childId: found.childId,
            criteria: { resultCount: found.items.length },
          },
          tx,
        );
        return found.items;
      }),
    ),
} satisfies TRPCRouterRecord;
