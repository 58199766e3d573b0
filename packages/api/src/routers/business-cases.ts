import {
  type BusinessCase,
  BusinessCaseSchema,
  evaluateBusinessCase,
  SavingsError,
} from '@trappen/savings';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badRequest, notFound } from '../errors';
import { compareEvaluations } from '../queries/business-case-compare';
import {
  businessCaseVersions,
  findBusinessCase,
  listBusinessCases,
  saveBusinessCase,
} from '../queries/business-cases';
import {
  ComparisonSchema,
  EvaluationSchema,
  BusinessCaseSummarySchema as SummarySchema,
  VersionInfoSchema,
} from '../schemas/business-cases';
import { IdSchema, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';
import { scenarioProcedure } from './business-case-scenario';

const notFoundVersion = (version: number) =>
  notFound({
    da: `version ${version} af business casen`,
    en: `version ${version} of the business case`,
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

const info = (v: {
  version: number;
  changes: string[];
  changedBy: string | null;
  changedAt: Date;
}) => ({
  version: v.version,
  changes: v.changes,
  changedBy: v.changedBy,
  changedAt: v.changedAt.toISOString(),
});

/** Saved business cases (no person data), evaluated by `@trappen/savings`. */
export const businessCasesRouter = {
  /** The municipality's business cases. */
  list: procedure.output(z.array(SummarySchema)).query(async ({ ctx }) => {
    const rows = await listBusinessCases(ctx.db, ctx.user.municipalityId);
    return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  }),

  /** One business case with its evaluated table. */
  get: procedure
    .input(z.object({ id: IdSchema }))
    .output(SummarySchema.extend({ definition: z.unknown(), evaluation: EvaluationSchema }))
    .query(async ({ ctx, input }) => {
      const row = await findBusinessCase(ctx.db, ctx.user.municipalityId, input.id);
      return {
        id: row.id,
        name: row.name,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        definition: row.definition,
        evaluation: evaluate(row.definition),
      };
    }),

  /** The saved versions of a business case, newest first, with who saved each and what changed. */
  versions: procedure
    .input(z.object({ id: IdSchema }))
    .output(z.array(VersionInfoSchema))
    .query(async ({ ctx, input }) =>
      (await businessCaseVersions(ctx.db, ctx.user.municipalityId, input.id)).map(info),
    ),

  /**
   * Two saved versions evaluated side by side, with the difference per year (gross
   * cost, savings, net, cumulative net) and per line.
   */
  compare: procedure
    .input(
      z.object({
        id: IdSchema,
        from: z.number().int().min(1).max(2_147_483_647),
        to: z.number().int().min(1).max(2_147_483_647),
      }),
    )
    .output(ComparisonSchema)
    .query(async ({ ctx, input }) => {
      const m = ctx.user.municipalityId;
      const pick = async (version: number) => {
        const [found] = await businessCaseVersions(ctx.db, m, input.id, version);
        if (!found || found.version !== version) throw notFoundVersion(version);
        return { ...info(found), evaluation: evaluate(found.definition) };
      };
      const from = await pick(input.from);
      const to = await pick(input.to);
      return { from, to, ...compareEvaluations(from.evaluation, to.evaluation) };
    }),

  /** The flow-model scenario (P10-P90 band, payback probability, tornado) for a saved case. */
  scenario: scenarioProcedure,

  /** Evaluates a business case without saving it. */
  evaluate: procedure
    .input(z.object({ definition: BusinessCaseSchema }))
    .output(EvaluationSchema)
    .mutation(({ input }) => evaluate(input.definition)),

  /**
   * Creates (no `id`) or updates (with `id` and the `version` read) a business case.
   * Every saved version is kept with who saved it and which paths changed; a stale
   * `version` is a CONFLICT and writes nothing.
   */
  save: procedure
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
      const row = await saveBusinessCase(ctx.db, ctx.user, input);
      return {
        id: row.id,
        name: row.name,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
} satisfies TRPCRouterRecord;
