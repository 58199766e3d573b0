import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { municipalities, users } from './tenancy';

/**
 * One committed CSV import (children, interventions, follow-ups or assignments).
 * The row is written in the import's own transaction, so a retry with the same
 * idempotency key finds it and writes nothing again.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** children, interventions, followUps or assignments. */
    kind: text('kind').notNull(),
    /** Chosen by the client per upload; a retry sends the same key. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the file, so a reused key with a different file is refused. */
    fileSha256: text('file_sha256').notNull(),
    rows: integer('rows').notNull(),
    /** Counts of what the import did (inserted, skipped, ...). */
    result: jsonb('result').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('import_batches_key_uq').on(t.municipalityId, t.idempotencyKey)],
);
