import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { children, guardians } from './children';
import { municipalities, users } from './tenancy';

/**
 * A municipality's retention policy: how many whole years after closing a case is
 * kept, whether the job deletes or anonymises, and from which age a young person may
 * ask for their own data. Without a row the defaults apply (5 years, delete, 15).
 */
export const retentionPolicies = pgTable('retention_policies', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  retentionYears: integer('retention_years').notNull().default(5),
  /** `delete` or `anonymise`. */
  mode: text('mode').notNull().default('delete'),
  youngPersonAccessAge: integer('young_person_access_age').notNull().default(15),
  version: integer('version').notNull().default(1),
  configuredBy: uuid('configured_by').references(() => users.id),
  configuredAt: timestamp('configured_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What is left of a case the retention job removed: no personal data, only the
 * SHA-256 of the case id, dates, row counts and the policy it was removed under.
 * The unique hash makes a retried run a no-op for cases already removed.
 */
export const deletionRecords = pgTable(
  'deletion_records',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseHash: text('case_hash').notNull(),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on').notNull(),
    /** The run's "today": the day the retention period was checked against. */
    removedOn: date('removed_on').notNull(),
    mode: text('mode').notNull(),
    retentionYears: integer('retention_years').notNull(),
    policyVersion: integer('policy_version').notNull(),
    /** The staff user who last configured the policy (null for the default policy). */
    policyConfiguredBy: uuid('policy_configured_by'),
    /** Rows removed or anonymised, per table. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
    runId: uuid('run_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deletion_records_case_idx').on(t.caseHash),
    index('deletion_records_municipality_idx').on(t.municipalityId, t.removedOn),
  ],
);

/**
 * A consent (samtykke) from a custody holder or the young person to share information
 * with a named party for a purpose and a period. Revocable; `version` guards changes.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    /** `guardian` (a custody holder) or `youngPerson`. */
    givenBy: text('given_by').notNull(),
    /** The custody holder who gave it; null when the young person gave it. */
    guardianId: uuid('guardian_id').references(() => guardians.id),
    /** school, health, municipality, ssd or other. */
    partyKind: text('party_kind').notNull(),
    partyName: text('party_name').notNull(),
    purpose: text('purpose').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    /** `console` or `portal`: a portal revocation is shown to the caseworker until seen. */
    revokedVia: text('revoked_via'),
    revocationSeenAt: timestamp('revocation_seen_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('consents_child_idx').on(t.childId)],
);
