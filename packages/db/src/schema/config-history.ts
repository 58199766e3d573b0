import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities, users } from './tenancy';

/**
 * Every saved version of a municipality's staircase or rule set (norms and follow-up
 * rules): the full definition, which paths changed, who saved it and when. The live
 * row in `staircases`/`rule_sets` is the newest version; this is its history. Every
 * saved business case version is kept here too, under a kind of its own per case.
 */
export const configVersions = pgTable(
  'config_versions',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** `staircase`, `rules`, or `businessCase:<id>` ({@link businessCaseKind}). */
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    /** Dot paths that differ from the previous version. */
    changes: jsonb('changes').notNull().default([]),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('config_versions_idx').on(t.municipalityId, t.kind, t.version)],
);

/**
 * The `config_versions.kind` of one business case's history (migration 0008 and the
 * seed write it too, so it is part of the schema).
 */
export const businessCaseKind = (businessCaseId: string): string =>
  `businessCase:${businessCaseId}`;
