import { randomUUID } from 'node:crypto';
import { and, businessCases, desc, eq, sql, users } from '@trappen/db';
import {
  type BusinessCase,
  BusinessCaseSchema,
  evaluateBusinessCase,
  SavingsError,
} from '@trappen/savings';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badRequest, conflict, notFound } from '../errors';
import { compareEvaluations } from '../queries/business-case-compare';
import {
  hasBusinessCaseVersion,
  listBusinessCaseVersions,
  recordBusinessCaseVersion,
} from '../queries/business-case-versions';
import { changedPaths } from '../queries/config-versions';
import { IdSchema, VersionSchema } from '../schemas/common';
import { procedure } from '../trpc';
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

const VersionInfoSchema = z.object({
  version: z.number().int(),
  changes: z.array(z.string()),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
const FiguresSchema = z.object({
  gross: z.number(),
  savings: z.number(),
  net: z.number(),
  cumulativeNet: z.number(),
});
const ComparisonSchema = z.object({
  from: VersionInfoSchema.extend({ evaluation: EvaluationSchema }),
  to: VersionInfoSchema.extend({ evaluation: EvaluationSchema }),
  years: z.array(z.number()),
  byYear: z.array(
    z.object({
      year: z.number(),
      from: FiguresSchema.nullable(),
      to: FiguresSchema.nullable(),
      difference: FiguresSchema,
      changed: z.boolean(),
    }),
  ),
  lines: z.array(
    z.object({
      label: z.string(),
      budgetArea: z.string(),
      change: z.enum(['added', 'removed', 'changed', 'unchanged']),
      from: z.array(z.number().nullable()),
      to: z.array(z.number().nullable()),
      difference: z.array(z.number()),
    }),
  ),
  totals: z.object({ from: FiguresSchema, to: FiguresSchema, difference: FiguresSchema }),
});

const notFoundCase = () => notFound({ da: 'business casen', en: 'the business case' });
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

type Db = Parameters<typeof listBusinessCaseVersions>[0];

async function liveRow(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(businessCases)
    .where(and(eq(businessCases.id, id), eq(businessCases.municipalityId, municipalityId)));
  if (!row) throw notFoundCase();
  return row;
}

/**
 * The saved versions of a business case, newest first. A case saved before versions
 * were kept has no history rows: its live row stands in as its only version.
 */
async function versionsOf(db: Db, municipalityId: string, id: string, version?: number) {
  const row = await liveRow(db, municipalityId, id);
  const kept = await listBusinessCaseVersions(db, municipalityId, id, version);
  if (kept.some((v) => v.version === row.version)) return kept;
  if (version !== undefined && version !== row.version) return kept;
  const [who] = row.updatedBy
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  return [
    {
      version: row.version,
      definition: row.definition,
      changes: [],
      changedBy: who?.name ?? null,
      changedAt: row.updatedAt,
    },
    ...kept,
  ];
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
  get: procedure
    .input(z.object({ id: IdSchema }))
    .output(SummarySchema.extend({ definition: z.unknown(), evaluation: EvaluationSchema }))
    .query(async ({ ctx, input }) => {
      const row = await liveRow(ctx.db, ctx.user.municipalityId, input.id);
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
      (await versionsOf(ctx.db, ctx.user.municipalityId, input.id)).map(info),
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
        const [found] = await versionsOf(ctx.db, m, input.id, version);
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
      const m = ctx.user.municipalityId;
      return ctx.db.transaction(async (tx) => {
        const values = {
          name: input.definition.name,
          definition: input.definition,
          updatedBy: ctx.user.id,
          updatedAt: new Date(),
        };
        let before: typeof businessCases.$inferSelect | undefined;
        if (input.id) {
          [before] = await tx
            .select()
            .from(businessCases)
            .where(and(eq(businessCases.id, input.id), eq(businessCases.municipalityId, m)));
          if (!before) throw notFoundCase();
        }
        const rows = input.id
          ? await tx
              .update(businessCases)
              .set({ ...values, version: sql`${businessCases.version} + 1` })
              .where(
                and(
                  eq(businessCases.id, input.id),
                  eq(businessCases.municipalityId, m),
                  eq(businessCases.version, input.version ?? -1),
                ),
              )
              .returning()
          : await tx
              .insert(businessCases)
              .values({ id: randomUUID(), municipalityId: m, ...values })
              .returning();
        const row = rows[0];
        if (!row) throw conflict();
        // A case saved before versions were kept gets its previous version recorded first.
        if (before && !(await hasBusinessCaseVersion(tx, m, row.id, before.version))) {
          await recordBusinessCaseVersion(tx, {
            municipalityId: m,
            businessCaseId: row.id,
            version: before.version,
            definition: before.definition,
            changes: [],
            changedBy: before.updatedBy,
            changedAt: before.updatedAt,
          });
        }
        await recordBusinessCaseVersion(tx, {
          municipalityId: m,
          businessCaseId: row.id,
          version: row.version,
          definition: row.definition,
          changes: before ? changedPaths(before.definition, row.definition) : [],
          changedBy: ctx.user.id,
          changedAt: row.updatedAt,
        });
        return {
          id: row.id,
          name: row.name,
          version: row.version,
          updatedAt: row.updatedAt.toISOString(),
        };
      });
    }),
} satisfies TRPCRouterRecord;
