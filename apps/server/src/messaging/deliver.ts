import { type Database, queryRows, sql } from '@trappen/db';
import type { Channel, OutgoingMessage } from './channels';

/** The channels a deployment has; a message for a missing channel fails as `no channel`. */
export type Channels = Partial<Record<'email' | 'sms' | 'digitalPost', Channel>>;

/** What one delivery attempt did. */
export type DeliveryOutcome =
  /** Handed to the channel and marked sent. */
  | 'sent'
  /** Already sent or dead: nothing to do. */
  | 'skipped'
  /** Claimed by another worker within the stale period: try again later. */
  | 'busy'
  /** The channel refused; the message is `failed` and will be retried. */
  | 'failed'
  /** The channel refused on the last attempt; the message is `dead` until retried by hand. */
  | 'dead';

/** Options of {@link deliverMessage}. */
export interface DeliverOptions {
  channels: Channels;
  /** A message claimed longer ago than this by a worker that died is claimed again. */
  staleAfterSeconds: number;
  /** Attempts before a message is dead. */
  maxAttempts: number;
}

interface ClaimedRow {
  idempotency_key: string;
  channel: 'email' | 'sms' | 'digitalPost';
  subject: string;
  body: string;
  calendar: string | null;
  attempts: number;
  email: string;
  phone: string | null;
  /** This claim's time, as text: later updates touch the row only while the claim is ours. */
  claim: string;
}

/**
 * Delivers one outbox message at most once per claim: one statement claims it (only one
 * worker wins, also across servers), the channel sends it, a second statement marks it
 * sent. A worker that dies between the two leaves the claim to go stale and another
 * worker sends again: the e-mail keeps its Message-ID, so a receiving server can drop the
 * copy. No transaction is held while the channel works.
 */
export async function deliverMessage(
  db: Database,
  messageId: string,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const [row] = await queryRows<ClaimedRow>(
    db,
    sql`update outbox_messages m set status = 'sending', attempts = m.attempts + 1, claimed_at = now()
        from users u left join message_preferences p on p.user_id = u.id
        where m.id = ${messageId} and u.id = m.recipient_id and (
          m.status in ('queued', 'failed')
          or (m.status = 'sending' and m.claimed_at < now() - make_interval(secs => ${options.staleAfterSeconds}))
        )
        returning m.idempotency_key, m.channel, m.subject, m.body, m.calendar, m.attempts,
          u.email, p.phone, m.claimed_at::text as claim`,
  );
  if (!row) {
    // Not ours to send now. A claim that is still fresh may belong to a worker that died:
    // the caller retries later, when the claim has gone stale, rather than forget it.
    const [current] = await queryRows<{ status: string }>(
      db,
      sql`select status::text as status from outbox_messages where id = ${messageId}`,
    );
    return current?.status === 'sending' ? 'busy' : 'skipped';
  }
  const channel = options.channels[row.channel];
  const to = row.channel === 'email' ? row.email : row.phone;
  try {
    if (!channel) throw new DeliveryError('no channel');
    if (!to) throw new DeliveryError('no address');
    const message: OutgoingMessage = {
      idempotencyKey: row.idempotency_key,
      to,
      subject: row.subject,
      body: row.body,
      calendar: row.calendar,
    };
    await channel.send(message);
  } catch (error) {
    const dead = row.attempts >= options.maxAttempts;
    await queryRows(
      db,
      sql`update outbox_messages set status = ${dead ? 'dead' : 'failed'}, last_error = ${errorClass(error)}, claimed_at = null
          where id = ${messageId} and status = 'sending' and claimed_at = ${row.claim}::timestamptz`,
    );
    return dead ? 'dead' : 'failed';
  }
  await queryRows(
    db,
    sql`update outbox_messages set status = 'sent', sent_at = now(), last_error = null
        where id = ${messageId} and status = 'sending' and claimed_at = ${row.claim}::timestamptz`,
  );
  return 'sent';
}

/** A refusal that is ours, not the channel's. */
class DeliveryError extends Error {}

/**
 * What is kept of a failure: a class such as `smtp 451` or `timeout`, never the server's
 * full answer, which may quote the recipient.
 */
function errorClass(error: unknown): string {
  if (error instanceof DeliveryError) return error.message;
  const e = error as { responseCode?: number; code?: string; name?: string };
  if (typeof e.responseCode === 'number') return `smtp ${e.responseCode}`;
  if (typeof e.code === 'string') return e.code.slice(0, 40);
  return (e.name ?? 'error').slice(0, 40);
}
