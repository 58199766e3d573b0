import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases, children } from './children';
import { municipalities, users } from './tenancy';

/** An intervention (indsats) on a child's case, coded from the municipality's catalogue. */
export const interventions = pgTable(
  'interventions',
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
    /** Catalogue code in the municipality's staircase. */
    code: text('code').notNull(),
    startDate: date('start_date').notNull(),
    plannedEnd: date('planned_end'),
    /** Last day (inclusive); null while active. */
    endDate: date('end_date'),
    provider: text('provider').notNull().default(''),
    /** Daily rate in DKK. */
    dailyRate: numeric('daily_rate', { precision: 12, scale: 2, mode: 'number' }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('interventions_case_idx').on(t.caseId),
    index('interventions_municipality_start_idx').on(t.municipalityId, t.startDate),
  ],
);

/** What a follow-up decided. */
export const followUpOutcomeEnum = pgEnum('follow_up_outcome', [
  'continue',
  'stepDown',
  'stepUp',
  'end',
]);

/** A follow-up (opfølgning) on an intervention; it also counts as a reassessment of the step. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    interventionId: uuid('intervention_id').references(() => interventions.id),
    date: date('date').notNull(),
    outcome: followUpOutcomeEnum('outcome').notNull(),
    childHeard: boolean('child_heard').notNull(),
    nextDate: date('next_date'),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('follow_ups_case_idx').on(t.caseId, t.date),
    index('follow_ups_intervention_idx').on(t.interventionId),
    // The council board reads one municipality's follow-up dates per intervention.
    index('follow_ups_municipality_idx').on(t.municipalityId, t.interventionId, t.date),
  ],
);
