import { bigint, date, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy';

/**
 * A stamp per municipality that changes whenever data the council board reads
 * changes (cases, assignments, interventions, follow-ups, notifications, spend,
 * business cases, children, caseworkers, teams, staircase, rules). Database triggers
 * (migration `kpi_data_version_triggers`) set `version` from a sequence at commit of
 * every writing transaction, so no writer has to remember it.
 */
export const kpiDataVersions = pgTable('kpi_data_versions', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  version: bigint('version', { mode: 'number' }).notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The last computed council board of a municipality (aggregates only, already
 * disclosure-controlled), with the data version and day it was computed for, so a
 * restarted or second server answers at once instead of recomputing.
 */
export const kpiBoardSnapshots = pgTable('kpi_board_snapshots', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  dataVersion: bigint('data_version', { mode: 'number' }).notNull(),
  lastDay: date('last_day').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  board: jsonb('board').notNull(),
});

/**
 * Municipalities whose board data a running transaction has written, one row per
 * transaction and municipality: a deferred trigger on this table bumps
 * `kpi_data_versions` at commit and removes the row again, so it is empty at rest.
 */
export const kpiPendingBumps = pgTable('kpi_pending_bumps', {
  municipalityId: uuid('municipality_id').notNull(),
});
