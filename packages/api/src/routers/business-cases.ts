import { randomUUID } from 'node:crypto';
import { and, businessCases, desc, eq, sql } from '@trappen/db';
import {
  type BusinessCase,
  BusinessCaseSchema,
  evaluateBusinessCase,
  SavingsError,
} from '@trappen/savings';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badRequest, conflict, notFound } from '../errors';
import { IdSchema, VersionSchema } from '../schemas/common';
import { leaderProcedure } from '../trpc';
import { scenarioProcedure } from './business-case-scenario';

const SummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});
const EvaluationSchema = z.object({
  name: z.string(),
  years: z.array(z.number()),
  budgetAreas: z.array(z.string()),
  lines: z.array(
    z.object({
      label: z.string(),
      budgetArea: z.string(),
      kind: z.enum(['investment', 'saving']),
      byYear: z.array(z.number()),
      total: z.number(),
    }),
  ),
  byYear: z.array(
    z.object({
      year: z.number(),
      byBudgetArea: z.record(z.string(), z.number()),
      investment: z.number(),
      savings: z.number(),
      net: z.number(),
      cumulativeNet: z.number(),
    }),
  ),
  totals: z.object({
    byBudgetArea: z.record(z.string(), z.number()),
    investment: z.number(),
    savings: z.number(),
    net: z.number(),
  }),
  paybackYear: z.number().nullable(),
  npv: z.number(),
});

function evaluate(definition: unknown) {
  try {
    return evaluateBusinessCase(definition as BusinessCase);
  } catch (error) {
    if (error instanceof SavingsError) {
      const issues =
        (error as SavingsError & { issues?: { path: (string | number)[]; message: string }[] })
          .issues ?? [];
      throw badRequest(
        Object.fromEntries(issues.map((i) => [i.path.join('.') || '(root)', [i.message]])),
      );
    }
    throw error;
  }
}

/** Saved business cases (no person data), evaluated by `@trappen/savings`. */
export const businessCasesRouter = {
  /** The municipality's business cases. */
  list: leaderProcedure.output(z.array(SummarySchema)).query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        id: businessCases.id,
        name: businessCases.name,
        version: businessCases.version,
        updatedAt: businessCases.updatedAt,
      })
      .from(businessCases)
      .where(eq(businessCases.municipalityId, ctx.user.municipalityId))
      .orderBy(desc(businessCases.updatedAt));
    return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  }),

  /** One business case with its evaluated table. */
  get: leaderProcedure
    .input(z.object({ id: IdSchema }))
    .output(SummarySchema.extend({ definition: z.unknown(), evaluation: EvaluationSchema }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .select()
        .from(businessCases)
        .where(
          and(
            eq(businessCases.id, input.id),
            eq(businessCases.municipalityId, ctx.user.municipalityId),
          ),
        );
      if (!row) throw notFound({ da: 'business casen', en: 'the business case' });
      return {
        id: row.id,
        name: row.name,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        definition: row.definition,
        evaluation: evaluate(row.definition),
      };
    }),

  /** The flow-model scenario (P10-P90 band, payback probability, tornado) for a saved case. */
  scenario: scenarioProcedure,

  /** Evaluates a business case without saving it. */
  evaluate: leaderProcedure
    .input(z.object({ definition: BusinessCaseSchema }))
    .output(EvaluationSchema)
    .mutation(({ input }) => evaluate(input.definition)),

  /** Creates (no `id`) or updates (with `id` and the `version` read) a business case. */
  save: leaderProcedure
    .input(
      z.object({
        id: IdSchema.optional(),
        version: VersionSchema.optional(),
        definition: BusinessCaseSchema,
      }),
    )
    .output(SummarySchema)
    .mutation(async ({ ctx, input }) => {
      evaluate(input.definition);
      const values = {
        name: input.definition.name,
        definition: input.definition,
        updatedBy: ctx.user.id,
        updatedAt: new Date(),
      };
      const rows = input.id
        ? await ctx.db
            .update(businessCases)
            .set({ ...values, version: sql`${businessCases.version} + 1` })
            .where(
              and(
                eq(businessCases.id, input.id),
                eq(businessCases.municipalityId, ctx.user.municipalityId),
                eq(businessCases.version, input.version ?? -1),
              ),
            )
            .returning()
        : await ctx.db
            .insert(businessCases)
            .values({ id: randomUUID(), municipalityId: ctx.user.municipalityId, ...values })
            .returning();
      const row = rows[0];
      if (!row) throw conflict();
      return {
        id: row.id,
        name: row.name,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
} satisfies TRPCRouterRecord;
