import { RetentionPolicySchema } from '@trappen/caseload';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { loadRetentionPolicy, saveRetentionPolicy } from '../queries/retention-policy';
import { runRetention } from '../retention/run-retention';
import { DateInputSchema } from '../schemas/common';
import { procedure } from '../trpc';

const PolicySchema = RetentionPolicySchema.extend({
  version: z.number().int(),
  configuredBy: z.string().nullable(),
  configuredAt: z.string().nullable(),
});

const RunSchema = z.object({
  runId: z.string(),
  today: z.string(),
  dryRun: z.boolean(),
  cases: z.array(
    z.object({
      caseHash: z.string(),
      closedOn: z.string(),
      removableFrom: z.string(),
      mode: z.enum(['delete', 'anonymise']),
    }),
  ),
  removed: z.number().int(),
  skipped: z.number().int(),
  counts: z.record(z.string(), z.number()),
});

const toRun = (result: Awaited<ReturnType<typeof runRetention>>): z.infer<typeof RunSchema> => ({
  runId: result.runId,
  today: result.today,
  dryRun: result.dryRun,
  cases: result.cases.map(({ caseHash, closedOn, removableFrom, mode }) => ({
    caseHash,
    closedOn,
    removableFrom,
    mode,
  })),
  removed: result.progress.removed,
  skipped: result.progress.skipped,
  counts: result.counts,
});

/** The municipality's retention policy and the retention job (administrators). */
export const retentionRouter = {
  /** The policy in force (the default, version 0, until one is saved). */
  policy: procedure.output(PolicySchema).query(async ({ ctx }) => {
    const policy = await loadRetentionPolicy(ctx.db, ctx.user.municipalityId);
    await ctx.audit({ action: 'read', entity: 'retentionPolicy' });
    return policy;
  }),

  /** Saves the policy over the version read (stale → CONFLICT). Audited. */
  savePolicy: procedure
    .input(RetentionPolicySchema.extend({ version: z.number().int().min(0).max(2_147_483_647) }))
    .output(PolicySchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { version, ...policy } = input;
        const saved = await saveRetentionPolicy(tx, ctx.user, policy, version);
        await ctx.audit(
          {
            action: 'update',
            entity: 'retentionPolicy',
            criteria: { ...policy, version: saved.version },
          },
          tx,
        );
        return saved;
      }),
    ),

  /** A dry run: the cases the next run would remove, by hash, with their dates. Audited. */
  preview: procedure
    .input(z.object({ today: DateInputSchema.optional() }).default({}))
    .output(RunSchema)
    .query(async ({ ctx, input }) => {
      const result = await runRetention(ctx.db, {
        today: earlier(input.today, ctx.today()),
        dryRun: true,
        municipalityId: ctx.user.municipalityId,
      });
      await ctx.audit({
        action: 'read',
        entity: 'retentionPreview',
        criteria: { cases: result.cases.length },
      });
      return toRun(result);
    }),

  /**
   * Runs the retention job now for the administrator's municipality, for the cases the
   * preview listed (by hash) that are still due: what was confirmed, nothing more; at
   * most `batchSize` children per call (call again until nothing is removed). Audited.
   */
  run: procedure
    .input(
      z.object({
        caseHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(100_000),
        /** Children per call, so a long run is a series of short requests with progress. */
        batchSize: z.number().int().min(1).max(500).default(25),
      }),
    )
    .output(RunSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await runRetention(ctx.db, {
        today: ctx.today(),
        municipalityId: ctx.user.municipalityId,
        onlyCaseHashes: new Set(input.caseHashes),
        limit: input.batchSize,
      });
      await ctx.audit({
        action: 'delete',
        entity: 'retentionRun',
        entityId: result.runId,
        criteria: { removed: result.progress.removed, skipped: result.progress.skipped },
      });
      return toRun(result);
    }),
} satisfies TRPCRouterRecord;

/** A preview may look at an earlier day, never past today (that would show deletions early). */
const earlier = (asked: string | undefined, today: string) =>
  asked !== undefined && asked < today ? asked : today;
