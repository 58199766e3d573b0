import { IMPORT_KINDS } from '@trappen/db';
import { z } from 'zod';
import { LocalizedOutputSchema } from './common';

/**
 * Largest CSV the API takes, in characters (about 30,000 intervention rows). The server
 * raises its JSON body limit for the import procedures only, to fit this once encoded.
 */
export const MAX_IMPORT_CSV_CHARS = 4_000_000;

/** Most problems a dry run lists; `problemCount` still counts them all. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Which kind of file. */
export const ImportKindSchema = z.enum(IMPORT_KINDS);

/** The file's text, capped. */
export const ImportCsvSchema = z.string().min(1).max(MAX_IMPORT_CSV_CHARS);

/** A key the client picks per upload and sends again on a retry. */
export const IdempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'must be 8–100 letters, digits, - or _');

/** A documented column, for the console's column table. */
export const ImportColumnOutputSchema = z.object({
  name: z.string(),
  required: z.boolean(),
  description: LocalizedOutputSchema,
  example: z.string(),
});

/** The template of a kind: its columns and a file with the header and an example row. */
export const ImportTemplateOutputSchema = z.object({
  kind: ImportKindSchema,
  columns: z.array(ImportColumnOutputSchema),
  csv: z.string(),
  fileName: z.string(),
});

/** One bad cell or row. */
export const ImportProblemOutputSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  value: z.string(),
  code: z.string(),
  reason: z.string(),
});

/** What a dry run found. */
export const DryRunOutputSchema = z.object({
  kind: ImportKindSchema,
  read: z.number().int(),
  problemCount: z.number().int(),
  problems: z.array(ImportProblemOutputSchema),
  fileSha256: z.string(),
});

/** What a run did (or, for a retry with the same key, what the first try did). */
export const RunOutputSchema = z.object({
  batchId: z.string(),
  kind: ImportKindSchema,
  read: z.number().int(),
  inserted: z.number().int(),
  skipped: z.number().int(),
  importedAt: z.string(),
  /** True when the key had already been used for this file: nothing was written now. */
  replayed: z.boolean(),
});
