import { type Database, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict, notFound } from '../errors';

/** One outbox message as an administrator sees it: its state, never its text or address. */
export interface MessageStateRow {
  id: string;
  kind: string;
  channel: string;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'dead';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** The municipality's latest messages, optionally of one state. */
export function listMessages(
  db: Database,
  user: SessionUser,
  status: MessageStateRow['status'] | undefined,
  limit: number,
) {
  return queryRows<MessageStateRow>(
    db,
    sql`select id, kind, channel, status::text as status, attempts, last_error as "lastError",
          created_at::text as "createdAt", sent_at::text as "sentAt"
        from outbox_messages where municipality_id = ${user.municipalityId}
        ${status ? sql`and status = ${status}` : sql``}
        order by created_at desc limit ${limit}`,
  );
}

/** Counts per state, for the page's summary. */
export function countMessages(db: Database, user: SessionUser) {
  return queryRows<{ status: MessageStateRow['status']; n: number }>(
    db,
    sql`select status::text as status, count(*)::int as n from outbox_messages
        where municipality_id = ${user.municipalityId} group by 1 order by 1`,
  );
}

/** Puts a dead message back in the queue with fresh attempts (CONFLICT when it is not dead). */
export async function retryDeadMessage(db: Database, user: SessionUser, messageId: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update outbox_messages set status = 'queued', attempts = 0, last_error = null, claimed_at = null
        where id = ${messageId} and municipality_id = ${user.municipalityId} and status = 'dead' returning id`,
  );
  if (rows.length === 1) return;
  const [exists] = await queryRows<{ id: string }>(
    db,
    sql`select id from outbox_messages where id = ${messageId} and municipality_id = ${user.municipalityId}`,
  );
  throw exists ? conflict() : notFound({ da: 'beskeden', en: 'the message' });
}

/** A person's message preferences (the defaults when none are saved). */
export async function preferencesOf(db: Database, user: SessionUser) {
  const [row] = await queryRows<{
    email: boolean;
    sms: boolean;
    digitalPost: boolean;
    nonEssential: boolean;
    locale: 'da' | 'en';
    phone: string | null;
    version: number;
  }>(
    db,
    sql`select email, sms, digital_post as "digitalPost", non_essential as "nonEssential", locale, phone, version
        from message_preferences where user_id = ${user.id}`,
  );
  return (
    row ?? {
      email: true,
      sms: false,
      digitalPost: false,
      nonEssential: true,
      locale: 'da' as const,
      phone: null,
      version: 0,
    }
  );
}

/** Saves the person's preferences; `version` 0 creates them (CONFLICT on a stale version). */
export async function savePreferences(
  db: Database,
  user: SessionUser,
  input: {
    email: boolean;
    sms: boolean;
    digitalPost: boolean;
    nonEssential: boolean;
    locale: 'da' | 'en';
    phone: string | null;
    version: number;
  },
) {
  const rows = await queryRows<{ version: number }>(
    db,
    input.version === 0
      ? sql`insert into message_preferences (user_id, email, sms, digital_post, non_essential, locale, phone)
            values (${user.id}, ${input.email}, ${input.sms}, ${input.digitalPost}, ${input.nonEssential}, ${input.locale}, ${input.phone})
            on conflict (user_id) do nothing returning version`
      : sql`update message_preferences set email = ${input.email}, sms = ${input.sms}, digital_post = ${input.digitalPost},
              non_essential = ${input.nonEssential}, locale = ${input.locale}, phone = ${input.phone}, version = version + 1
            where user_id = ${user.id} and version = ${input.version} returning version`,
  );
  if (!rows[0]) throw conflict();
  return rows[0].version;
}
