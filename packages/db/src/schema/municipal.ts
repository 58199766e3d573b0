import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases, children } from './children';
import { municipalities, users } from './tenancy';

/**
 * A notification of concern (underretning). Rows seeded or imported as history carry
 * only the day, age and source (`status` `historical`); a notification taken in through
 * intake also has the instant received, the reporter, the concern, its 24-hour
 * assessment and its receipt. `receivedOn` is the Danish day of `receivedAt`.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    childId: uuid('child_id').references(() => children.id),
    receivedOn: date('received_on').notNull(),
    /** The child's age in whole years when the notification was received. */
    childAge: integer('child_age').notNull(),
    /** Who sent it: school, day care, health, police, hospital, family, anonymous, other. */
    source: text('source').notNull(),
    /** `historical` (summary only), `received` (awaiting assessment) or `assessed`. */
    status: text('status').notNull().default('historical'),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    registeredBy: uuid('registered_by').references(() => users.id),
    /** The reporter's name and contact (for the receipt); never shown to parents. */
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    /** A professional reporter is owed a receipt within 6 working days. */
    reporterProfessional: boolean('reporter_professional').notNull().default(false),
    concern: text('concern').notNull().default(''),
    violenceOrAbuse: boolean('violence_or_abuse').notNull().default(false),
    /** For a child not yet registered: the name and birth date given by the reporter. */
    childName: text('child_name'),
    childBirthDate: date('child_birth_date'),
    assessmentDueAt: timestamp('assessment_due_at', { withTimezone: true }),
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
    assessedBy: uuid('assessed_by').references(() => users.id),
    childInDanger: boolean('child_in_danger'),
    /** `noAction`, `advice`, `openCase`, `childAssessment` or `acuteMeasure`. */
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    receiptDue: date('receipt_due'),
    receiptSentOn: date('receipt_sent_on'),
    caseId: uuid('case_id').references(() => cases.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('notifications_municipality_received_idx').on(t.municipalityId, t.receivedOn),
    index('notifications_queue_idx')
      .on(t.municipalityId, t.assessmentDueAt)
      .where(sql`${t.status} = 'received'`),
    index('notifications_child_idx').on(t.childId),
    index('notifications_case_idx').on(t.caseId),
  ],
);

/** Budget accounts: measures (konto 5) and administration (konto 6). */
export const accountEnum = pgEnum('account', ['measures', 'administration']);

/** Budget and actual spend per account and year, in whole DKK. */
export const budgetEntries = pgTable(
  'budget_entries',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    year: integer('year').notNull(),
    account: accountEnum('account').notNull(),
    budget: bigint('budget', { mode: 'number' }).notNull(),
    spend: bigint('spend', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('budget_entries_idx').on(t.municipalityId, t.year, t.account)],
);

/** The municipality's staircase definition, as validated by `@trappen/staircase`. */
export const staircases = pgTable('staircases', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  definition: jsonb('definition').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Caseload norms and follow-up rules, as validated by `@trappen/caseload`. */
export const ruleSets = pgTable('rule_sets', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id),
  /** Children with an open case per caseworker: `{ target, maximum }`. */
  caseloadNorm: jsonb('caseload_norm').notNull(),
  /** Further rules (follow-up cadence per intervention type and the like). */
  rules: jsonb('rules').notNull().default({}),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A saved business case (lines by year and budget area), as validated by `@trappen/savings`. */
export const businessCases = pgTable(
  'business_cases',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    definition: jsonb('definition').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('business_cases_municipality_idx').on(t.municipalityId)],
);
