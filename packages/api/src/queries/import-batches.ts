import { randomUUID } from 'node:crypto';
import {
  and,
  type Database,
  eq,
  type ImportCounts,
  type ImportKind,
  importBatches,
  sql,
} from '@trappen/db';

/** What an import did, as stored with its idempotency key and answered to a retry. */
export interface StoredImportResult {
  batchId: string;
  kind: ImportKind;
  read: number;
  inserted: number;
  skipped: number;
  importedAt: string;
}

/**
 * Serialises imports per municipality for the rest of the transaction, so two uploads
 * with the same key (a double click, a retry racing the first try) cannot both write.
 */
export async function lockImports(db: Database, municipalityId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${municipalityId}`}))`);
}

/** The import recorded under a key in the municipality, with its file's hash. */
export async function findImportBatch(
  db: Database,
  municipalityId: string,
  idempotencyKey: string,
): Promise<{ fileSha256: string; result: StoredImportResult } | null> {
  const [row] = await db
    .select()
    .from(importBatches)
    .where(
      and(
        eq(importBatches.municipalityId, municipalityId),
        eq(importBatches.idempotencyKey, idempotencyKey),
      ),
    );
  if (!row) return null;
  const counts = row.result as Pick<StoredImportResult, 'read' | 'inserted' | 'skipped'>;
  return {
    fileSha256: row.fileSha256,
    result: {
      batchId: row.id,
      kind: row.kind as ImportKind,
      read: counts.read,
      inserted: counts.inserted,
      skipped: counts.skipped,
      importedAt: row.createdAt.toISOString(),
    },
  };
}

/** Records a committed import in the caller's transaction (the import's own). */
export async function recordImportBatch(
  db: Database,
  entry: {
    municipalityId: string;
    kind: ImportKind;
    idempotencyKey: string;
    fileSha256: string;
    counts: ImportCounts;
    importedBy: string;
  },
): Promise<StoredImportResult> {
  const { read, inserted, skipped } = entry.counts;
  const [row] = await db
    .insert(importBatches)
    .values({
      id: randomUUID(),
      municipalityId: entry.municipalityId,
      kind: entry.kind,
      idempotencyKey: entry.idempotencyKey,
      fileSha256: entry.fileSha256,
      rows: read,
      result: { read, inserted, skipped },
      importedBy: entry.importedBy,
    })
    .returning();
  if (!row) throw new Error('import batch not recorded');
  return {
    batchId: row.id,
    kind: entry.kind,
    read,
    inserted,
    skipped,
    importedAt: row.createdAt.toISOString(),
  };
}
