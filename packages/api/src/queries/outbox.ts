import { randomUUID } from 'node:crypto';
import { type Database, queryRows, sql } from '@trappen/db';
import type { MessageKind, MessageText } from '../messages/texts';

/** One message to write to the outbox, rendered per recipient's language. */
export interface MessageToQueue {
  municipalityId: string;
  kind: MessageKind;
  /** Must be unique per message: the same key twice writes one message. */
  key: string;
  /** Essential messages ignore a person's opt-out of reminders and digests. */
  essential: boolean;
  render: (locale: 'da' | 'en') => MessageText;
  calendar?: string | null;
}

interface Recipient {
  id: string;
  locale: 'da' | 'en';
  email: boolean;
  sms: boolean;
  digital_post: boolean;
  non_essential: boolean;
}

/**
 * Writes a message for each recipient and each channel they chose (e-mail when they chose
 * none), in the caller's transaction, so the message exists exactly when the change that
 * caused it commits. A key already written is skipped. Returns the rows written.
 */
export async function queueMessages(
  tx: Database,
  recipientIds: readonly string[],
  message: MessageToQueue,
): Promise<number> {
  if (recipientIds.length === 0) return 0;
  const recipients = await queryRows<Recipient>(
    tx,
    sql`select u.id, coalesce(p.locale, 'da') as locale, coalesce(p.email, true) as email,
          coalesce(p.sms, false) as sms, coalesce(p.digital_post, false) as digital_post,
          coalesce(p.non_essential, true) as non_essential
        from users u left join message_preferences p on p.user_id = u.id
        where u.id in (${sql.join(
          recipientIds.map((id) => sql`${id}`),
          sql`, `,
        )}) and not u.disabled`,
  );
  let written = 0;
  for (const recipient of recipients) {
    if (!message.essential && !recipient.non_essential) continue;
    const channels = (['email', 'sms', 'digitalPost'] as const).filter((c) =>
      c === 'digitalPost' ? recipient.digital_post : recipient[c],
    );
    const text = message.render(recipient.locale);
    for (const channel of channels.length ? channels : (['email'] as const)) {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`insert into outbox_messages (id, municipality_id, idempotency_key, recipient_id, channel, kind, essential, subject, body, calendar)
            values (${randomUUID()}, ${message.municipalityId}, ${`${message.key}:${recipient.id}:${channel}`},
                    ${recipient.id}, ${channel}, ${message.kind}, ${message.essential}, ${text.subject}, ${text.body},
                    ${channel === 'email' ? (message.calendar ?? null) : null})
            on conflict (idempotency_key) do nothing returning id`,
      );
      written += rows.length;
    }
  }
  return written;
}

/** The logins of a child's guardians who have portal access. */
export async function guardianLogins(tx: Database, childId: string): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`select distinct user_id from guardians where child_id = ${childId} and user_id is not null`,
  );
  return rows.map((r) => r.user_id);
}
