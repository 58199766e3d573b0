import { CLOSE_REASONS } from '@trappen/caseload';
import { z } from 'zod';
import { notFound } from '../errors';
import { closeCase } from '../queries/close-case';
import { getCaseDetail } from '../queries/get-case-detail';
import { reopenCase, setLegalHold } from '../queries/reopen-case';
import { CaseDetailSchema } from '../schemas/cases';
import { DateInputSchema, IdSchema, textInput, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';

const ChangedCaseSchema = z.object({ caseId: z.string(), version: z.number().int() });

/**
 * `cases.close`: closes a case on a day with a reason; open interventions must be
 * ended first, or end with the case when `endOpenInterventions` is set. Audited.
 */
export const closeProcedure = procedure
  .input(
    z.object({
      caseId: IdSchema,
      version: VersionSchema,
      closedOn: DateInputSchema,
      reason: z.enum(CLOSE_REASONS),
      endOpenInterventions: z.boolean().default(false),
    }),
  )
  .output(ChangedCaseSchema.extend({ endedInterventions: z.array(z.string()) }))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const result = await closeCase(tx, ctx.user, input, ctx.today());
      await ctx.audit(
        {
          action: 'update',
          entity: 'case',
          entityId: result.caseId,
          childId: result.childId,
          criteria: {
            change: 'close',
            reason: input.reason,
            endedInterventions: result.endedInterventions.length,
          },
        },
        tx,
      );
      return {
        caseId: result.caseId,
        version: result.version,
        endedInterventions: result.endedInterventions,
      };
    }),
  );

/** `cases.reopen`: reopens a closed case within the retention period. Audited. */
export const reopenProcedure = procedure
  .input(z.object({ caseId: IdSchema, version: VersionSchema }))
  .output(ChangedCaseSchema)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const result = await reopenCase(tx, ctx.user, input, ctx.today());
      await ctx.audit(
        {
          action: 'update',
          entity: 'case',
          entityId: result.caseId,
          childId: result.childId,
          criteria: { change: 'reopen', closedOn: result.closedOn },
        },
        tx,
      );
      return { caseId: result.caseId, version: result.version };
    }),
  );

/** `cases.setLegalHold`: sets or lifts the legal hold that stops retention deletion. Audited. */
export const legalHoldProcedure = procedure
  .input(
    z.object({
      caseId: IdSchema,
      version: VersionSchema,
      hold: z.boolean(),
      reason: textInput(500).default(''),
    }),
  )
  .output(ChangedCaseSchema)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const result = await setLegalHold(tx, ctx.user, input);
      await ctx.audit(
        {
          action: 'update',
          entity: 'case',
          entityId: result.caseId,
          childId: result.childId,
          criteria: { change: input.hold ? 'legalHoldSet' : 'legalHoldLifted' },
        },
        tx,
      );
      return { caseId: result.caseId, version: result.version };
    }),
  );

/**
 * `cases.transferSummary`: the case's history, plan and interventions for the
 * municipality the family moves to, as JSON (the console prints it). Audited as an export.
 */
export const transferSummaryProcedure = procedure
  .input(z.object({ caseId: IdSchema }))
  .output(CaseDetailSchema.extend({ generatedOn: z.string() }))
  .query(async ({ ctx, input }) => {
    const detail = await getCaseDetail(ctx.db, ctx.user, input.caseId, (found, from) =>
      ctx.auditSql(
        { action: 'export', entity: 'transferSummary', entityId: input.caseId, ...found },
        from,
      ),
    );
    if (!detail) throw notFound();
    return { ...detail, generatedOn: ctx.today() };
  });
