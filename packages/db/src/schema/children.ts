import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseworkers, municipalities, teams, users } from './tenancy';

/** A child or young person. The id is pseudonymous; the CPR number is optional and never logged. */
export const children = pgTable(
  'children',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** Short pseudonymous reference shown in lists, e.g. `B-00042`. */
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    birthDate: date('birth_date').notNull(),
    cpr: text('cpr'),
    /** The district of the child's address (for the team on duty), when known. */
    addressDistrict: text('address_district'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('children_municipality_idx').on(t.municipalityId),
    uniqueIndex('children_reference_idx').on(t.municipalityId, t.reference),
  ],
);

/**
 * A parent of a child: a custody holder (forældremyndighed) or a parent without custody.
 * `userId` links the parent's login, when they have one. Only `portalAccess` opens the
 * child's published plan in the portal: on by default for custody holders, granted
 * explicitly by staff to a parent without custody.
 */
export const guardians = pgTable(
  'guardians',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    /** Phone or e-mail, when given. */
    contact: text('contact'),
    /** Holds custody (forældremyndighed); otherwise a parent with a right to information only. */
    custody: boolean('custody').notNull().default(true),
    portalAccess: boolean('portal_access').notNull().default(true),
    /** HMAC-SHA-256 of the parent's CPR number under a server key: lookup at MitID login, never the number. */
    cprHash: text('cpr_hash'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('guardians_child_idx').on(t.childId),
    index('guardians_user_idx').on(t.userId),
    index('guardians_cpr_hash_idx').on(t.cprHash),
  ],
);

/** Case status. */
export const caseStatusEnum = pgEnum('case_status', ['open', 'closed']);

/**
 * A child's case. `caseworkerId`, `teamId` and the `current*`/`nextDeadline` columns are
 * a summary kept in step with assignments, interventions and follow-ups in the same
 * transaction, so lists can filter, sort and paginate in SQL at national scale.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    status: caseStatusEnum('status').notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    /** Why the case closed (goalReached, movedMunicipality, agedOut, other); null while open. */
    closeReason: text('close_reason'),
    /** A legal hold stops retention deletion until it is lifted. */
    legalHold: boolean('legal_hold').notNull().default(false),
    /** Why the hold is set (free text, staff only); null without a hold. */
    legalHoldReason: text('legal_hold_reason'),
    /**
     * The day the retention job removed the case's personal data; the row is then an
     * anonymised statistical remainder under a new id, and later runs skip it.
     */
    anonymisedOn: date('anonymised_on'),
    caseworkerId: uuid('caseworker_id').references(() => caseworkers.id),
    teamId: uuid('team_id').references(() => teams.id),
    currentStepId: text('current_step_id'),
    currentStepRank: integer('current_step_rank'),
    stepSince: date('step_since'),
    nextFollowUp: date('next_follow_up'),
    nextDeadline: date('next_deadline'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_municipality_status_idx').on(t.municipalityId, t.status),
    index('cases_caseworker_idx').on(t.caseworkerId).where(sql`${t.status} = 'open'`),
    index('cases_team_idx').on(t.teamId).where(sql`${t.status} = 'open'`),
    index('cases_child_idx').on(t.childId),
  ],
);

/** Who had the case when: one row per period, `toDate` null for the current caseworker. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    caseworkerId: uuid('caseworker_id')
      .notNull()
      .references(() => caseworkers.id),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
  },
  (t) => [
    index('case_assignments_case_idx').on(t.caseId),
    // The council board reads one municipality's assignments among all municipalities'.
    index('case_assignments_municipality_idx').on(t.municipalityId),
  ],
);
