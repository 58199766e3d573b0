import { createHash } from 'node:crypto';
import {
  commitImport,
  type ImportKind,
  type ImportProblem,
  ImportRejectedError,
  importerOf,
  importTemplate,
  validateImport,
} from '@trappen/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { AppError, type FieldErrors } from '../errors';
import { findImportBatch, lockImports, recordImportBatch } from '../queries/import-batches';
import { importScope } from '../queries/import-scope';
import { loadRuleSet } from '../queries/rule-set';
import { refreshMunicipalitySummaries } from '../queries/rule-set-refresh';
import {
  DryRunOutputSchema,
  IdempotencyKeySchema,
  ImportCsvSchema,
  ImportKindSchema,
  ImportTemplateOutputSchema,
  MAX_LISTED_PROBLEMS,
  RunOutputSchema,
} from '../schemas/imports';
import { procedure } from '../trpc';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const FILE_NAMES: Record<ImportKind, string> = {
  children: 'boern.csv',
  interventions: 'indsatser.csv',
  followUps: 'opfoelgninger.csv',
  assignments: 'sagsbehandlere.csv',
  notifications: 'underretninger.csv',
};

// The file changed under the dry run (or was never checked): nothing was written.
function rejected(problems: readonly ImportProblem[]): AppError {
  const fields: FieldErrors = {};
  for (const p of problems.slice(0, MAX_LISTED_PROBLEMS)) {
    const key = `rows.${p.line}.${p.column ?? 'row'}`;
    fields[key] = [...(fields[key] ?? []), `${p.code}: ${p.reason}`];
  }
  return new AppError(
    'BAD_REQUEST',
    {
      da: 'Filen har fejl, så intet er importeret. Kontrollér filen igen.',
      en: 'The file has problems, so nothing was imported. Check the file again.',
    },
    fields,
  );
}

const keyReused = (): AppError =>
  new AppError('CONFLICT', {
    da: 'Denne importnøgle er allerede brugt til en anden fil. Intet er importeret.',
    en: 'This import key was already used for a different file. Nothing was imported.',
  });

/**
 * CSV import of existing data: children (with their cases), interventions, follow-ups and
 * caseworker assignments. Team leaders and administrators only — the people who move
 * cases between caseworkers; a team leader imports only into the team's cases and
 * caseworkers, an administrator into the whole municipality. Dry runs and runs are
 * audit-logged in the transaction of their reads and writes.
 */
export const importsRouter = {
  /** The documented columns of a kind and a template file (header and one example row). */
  template: procedure
    .input(z.object({ kind: ImportKindSchema }))
    .output(ImportTemplateOutputSchema)
    .query(({ input }) => {
      const importer = importerOf(input.kind);
      return {
        kind: input.kind,
        columns: importer.columns.map((c) => ({
          name: c.name,
          required: c.required,
          description: c.description,
          example: c.example,
        })),
        csv: importTemplate(importer),
        fileName: FILE_NAMES[input.kind],
      };
    }),

  /** Checks every row of a file against the columns and the database; writes nothing but the audit row. */
  dryRun: procedure
    .input(z.object({ kind: ImportKindSchema, csv: ImportCsvSchema }))
    .output(DryRunOutputSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { scope } = await importScope(tx, ctx.user);
        const { read, problems } = await validateImport(
          tx,
          importerOf(input.kind),
          [input.csv],
          scope,
        );
        const fileSha256 = sha256(input.csv);
        await ctx.audit(
          {
            action: 'search',
            entity: 'import',
            criteria: {
              kind: input.kind,
              dryRun: true,
              read,
              problems: problems.length,
              fileSha256,
            },
          },
          tx,
        );
        return {
          kind: input.kind,
          read,
          problemCount: problems.length,
          problems: problems.slice(0, MAX_LISTED_PROBLEMS),
          fileSha256,
        };
      }),
    ),

  /**
   * Imports a file in one transaction (all or nothing) with the touched cases' summaries
   * and the import's record. The same key with the same file answers the first result
   * and writes nothing; the same key with another file is a CONFLICT.
   */
  run: procedure
    .input(
      z.object({
        kind: ImportKindSchema,
        csv: ImportCsvSchema,
        idempotencyKey: IdempotencyKeySchema,
      }),
    )
    .output(RunOutputSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const m = ctx.user.municipalityId;
        const fileSha256 = sha256(input.csv);
        await lockImports(tx, m);
        const earlier = await findImportBatch(tx, m, input.idempotencyKey);
        if (earlier) {
          if (earlier.fileSha256 !== fileSha256 || earlier.result.kind !== input.kind)
            throw keyReused();
          await ctx.audit(
            {
              action: 'create',
              entity: 'import',
              entityId: earlier.result.batchId,
              criteria: { kind: input.kind, replayed: true, fileSha256 },
            },
            tx,
          );
          return { ...earlier.result, replayed: true };
        }
        const { scope, staircase } = await importScope(tx, ctx.user);
        const counts = await commitImport(tx, importerOf(input.kind), [input.csv], scope).catch(
          (error: unknown) => {
            throw error instanceof ImportRejectedError ? rejected(error.problems) : error;
          },
        );
        const { followUpRules } = await loadRuleSet(tx, m);
        await refreshMunicipalitySummaries(
          tx,
          staircase,
          followUpRules,
          { municipalityId: m, caseIds: counts.caseIds },
          ctx.today(),
        );
        const stored = await recordImportBatch(tx, {
          municipalityId: m,
          kind: input.kind,
          idempotencyKey: input.idempotencyKey,
          fileSha256,
          counts,
          importedBy: ctx.user.id,
        });
        await ctx.audit(
          {
            action: 'create',
            entity: 'import',
            entityId: stored.batchId,
            criteria: {
              kind: input.kind,
              read: counts.read,
              inserted: counts.inserted,
              skipped: counts.skipped,
              fileSha256,
              caseIds: counts.caseIds,
            },
          },
          tx,
        );
        return { ...stored, replayed: false };
      }),
    ),
} satisfies TRPCRouterRecord;
