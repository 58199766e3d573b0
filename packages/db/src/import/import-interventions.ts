import type { Database } from '../database';
import { queryRows } from '../query-rows';
import { csvRecordBatches } from './csv-records';
import { type InterventionImportRow, insertInterventionsSql } from './interventions-importer';

/** The columns an interventions CSV must have (in any order; more are ignored). */
export const INTERVENTION_CSV_COLUMNS = [
  'case_id',
  'code',
  'start_date',
  'planned_end',
  'end_date',
  'provider',
  'daily_rate',
] as const;

type Column = (typeof INTERVENTION_CSV_COLUMNS)[number];
type CsvRow = Record<Column, string | null>;

/** Options of {@link importInterventionsCsv}. */
export interface ImportInterventionsOptions {
  /** Every row goes to this municipality; rows naming another municipality's case are skipped. */
  municipalityId: string;
  /** Rows per INSERT statement (default 2,000). */
  batchSize?: number;
}

/** What an import did. */
export interface ImportInterventionsResult {
  /** Data rows read (the header not counted). */
  read: number;
  /** Rows inserted. */
  inserted: number;
  /** Rows already present by their natural key (case, code, start date) or naming an unknown case. */
  skipped: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function rowOf(fields: string[], index: Record<Column, number>, line: number): CsvRow {
  const get = (column: Column) => {
    const value = (fields[index[column]] ?? '').trim();
    return value === '' ? null : value;
  };
  const row = Object.fromEntries(INTERVENTION_CSV_COLUMNS.map((c) => [c, get(c)])) as CsvRow;
  const fail = (why: string) => {
    throw new Error(`interventions CSV line ${line}: ${why}`);
  };
  if (!row.case_id || !UUID.test(row.case_id)) fail('case_id must be a UUID');
  if (!row.code) fail('code is required');
  if (!row.start_date || !DATE.test(row.start_date)) fail('start_date must be YYYY-MM-DD');
  for (const column of ['planned_end', 'end_date'] as const) {
    const value = row[column];
    if (value !== null && !DATE.test(value)) fail(`${column} must be YYYY-MM-DD or empty`);
  }
  if (row.daily_rate !== null && !Number.isFinite(Number(row.daily_rate)))
    fail('daily_rate must be a number or empty');
  return row;
}

/**
 * Imports interventions from a CSV stream (header row first; columns
 * {@link INTERVENTION_CSV_COLUMNS}) in one transaction, in batched INSERTs, holding one
 * batch in memory at a time. Idempotent: a row whose case, code and start date already
 * exist is skipped. A malformed row aborts the whole import with its line number.
 * Case summaries (current step, deadlines) are not refreshed here, and codes are not
 * checked against the catalogue: the console's import (`INTERVENTIONS_IMPORT` through the
 * API's imports router) does both and reports every bad row.
 *
 * @example
 * ```ts
 * const result = await importInterventionsCsv(db, createReadStream('indsatser.csv'), {
 *   municipalityId,
 * });
 * ```
 */
export async function importInterventionsCsv(
  db: Database,
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: ImportInterventionsOptions,
): Promise<ImportInterventionsResult> {
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  return db.transaction(async (tx) => {
    let index: Record<Column, number> | null = null;
    let line = 0;
    let read = 0;
    let inserted = 0;
    let batch: CsvRow[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = await queryRows<{ case_id: string }>(
        tx,
        // rowOf has refused rows without case, code or start date.
        insertInterventionsSql(options.municipalityId, batch as InterventionImportRow[]),
      );
      inserted += rows.length;
      batch = [];
    };
    for await (const records of csvRecordBatches(source)) {
      for (const fields of records) {
        line += 1;
        if (!index) {
          const header = fields.map((f) => f.trim().toLowerCase());
          const missing = INTERVENTION_CSV_COLUMNS.filter((c) => !header.includes(c));
          if (missing.length > 0)
            throw new Error(`interventions CSV: missing column(s) ${missing.join(', ')}`);
          index = Object.fromEntries(
            INTERVENTION_CSV_COLUMNS.map((c) => [c, header.indexOf(c)]),
          ) as Record<Column, number>;
          continue;
        }
        batch.push(rowOf(fields, index, line));
        read += 1;
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
    return { read, inserted, skipped: read - inserted };
  });
}
