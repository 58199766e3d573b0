import { and, type Database, eq, notifications, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict, notFound } from '../errors';
import { fieldError } from './intake-errors';

/** What `notifications.markReceiptSent` takes in. */
export interface MarkReceiptSentInput {
  notificationId: string;
  version: number;
  sentOn: string;
}

/**
 * Marks the receipt to a professional reporter as sent on `sentOn` (not before the
 * notification was received, not after `today`), guarded by the version read.
 */
export async function markReceiptSent(
  db: Database,
  user: SessionUser,
  input: MarkReceiptSentInput,
  today: string,
) {
  const [current] = await db
    .select({
      receivedOn: notifications.receivedOn,
      receiptDue: notifications.receiptDue,
      status: notifications.status,
      childId: notifications.childId,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.id, input.notificationId),
        eq(notifications.municipalityId, user.municipalityId),
      ),
    );
  if (!current || current.status === 'historical') {
    throw notFound({ da: 'underretningen', en: 'the notification' });
  }
  if (current.receiptDue === null) {
    throw fieldError('notificationId', {
      da: 'Kun en fagperson, der har underrettet, skal have kvittering.',
      en: 'Only a professional who notified is sent a receipt.',
    });
  }
  if (input.sentOn < current.receivedOn || input.sentOn > today) {
    throw fieldError('sentOn', {
      da: `Datoen ${input.sentOn} skal ligge mellem modtagelsen (${current.receivedOn}) og i dag (${today}).`,
      en: `The date ${input.sentOn} must be between the receipt of the notification (${current.receivedOn}) and today (${today}).`,
    });
  }
  const updated = await db
    .update(notifications)
    .set({ receiptSentOn: input.sentOn, version: sql`${notifications.version} + 1` })
    .where(
      and(eq(notifications.id, input.notificationId), eq(notifications.version, input.version)),
    )
    .returning({ id: notifications.id });
  if (updated.length === 0) throw conflict();
  return { id: input.notificationId, childId: current.childId };
}
