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

/** Where each column sits in the file's records. */
type ColumnIndex = Record<Column, number>;

/** Options of {@link importInterventionsCsv}. */
export interface ImportInterventionsOptions {
  /** Every row goes to this municipality; rows naming another municipality's case are skipped. */
  municipalityId: string;
  /** Rows per INSERT statement (default 10,000: a few MB held at a time). */
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

/** A trimmed cell, `null` when empty or missing. */
function cell(fields: readonly string[], at: number): string | null {
  const raw = fields[at];
  if (raw === undefined) return null;
  const value = raw.trim();
  return value === '' ? null : value;
}

function malformed(line: number, why: string): never {
  throw new Error(`interventions CSV line ${line}: ${why}`);
}

function rowOf(fields: readonly string[], index: ColumnIndex, line: number): InterventionImportRow {
  const caseId = cell(fields, index.case_id);
  if (caseId === null || !UUID.test(caseId)) malformed(line, 'case_id must be a UUID');
  const code = cell(fields, index.code);
  if (code === null) malformed(line, 'code is required');
  const startDate = cell(fields, index.start_date);
  if (startDate === null || !DATE.test(startDate)) malformed(line, 'start_date must be YYYY-MM-DD');
  const plannedEnd = cell(fields, index.planned_end);
  if (plannedEnd !== null && !DATE.test(plannedEnd))
    malformed(line, 'planned_end must be YYYY-MM-DD or empty');
  const endDate = cell(fields, index.end_date);
  if (endDate !== null && !DATE.test(endDate))
    malformed(line, 'end_date must be YYYY-MM-DD or empty');
  const dailyRate = cell(fields, index.daily_rate);
  if (dailyRate !== null && !Number.isFinite(Number(dailyRate)))
    malformed(line, 'daily_rate must be a number or empty');
  return {
    case_id: caseId,
    code,
    start_date: startDate,
    planned_end: plannedEnd,
    end_date: endDate,
    provider: cell(fields, index.provider),
    daily_rate: dailyRate,
  };
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
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  return db.transaction(async (tx) => {
    let index: ColumnIndex | null = null;
    let line = 0;
    let read = 0;
    let inserted = 0;
    let batch: InterventionImportRow[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const [counted] = await queryRows<{ inserted: number }>(
        tx,
        insertInterventionsSql(options.municipalityId, batch, 'count'),
      );
      inserted += counted?.inserted ?? 0;
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
          ) as ColumnIndex;
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
