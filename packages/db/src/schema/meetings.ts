import {
  boolean,
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

/** A meeting's state: planned (possibly moved), cancelled, or held (follow-up recorded). */
export const meetingStatusEnum = pgEnum('meeting_status', ['planned', 'cancelled', 'held']);

/** Who takes part in a meeting besides the caseworker. */
export interface MeetingParticipant {
  kind: 'custodyHolder' | 'child' | 'partner';
  name: string;
}

/**
 * A meeting with the family about a case: when, where (a place or a video link) and with
 * whom. A follow-up deadline suggests a date; the meeting is what the parents are told.
 */
export const meetings = pgTable(
  'meetings',
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
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    videoLink: text('video_link'),
    participants: jsonb('participants').$type<MeetingParticipant[]>().notNull(),
    status: meetingStatusEnum('status').notNull().default('planned'),
    plannedBy: uuid('planned_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_case_idx').on(t.caseId, t.startsAt),
    index('meetings_municipality_starts_idx').on(t.municipalityId, t.startsAt),
  ],
);

/** How a person wants to be told: channels, language and non-essential messages. */
export const messagePreferences = pgTable('message_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  email: boolean('email').notNull().default(true),
  sms: boolean('sms').notNull().default(false),
  digitalPost: boolean('digital_post').notNull().default(false),
  /** Reminders and digests; essential messages (a cancelled meeting) are always sent. */
  nonEssential: boolean('non_essential').notNull().default(true),
  locale: text('locale').$type<'da' | 'en'>().notNull().default('da'),
  phone: text('phone'),
  version: integer('version').notNull().default(1),
});

/** A message's delivery state. */
export const messageStatusEnum = pgEnum('message_status', [
  'queued',
  'sending',
  'sent',
  'failed',
  'dead',
]);

/**
 * The outbox: a message is written in the same transaction as the change that causes it,
 * then delivered by the job queue. `idempotencyKey` makes a second write of the same
 * message (a retried request, a digest run twice) a no-op. Texts hold no personal data
 * beyond what the channel permits.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    idempotencyKey: text('idempotency_key').notNull(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id),
    channel: text('channel').$type<'email' | 'sms' | 'digitalPost'>().notNull(),
    kind: text('kind').notNull(),
    essential: boolean('essential').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** An .ics calendar file sent along (meeting messages). */
    calendar: text('calendar'),
    status: messageStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The last failure's class (never the message or the recipient's data). */
    lastError: text('last_error'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_messages_key_idx').on(t.idempotencyKey),
    index('outbox_messages_status_idx').on(t.status, t.createdAt),
    index('outbox_messages_municipality_idx').on(t.municipalityId, t.createdAt),
  ],
);
