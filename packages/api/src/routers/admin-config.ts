import { CaseloadError, defineCaseloadNorms, defineFollowUpRules } from '@trappen/caseload';
import { defaultStaircase, defineStaircase, StaircaseError } from '@trappen/staircase';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { badRequest, conflict, type FieldErrors } from '../errors';
import { applyCatalogueChange } from '../queries/catalogue';
import {
  type ConfigKind,
  listConfigVersions,
  saveRuleSet,
  saveStaircaseDefinition,
  storedRuleSet,
  storedStaircase,
} from '../queries/config-versions';
import { loadStaircase, retiredCodesOf } from '../queries/load-staircase';
import { followUpRulesOf, loadRuleSet } from '../queries/rule-set';
import { VersionSchema } from '../schemas/common';
import { StaircaseOutputSchema } from '../schemas/staircase';
import { procedure } from '../trpc';
import { recomputeAfterSave } from './admin-save-effects';
import { toStaircaseOutput } from './to-staircase-output';

type Issue = { path: readonly (string | number)[]; message: string };

/** Runs a core-package validator; its issues become BAD_REQUEST field errors under `prefix`. */
function validated<T>(
  prefix: string,
  run: () => T,
  rename: (path: string) => string = (p) => p,
): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof CaseloadError) && !(error instanceof StaircaseError)) throw error;
    const fields: FieldErrors = {};
    for (const issue of error.issues as readonly Issue[]) {
      const key = [prefix, rename(issue.path.join('.'))].filter(Boolean).join('.');
      fields[key] = [...(fields[key] ?? []), issue.message];
    }
    throw badRequest(fields);
  }
}

const HistorySchema = z.array(
  z.object({
    version: z.number().int(),
    changes: z.array(z.string()),
    changedBy: z.string().nullable(),
    changedAt: z.string(),
  }),
);

const history = async (
  ...args: Parameters<typeof listConfigVersions>
): Promise<z.infer<typeof HistorySchema>> =>
  (await listConfigVersions(...args)).map((row) => ({
    version: row.version,
    changes: Array.isArray(row.changes) ? row.changes.map(String) : [],
    changedBy: row.changedBy,
    changedAt: row.changedAt.toISOString(),
  }));

const SavedSchema = z.object({
  version: z.number().int(),
  changes: z.array(z.string()),
  /** Open cases whose step or deadlines changed with this version. */
  casesRefreshed: z.number().int(),
});

const code = z.string().max(64);
const name = z.object({ da: z.string().max(2000), en: z.string().max(2000) });
const CatalogueChangeSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add'),
    entry: z.object({
      code,
      step: z.string().max(64),
      name,
      defaultDailyRate: z.number().finite().max(10_000_000).nullable().optional(),
    }),
  }),
  z.object({ action: z.literal('rename'), code, name }),
  z.object({ action: z.literal('retire'), code }),
  z.object({ action: z.literal('reinstate'), code }),
]);

/** Staircase and rules admin: view and version the municipality's configuration. */
export const adminConfigRouter = {
  /** The staircase (steps, catalogue, raw definition) and rule set with their histories. */
  get: procedure
    .output(
      z.object({
        staircase: z.object({
          version: z.number().int(),
          definition: z.unknown(),
          view: StaircaseOutputSchema,
          /** Catalogue codes retired from new use. */
          retired: z.array(z.string()),
          history: HistorySchema,
        }),
        rules: z.object({
          version: z.number().int(),
          caseloadNorm: z.object({ target: z.number(), max: z.number() }),
          followUpRules: z.unknown(),
          history: HistorySchema,
        }),
      }),
    )
    .query(async ({ ctx }) => {
      const m = ctx.user.municipalityId;
      const [stored, rules, staircase] = await Promise.all([
        storedStaircase(ctx.db, m),
        storedRuleSet(ctx.db, m),
        loadStaircase(ctx.db, m),
      ]);
      const norms = defineCaseloadNorms((rules?.caseloadNorm ?? {}) as never);
      const extra = (rules?.rules ?? {}) as Record<string, unknown>;
      const kinds: ConfigKind[] = ['staircase', 'rules'];
      const [staircaseHistory, rulesHistory] = await Promise.all(
        kinds.map((kind) => history(ctx.db, m, kind)),
      );
      return {
        staircase: {
          version: stored?.version ?? 0,
          definition: stored?.definition ?? defaultStaircase,
          view: toStaircaseOutput(staircase, true),
          retired: [...retiredCodesOf(stored?.definition)],
          history: staircaseHistory ?? [],
        },
        rules: {
          version: rules?.version ?? 0,
          caseloadNorm: { target: norms.municipality.target, max: norms.municipality.max },
          followUpRules: extra.followUpRules ?? null,
          history: rulesHistory ?? [],
        },
      };
    }),

  /**
   * Saves norms and follow-up rules as a new version (validated by `@trappen/caseload`)
   * and recomputes the deadlines of every open case under them.
   */
  saveRules: procedure
    .input(
      z.object({
        version: VersionSchema,
        caseloadNorm: z.object({ target: z.number(), max: z.number() }),
        followUpRules: z.record(z.string(), z.unknown()).nullable(),
      }),
    )
    .output(SavedSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const m = ctx.user.municipalityId;
        const current = await storedRuleSet(tx, m);
        const storedNorm = (current?.caseloadNorm ?? {}) as Record<string, unknown>;
        const caseloadNorm = {
          ...storedNorm,
          municipality: { ...(storedNorm.municipality as object), ...input.caseloadNorm },
        };
        validated(
          'caseloadNorm',
          () => defineCaseloadNorms(caseloadNorm as never),
          (p) => p.replace(/^municipality\.?/, ''),
        );
        const staircase = await loadStaircase(tx, m);
        if (input.followUpRules) {
          validated('followUpRules', () =>
            defineFollowUpRules(input.followUpRules as never, staircase),
          );
        }
        const before = { caseloadNorm: current?.caseloadNorm ?? {}, rules: current?.rules ?? {} };
        const rules = {
          ...((current?.rules ?? {}) as Record<string, unknown>),
          followUpRules: input.followUpRules,
        };
        const saved = await saveRuleSet(
          tx,
          m,
          ctx.user.id,
          input.version,
          { caseloadNorm, rules },
          before,
        );
        const followUpRules = followUpRulesOf(rules);
        return recomputeAfterSave(ctx, tx, m, 'ruleSet', { staircase, followUpRules }, saved);
      }),
    ),

  /**
   * Saves the staircase as a new version (validated by `defineStaircase`; version 0: the
   * first) and recomputes open cases' steps and deadlines under it.
   */
  saveStaircase: procedure
    .input(
      z.object({
        version: z.number().int().min(0).max(2_147_483_647),
        definition: z.record(z.string(), z.unknown()),
      }),
    )
    .output(SavedSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const m = ctx.user.municipalityId;
        const staircase = validated('definition', () => defineStaircase(input.definition as never));
        const current = await storedStaircase(tx, m);
        const saved = await saveStaircaseDefinition(
          tx,
          m,
          ctx.user.id,
          input.version,
          input.definition,
          current?.definition ?? defaultStaircase,
        );
        const { followUpRules } = await loadRuleSet(tx, m);
        return recomputeAfterSave(ctx, tx, m, 'staircase', { staircase, followUpRules }, saved);
      }),
    ),

  /**
   * One change to the intervention catalogue (add to a step, rename, retire, reinstate),
   * validated by `defineStaircase` with its issues at the change's fields and saved as
   * a new staircase version with who changed what. A retired intervention stays for
   * the cases that use it; no new one can be started with it.
   */
  saveCatalogue: procedure
    .input(
      z.object({
        version: z.number().int().min(0).max(2_147_483_647),
        change: CatalogueChangeSchema,
      }),
    )
    .output(SavedSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const m = ctx.user.municipalityId;
        const current = await storedStaircase(tx, m);
        if ((current?.version ?? 0) !== input.version) throw conflict();
        const before = current?.definition ?? defaultStaircase;
        const { definition, fieldOf } = applyCatalogueChange(before, input.change);
        validated('', () => defineStaircase(definition as never), fieldOf);
        const saved = await saveStaircaseDefinition(
          tx,
          m,
          ctx.user.id,
          input.version,
          definition,
          before,
        );
        await ctx.audit(
          {
            action: 'update',
            entity: 'staircase',
            entityId: m,
            criteria: {
              version: saved.version,
              changes: saved.changes,
              catalogue: input.change.action,
              code: input.change.action === 'add' ? input.change.entry.code : input.change.code,
            },
          },
          tx,
        );
        return { ...saved, casesRefreshed: 0 };
      }),
    ),
} satisfies TRPCRouterRecord;
