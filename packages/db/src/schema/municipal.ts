import {
  bigint,
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
import { children } from './children';
import { municipalities, users } from './tenancy';

/** A notification of concern (underretning). */
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
  },
  (t) => [index('notifications_municipality_received_idx').on(t.municipalityId, t.receivedOn)],
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
