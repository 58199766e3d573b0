import { daysBetween } from '@trappen/staircase';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { criteriaWithResultCount, LISTED_CASE, markAudited, maskCprNumbers } from '../audit';
import { notFound } from '../errors';
import { getCaseDetail } from '../queries/get-case-detail';
import { listCases } from '../queries/list-cases';
import { CaseDetailSchema, CaseListSchema } from '../schemas/cases';
import { IdSchema, textInput } from '../schemas/common';
import { procedure } from '../trpc';
import {
  closeProcedure,
  legalHoldProcedure,
  reopenProcedure,
  transferSummaryProcedure,
} from './cases-closing';
import { openCaseProcedure } from './cases-open';
import { reassignProcedure } from './cases-reassign';

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
  list: procedure
    .input(ListInputSchema)
    .output(CaseListSchema)
    .query(async ({ ctx, input }) => {
      const today = ctx.today();
      // One row per listed child (so each child's access report shows the listing), or one
      // row without a child for an empty page; a CPR number typed into search is masked.
      const { rows, total } = await listCases(
        ctx.db,
        ctx.user,
        input,
        today,
        (resultCount, listed) =>
          ctx.auditSql(
            {
              action: 'search',
              entity: 'case',
              ...LISTED_CASE,
              criteria: criteriaWithResultCount(maskCprNumbers(input), resultCount),
            },
            listed,
          ),
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

  /** The case page. Audited as a read of the child's data. */
  get: procedure
    .input(z.object({ caseId: IdSchema }))
    .output(CaseDetailSchema)
    .query(async ({ ctx, input }) => {
      const detail = await getCaseDetail(ctx.db, ctx.user, input.caseId, (found, from) =>
        ctx.auditSql({ action: 'read', entity: 'case', entityId: input.caseId, ...found }, from),
      );
      // The statement that looked for the case wrote the audit row, found or not.
      if (!detail) throw markAudited(notFound());
      return detail;
    }),

  /** Moves a case to another caseworker (team leader, administrator). */
  reassign: reassignProcedure,
  /** Opens a case for a registered or a new child. */
  open: openCaseProcedure,
  close: closeProcedure,
  reopen: reopenProcedure,
  setLegalHold: legalHoldProcedure,
  transferSummary: transferSummaryProcedure,
} satisfies TRPCRouterRecord;
