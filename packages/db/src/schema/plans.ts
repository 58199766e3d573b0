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
import { cases, children } from './children';
import { meetings } from './meetings';
import { municipalities, users } from './tenancy';

/** The action plan (handleplan) being edited: purpose, goals and time frame. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    purpose: text('purpose').notNull(),
    goals: jsonb('goals').$type<string[]>().notNull(),
    timeFrameFrom: date('time_frame_from').notNull(),
    timeFrameTo: date('time_frame_to').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('action_plans_case_idx').on(t.caseId),
    index('action_plans_child_idx').on(t.childId),
  ],
);

/**
 * A frozen copy of a plan version as published to parents. Parents only ever read
 * publications, so later drafts stay internal until published again.
 */
export const planPublications = pgTable(
  'plan_publications',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    planVersion: integer('plan_version').notNull(),
    purpose: text('purpose').notNull(),
    goals: jsonb('goals').$type<string[]>().notNull(),
    timeFrameFrom: date('time_frame_from').notNull(),
    timeFrameTo: date('time_frame_to').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [index('plan_publications_child_idx').on(t.childId, t.publishedAt)],
);

/** A parent's (or the child's) own view on the plan, written before a meeting. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    /** The meeting it was written before (the next planned one at the time), if any. */
    meetingId: uuid('meeting_id').references(() => meetings.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_comments_plan_idx').on(t.planId),
    index('plan_comments_meeting_idx').on(t.meetingId),
  ],
);

/** A parent's confirmation that they have read a published plan. */
export const planReadConfirmations = pgTable(
  'plan_read_confirmations',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    publicationId: uuid('publication_id')
      .notNull()
      .references(() => planPublications.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plan_read_confirmations_idx').on(t.publicationId, t.userId)],
);
