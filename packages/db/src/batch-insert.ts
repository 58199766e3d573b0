import { type Column, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';

// Rows per statement: a few MB of JSON, so national-scale seeding makes a few hundred
// statements per table instead of one bind parameter per value.
const ROWS_PER_STATEMENT = 5_000;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A value as `json_populate_recordset` reads it: the driver's text form, JSON as JSON. */
function jsonCell(column: Column, value: unknown): unknown {
  if (value === null) return null;
  if (column.dataType === 'json') return value;
  const driver = column.mapToDriverValue(value);
  if (driver instanceof Date) return driver.toISOString();
  return typeof driver === 'number' || typeof driver === 'boolean' ? driver : String(driver);
}

/**
 * Inserts many rows, in order, as `insert … select … from json_populate_recordset($1)`
 * statements of thousands of rows each: one JSON parameter per statement instead of
 * one bind parameter per value, which is what keeps national-scale seeding fast on
 * both PGlite and PostgreSQL. Keys left `undefined` take the column default, as in a
 * Drizzle insert.
 *
 * @example
 * ```ts
 * await insertInBatches(tx, interventions, rows);
 * ```
 */
export async function insertInBatches<T extends PgTable>(
  db: Database,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const tableName = quoted(getTableName(table));
  const given = (row: unknown) =>
    columns.map(([key]) => (row as Record<string, unknown>)[key] !== undefined);
  let start = 0;
  while (start < rows.length) {
    const mask = given(rows[start]);
    const used = columns.filter((_, i) => mask[i]);
    // A run of rows that give the same columns, so each statement names one column list.
    const sameColumns = (row: unknown) =>
      columns.every(
        ([key], i) => ((row as Record<string, unknown>)[key] !== undefined) === mask[i],
      );
    let end = start + 1;
    while (end < rows.length && end - start < ROWS_PER_STATEMENT && sameColumns(rows[end]))
      end += 1;
    const cells = rows.slice(start, end).map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of used)
        record[column.name] = jsonCell(column, (row as Record<string, unknown>)[key]);
      return record;
    });
    const names = used.map(([, column]) => quoted(column.name)).join(', ');
    await db.execute(
      sql`insert into ${sql.raw(tableName)} (${sql.raw(names)}) select ${sql.raw(names)} from json_populate_recordset(null::${sql.raw(tableName)}, ${JSON.stringify(cells)}::json)`,
    );
    start = end;
  }
}
