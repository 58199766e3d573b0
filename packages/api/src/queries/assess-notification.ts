import { and, type Database, eq, notifications, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { conflict, notFound } from '../errors';
import { notInFuture } from './intake-clock';
import { fieldError } from './intake-errors';

/** What `notifications.assess` takes in. */
export interface AssessNotificationInput {
  notificationId: string;
  version: number;
  assessedAt: Date;
  childInDanger: boolean;
  outcome: 'noAction' | 'advice' | 'openCase' | 'childAssessment' | 'acuteMeasure';
  reason: string;
}

const notification = { da: 'underretningen', en: 'the notification' };

/**
 * Records the 24-hour assessment of a notification: who, when, whether the child is in
 * danger, and the outcome. Guarded by the version the assessor read: of two people
 * assessing at once, one wins and the other gets `CONFLICT`. An assessment before the
 * receipt, in the future, or `noAction` without a reason changes nothing.
 */
export async function assessNotification(
  db: Database,
  user: SessionUser,
  input: AssessNotificationInput,
  now: Date,
) {
  const [current] = await db
    .select({
      receivedAt: notifications.receivedAt,
      status: notifications.status,
      version: notifications.version,
      childId: notifications.childId,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.id, input.notificationId),
        eq(notifications.municipalityId, user.municipalityId),
      ),
    );
  if (!current || current.status === 'historical' || !current.receivedAt) {
    throw notFound(notification);
  }
  if (current.status === 'assessed' || current.version !== input.version) throw conflict();
  if (input.assessedAt.getTime() < current.receivedAt.getTime()) {
    throw fieldError('assessedAt', {
      da: `Vurderingen (${input.assessedAt.toISOString()}) ligger før underretningen blev modtaget (${current.receivedAt.toISOString()}).`,
      en: `The assessment (${input.assessedAt.toISOString()}) is before the notification was received (${current.receivedAt.toISOString()}).`,
    });
  }
  notInFuture('assessedAt', input.assessedAt, now);
  if (input.outcome === 'noAction' && input.reason.length === 0) {
    throw fieldError('reason', {
      da: 'Skriv hvorfor underretningen ikke giver anledning til videre handling.',
      en: 'Give the reason why the notification leads to no further action.',
    });
  }
  const updated = await db
    .update(notifications)
    .set({
      status: 'assessed',
      assessedAt: input.assessedAt,
      assessedBy: user.id,
      childInDanger: input.childInDanger,
      outcome: input.outcome,
      outcomeReason: input.reason,
      version: sql`${notifications.version} + 1`,
    })
    .where(
      and(
        eq(notifications.id, input.notificationId),
        eq(notifications.version, input.version),
        eq(notifications.status, 'received'),
      ),
    )
    .returning({ id: notifications.id });
  if (updated.length === 0) throw conflict();
  return { id: input.notificationId, childId: current.childId };
}
