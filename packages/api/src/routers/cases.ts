import { daysBetween } from '@trappen/staircase';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../errors';
import { getCaseDetail } from '../queries/get-case-detail';
import { listCases } from '../queries/list-cases';
import { CaseDetailSchema, CaseListSchema } from '../schemas/cases';
import { IdSchema, textInput } from '../schemas/common';
import { staffProcedure } from '../trpc';
import { reassignProcedure } from './cases-reassign';
import { toFollowUp, toIntervention, toPlan, toPublication } from './to-outputs';

const ListInputSchema = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
  search: textInput(100).optional(),
  scope: z.enum(['mine', 'scope']).default('mine'),
  stepId: z.string().max(64).optional(),
  caseworkerId: IdSchema.optional(),
  overdue: z.boolean().optional(),
  status: z.enum(['open', 'closed']).default('open'),
  sortBy: z
    .enum(['childName', 'reference', 'step', 'stepSince', 'nextDeadline'])
    .default('nextDeadline'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
});

/** Children's cases for staff, scoped by role in every query. */
export const casesRouter = {
  /** "My cases": search, filter, sort and paginate in SQL. Audited as a search. */
  list: staffProcedure
    .input(ListInputSchema)
    .output(CaseListSchema)
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const today = ctx.today();
        const { rows, total } = await listCases(tx, ctx.user, input, today);
        await ctx.audit(
          { action: 'search', entity: 'case', criteria: { ...input, resultCount: rows.length } },
          tx,
        );
        return {
          total,
          page: input.page,
          pageSize: input.pageSize,
          items: rows.map((row) => ({
            caseId: row.caseId,
            childId: row.childId,
            reference: row.reference,
            childName: row.childName,
            birthDate: row.birthDate,
            status: row.status,
            caseworker: row.caseworkerId
              ? { id: row.caseworkerId, name: row.caseworkerName ?? '' }
              : null,
            team: row.teamId ? { id: row.teamId, name: row.teamName ?? '' } : null,
            currentStep:
              row.currentStepId && row.currentStepRank !== null
                ? { id: row.currentStepId, rank: row.currentStepRank }
                : null,
            stepSince: row.stepSince,
            daysOnStep: row.stepSince ? daysBetween(row.stepSince, today) : null,
            nextDeadline: row.nextDeadline,
            overdue: row.nextDeadline !== null && row.nextDeadline < today,
            version: row.version,
          })),
        };
      }),
    ),

  /** The case page. Audited as a read of the child's data. */
  get: staffProcedure
    .input(z.object({ caseId: IdSchema }))
    .output(CaseDetailSchema)
    .query(async ({ ctx, input }) => {
      const detail = await ctx.db.transaction(async (tx) => {
        const found = await getCaseDetail(tx, ctx.user, input.caseId);
        if (found)
          await ctx.audit(
            { action: 'read', entity: 'case', entityId: input.caseId, childId: found.child.id },
            tx,
          );
        return found;
      });
      if (!detail) {
        await ctx.audit({
          action: 'read',
          entity: 'case',
          entityId: input.caseId,
          outcome: 'notFound',
        });
        throw notFound();
      }
      const { case: c, child, caseworker, team } = detail;
      return {
        caseId: c.id,
        version: c.version,
        status: c.status,
        openedOn: c.openedOn,
        closedOn: c.closedOn,
        child: {
          id: child.id,
          reference: child.reference,
          name: child.name,
          birthDate: child.birthDate,
        },
        caseworker: caseworker
          ? {
              id: caseworker.id,
              name: caseworker.name,
              email: caseworker.email,
              phone: caseworker.phone,
            }
          : null,
        team: team ? { id: team.id, name: team.name } : null,
        currentStep:
          c.currentStepId && c.currentStepRank !== null
            ? { id: c.currentStepId, rank: c.currentStepRank }
            : null,
        stepSince: c.stepSince,
        nextFollowUp: c.nextFollowUp,
        nextDeadline: c.nextDeadline,
        timeline: detail.timeline.map(({ from, to, step, rank }) => ({ from, to, step, rank })),
        interventions: detail.interventions.map(toIntervention),
        followUps: detail.followUps.map(toFollowUp),
        caseworkerHistory: detail.history,
        plan: detail.plan ? toPlan(detail.plan) : null,
        publications: detail.publications.map(toPublication),
        parentComments: detail.comments.map((comment) => ({
          ...comment,
          createdAt: comment.createdAt.toISOString(),
        })),
        readConfirmations: detail.confirmations.map((confirmation) => ({
          ...confirmation,
          readAt: confirmation.readAt.toISOString(),
        })),
      };
    }),

  /** Moves a case to another caseworker (team leader, administrator). */
  reassign: reassignProcedure,
} satisfies TRPCRouterRecord;
