import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { markAudited } from '../audit';
import type { Context } from '../context';
import { notFound } from '../errors';
import { getParentView } from '../queries/get-parent-view';
import { findGuardianPlan } from '../queries/guardian-child';
import { listParentChildren } from '../queries/list-parent-children';
import { attachToNextMeeting, nextMeetingForGuardian } from '../queries/meetings';
import { addPlanComment, confirmPlanRead } from '../queries/plan-feedback';
import { publishPlan } from '../queries/publish-plan';
import { savePlan } from '../queries/save-plan';
import { PlanSchema, PublicationSchema } from '../schemas/cases';
import { DateInputSchema, IdSchema, textInput, VersionSchema } from '../schemas/common';
import { ParentViewSchema } from '../schemas/parent-view';
import { procedure } from '../trpc';
import { toPlan, toPublication } from './to-outputs';
import { toStepOutput } from './to-staircase-output';

const firstName = (name: string) => name.split(' ')[0] ?? name;
const childNotFound = { da: 'barnet', en: 'the child' };

/** Audits a parent's attempt on a child that is not theirs, then answers as for a missing child. */
async function deny(ctx: Context, childId: string, entity: string): Promise<never> {
  await ctx.audit({ action: 'read', entity, childId, entityId: childId, outcome: 'notFound' });
  throw markAudited(notFound(childNotFound));
}

/** Action plans: staff edit and publish; parents read the published plan, comment and confirm. */
export const plansRouter = {
  /** Creates (no `version`) or updates (with the `version` read) the plan draft. */
  save: procedure
    .input(
      z.object({
        caseId: IdSchema,
        version: VersionSchema.optional(),
        purpose: textInput(4000).min(1),
        goals: z.array(textInput(500).min(1)).min(1).max(20),
        timeFrameFrom: DateInputSchema,
        timeFrameTo: DateInputSchema,
      }),
    )
    .output(PlanSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { plan, created } = await savePlan(tx, ctx.user, input);
        await ctx.audit(
          {
            action: created ? 'create' : 'update',
            entity: 'plan',
            entityId: plan.id,
            childId: plan.childId,
          },
          tx,
        );
        return toPlan(plan);
      }),
    ),

  /** Publishes the plan version the caller saw to the parents. */
  publish: procedure
    .input(z.object({ planId: IdSchema, version: VersionSchema }))
    .output(PublicationSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const publication = await publishPlan(tx, ctx.user, input.planId, input.version);
        await ctx.audit(
          {
            action: 'update',
            entity: 'plan',
            entityId: input.planId,
            childId: publication.childId,
            criteria: { published: publication.planVersion },
          },
          tx,
        );
        return toPublication(publication);
      }),
    ),

  /** The parent's children to choose between. */
  myChildren: procedure
    .output(
      z.array(
        z.object({ childId: z.string(), firstName: z.string(), hasPublishedPlan: z.boolean() }),
      ),
    )
    .query(async ({ ctx }) => {
      const rows = await listParentChildren(ctx.db, ctx.user);
      // Listing a child (name, whether a plan is published) is an access to the child's data.
      for (const row of rows)
        await ctx.audit({ action: 'read', entity: 'parentChildren', childId: row.childId });
      return rows.map((row) => ({
        childId: row.childId,
        firstName: firstName(row.name),
        hasPublishedPlan: row.hasPublishedPlan,
      }));
    }),

  /** The parent's page for one child. Any other child: NOT_FOUND, audited. */
  parentView: procedure
    .input(z.object({ childId: IdSchema }))
    .output(ParentViewSchema)
    .query(async ({ ctx, input }) => {
      const view = await ctx.db.transaction(async (tx) => {
        const found = await getParentView(tx, ctx.user, input.childId);
        if (found)
          await ctx.audit(
            {
              action: 'read',
              entity: 'parentView',
              entityId: input.childId,
              childId: input.childId,
            },
            tx,
          );
        return found;
      });
      if (!view) return deny(ctx, input.childId, 'parentView');
      const { openCase, publication } = view;
      const meeting = await nextMeetingForGuardian(ctx.db, ctx.user, input.childId, ctx.today());
      return {
        child: { id: view.child.id, firstName: firstName(view.child.name) },
        steps: view.staircase.steps.map(toStepOutput),
        currentStep:
          openCase?.case.currentStepId &&
          openCase.case.currentStepRank !== null &&
          openCase.case.stepSince
            ? {
                id: openCase.case.currentStepId,
                rank: openCase.case.currentStepRank,
                since: openCase.case.stepSince,
              }
            : null,
        stepHistory: view.stepHistory.map(({ step, rank, from, to }) => ({ step, rank, from, to })),
        plan: publication
          ? { ...toPublication(publication), readByMe: view.readByMe?.toISOString() ?? null }
          : null,
        nextMeeting: meeting
          ? {
              id: meeting.id,
              startsAt: meeting.startsAt,
              endsAt: meeting.endsAt,
              place: meeting.place,
              videoLink: meeting.videoLink,
            }
          : null,
        caseworker: openCase?.caseworker
          ? {
              name: openCase.caseworker.name,
              email: openCase.caseworker.email,
              phone: openCase.caseworker.phone,
            }
          : null,
        ownComments: view.ownComments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
      };
    }),

  /** The parent's own view before the next meeting. */
  addComment: procedure
    .input(z.object({ childId: IdSchema, body: textInput(4000).min(1) }))
    .output(z.object({ id: z.string(), body: z.string(), createdAt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.db.transaction(async (tx) => {
        const found = await findGuardianPlan(tx, ctx.user, input.childId);
        if (!found) return null;
        const row = await addPlanComment(tx, ctx.user, {
          planId: found.plan.id,
          childId: input.childId,
          body: input.body,
        });
        if (row) await attachToNextMeeting(tx, row.id, input.childId, ctx.today());
        await ctx.audit(
          { action: 'create', entity: 'planComment', entityId: row?.id, childId: input.childId },
          tx,
        );
        return row ?? null;
      });
      if (!result) return deny(ctx, input.childId, 'planComment');
      return { id: result.id, body: result.body, createdAt: result.createdAt.toISOString() };
    }),

  /** Confirms the parent has read the latest published plan. */
  confirmRead: procedure
    .input(z.object({ childId: IdSchema }))
    .output(z.object({ publicationId: z.string(), readAt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.db.transaction(async (tx) => {
        const found = await findGuardianPlan(tx, ctx.user, input.childId);
        if (!found) return null;
        await confirmPlanRead(tx, ctx.user, found.publication.id);
        await ctx.audit(
          {
            action: 'create',
            entity: 'planReadConfirmation',
            entityId: found.publication.id,
            childId: input.childId,
          },
          tx,
        );
        return { publicationId: found.publication.id, readAt: new Date().toISOString() };
      });
      if (!result) return deny(ctx, input.childId, 'planReadConfirmation');
      return result;
    }),
} satisfies TRPCRouterRecord;
