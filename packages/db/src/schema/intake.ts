import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases, children } from './children';
import { notifications } from './municipal';
import { municipalities, users } from './tenancy';

/**
 * A child assessment (børnefaglig undersøgelse, Barnets lov § 20) on a case: started
 * from a notification's assessment or from the case, due `dueOn` (four months by
 * default, per the municipality's rules), concluded with a conclusion and the child's
 * own view (the child must be heard).
 */
export const childAssessments = pgTable(
  'child_assessments',
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
    notificationId: uuid('notification_id').references(() => notifications.id),
    startedOn: date('started_on').notNull(),
    dueOn: date('due_on').notNull(),
    startedBy: uuid('started_by').references(() => users.id),
    concludedOn: date('concluded_on'),
    concludedBy: uuid('concluded_by').references(() => users.id),
    conclusion: text('conclusion'),
    /** The child's own view, in the child's words where possible. */
    childView: text('child_view'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('child_assessments_case_idx').on(t.caseId),
    index('child_assessments_municipality_idx').on(t.municipalityId, t.startedOn),
  ],
);
